import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium } from "playwright-core";
import * as ts from "typescript";
import { CHROMIUM, CHROMIUM_FLAGS, serveStatic } from "../support/browser";
import { HANDLER_NAMES } from "../../src/on-send/names";

// onsend.coldStartMs: the on-send runtime page as Outlook on the web starts it when the user
// presses Send, in headless Chromium: a fresh browser context (nothing cached) loads the local
// Office.js and the simulated mailbox, then the built dist/launchevent.js, runs the send event
// and stops at `event.completed`. The figure is the page's clock at completion (ms since the
// navigation started), median of 5. Run by scripts/bench.js as its own process; prints JSON.

const ROOT = path.join(__dirname, "..", "..");
const SIM_DIR = path.join(ROOT, "src", "office-sim");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** The office-sim modules (they import only each other) as one browser script exposing `CpaSim`. */
function simScript(): string {
  const modules = fs
    .readdirSync(SIM_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => {
      const source = fs.readFileSync(path.join(SIM_DIR, f), "utf8");
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 }, fileName: f }).outputText;
      return `${JSON.stringify(`./${f.slice(0, -3)}`)}: function (module, exports, require) {\n${js}\n}`;
    });
  return `(function () {
  var defs = {${modules.join(",\n")}};
  var done = {};
  function req(name) {
    if (done[name]) return done[name].exports;
    var module = (done[name] = { exports: {} });
    defs[name](module, module.exports, req);
    return module.exports;
  }
  window.CpaSim = req("./office-sim");
})();`;
}

const BODY = "<div>王经理，您好！</div><div>为确认 Q3 市场活动预算，特发此邮件。附件《Q3预算明细.xlsx》为各渠道的费用明细。</div><div>请于本周五前回复是否批准。</div><div>谢谢！</div><div>陈涛</div>";

function pageHtml(): string {
  const item = JSON.stringify({ subject: "Q3 市场活动预算审批", body: { type: "html", content: BODY } });
  return `<!doctype html><html><head><meta charset="utf-8">
<script src="sim.js"></script>
<script>CpaSim.holdOfficeJsTelemetryFrame(window);</script>
<script src="office-js/office.js"></script>
<script>
(async function () {
  var sim = CpaSim.createOfficeSim({ item: CpaSim.sampleMessage(${item}), displayLanguage: "zh-CN" });
  await CpaSim.installUnderOfficeJs(sim, window);
  await new Promise(function (resolve, reject) {
    var s = document.createElement("script");
    s.src = "launchevent.js";
    s.onload = resolve;
    s.onerror = reject;
    document.head.appendChild(s);
  });
  var completion = await sim.runLaunchEvent(${JSON.stringify(HANDLER_NAMES.mail)});
  window.__done = { ms: performance.now(), allowEvent: completion.options && completion.options.allowEvent };
})().catch(function (e) { window.__done = { error: String(e && e.stack || e) }; });
</script></head><body></body></html>`;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function coldStartFigures(dist = path.join(ROOT, "dist"), runs = 5): Promise<Record<string, number>> {
  const bundle = path.join(dist, "launchevent.js");
  if (!fs.existsSync(bundle) || !fs.existsSync(CHROMIUM) || !fs.existsSync(OFFICE_JS)) return {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpa-onsend-cold-"));
  fs.copyFileSync(bundle, path.join(dir, "launchevent.js"));
  fs.symlinkSync(OFFICE_JS, path.join(dir, "office-js"));
  fs.writeFileSync(path.join(dir, "sim.js"), simScript());
  fs.writeFileSync(path.join(dir, "commands.html"), pageHtml());
  const server = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${server.url}/commands.html`);
      const done = (await (await page.waitForFunction(() => (window as unknown as { __done?: unknown }).__done, undefined, { timeout: 60_000 })).jsonValue()) as { ms?: number; error?: string };
      await context.close();
      if (done.error !== undefined || done.ms === undefined) throw new Error(`cold start failed: ${done.error}`);
      samples.push(done.ms);
    }
    return { "onsend.coldStartMs": Math.round(median(samples)) };
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  coldStartFigures()
    .then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`))
    .catch((error) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    });
}
