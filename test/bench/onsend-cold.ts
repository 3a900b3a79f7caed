import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { createOfficeSim, sampleMessage } from "../../src/office-sim/office-sim";
import { HANDLER_NAMES } from "../../src/on-send/names";

// onsend.jsRuntimeColdMs: the classic-Windows Override file (dist/launchevent.js) evaluated in a
// fresh Node `vm` context with no DOM globals, like classic Outlook's JavaScript-only runtime,
// and one decision run, from the start of evaluation to `event.completed`. Every run is a
// fresh context: nothing is warm (no compiled code, no lexicon prepared, no policy parsed).

const TYPICAL = `<div>王经理，您好！</div><div>为确认 Q3 市场活动预算，特发此邮件。附件《Q3预算明细.xlsx》为各渠道的费用明细。</div><div>请于本周五前回复是否批准。</div><div>谢谢！</div><div>陈涛</div>`;

async function coldRun(code: string): Promise<number> {
  const sim = createOfficeSim({ item: sampleMessage({ subject: "Q3 市场活动预算审批", body: { type: "html", content: TYPICAL } }), displayLanguage: "zh-CN" });
  const context: Record<string, unknown> = { setTimeout, clearTimeout, console };
  sim.install(context);
  vm.createContext(context);
  const t0 = process.hrtime.bigint();
  vm.runInContext(code, context, { filename: "launchevent.js" });
  await sim.runLaunchEvent(HANDLER_NAMES.mail);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median of `runs` cold evaluations plus one decision; {} when the bundle is not built. */
export async function jsRuntimeColdFigures(dist: string, runs = 7): Promise<Record<string, number>> {
  const file = path.join(dist, "launchevent.js");
  if (!fs.existsSync(file)) return {};
  const code = fs.readFileSync(file, "utf8");
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await coldRun(code));
  return { "onsend.jsRuntimeColdMs": Math.round(median(samples)) };
}
