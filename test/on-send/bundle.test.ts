import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { createOfficeSim, sampleMessage } from "../../src/office-sim/office-sim";
import { HANDLER_NAMES } from "../../src/on-send/names";

// The built on-send bundle in a context like classic Outlook on Windows' JavaScript-only
// runtime: no DOM, no window, no location; Office, OfficeRuntime and timers only. Fails when
// `npm run build` has not produced dist/launchevent.js (npm test builds first).

const BUNDLE = path.join(__dirname, "..", "..", "dist", "launchevent.js");

describe("dist/launchevent.js in a JavaScript-only runtime", () => {
  beforeAll(() => {
    if (!fs.existsSync(BUNDLE)) throw new Error("dist/launchevent.js is missing: run `npm run build` first (npm test does)");
  });

  it("loads without a DOM, registers both handlers and completes a send once", async () => {
    const sim = createOfficeSim({ item: sampleMessage({ subject: "" }), displayLanguage: "zh-CN" });
    const context: Record<string, unknown> = { setTimeout, clearTimeout, console, Promise, URL };
    sim.install(context);
    vm.createContext(context);
    vm.runInContext(fs.readFileSync(BUNDLE, "utf8"), context, { filename: "launchevent.js" });
    expect([...sim.actions.keys()].sort()).toEqual(Object.values(HANDLER_NAMES).sort());
    const completion = await sim.runLaunchEvent(HANDLER_NAMES.mail);
    expect(completion.options).toMatchObject({ allowEvent: false });
    expect(String(completion.options?.errorMessage)).toContain("邮件主题为空");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sim.events[0].completions).toHaveLength(1);
  });
});
