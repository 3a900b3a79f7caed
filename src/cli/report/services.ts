import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { renderCharts } from "./charts";
import { createWorkerPool } from "./pool";
import { newSecret } from "./pseudonym";
import type { ReportServices } from "./run-report";

// The real services of `comm-policy report` (dist/cli.js): the worker file beside the bundle,
// Plot for the charts, the machine's cores, and the secret file for pseudonyms shared by runs.

async function secret(file: string | undefined): Promise<Uint8Array> {
  if (file === undefined) return newSecret();
  try {
    return await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const fresh = newSecret();
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, fresh, { mode: 0o600 });
  await chmod(file, 0o600);
  return fresh;
}

export function reportServices(bundleDir: string, stderrIsTTY: boolean): ReportServices {
  return {
    stderrIsTTY,
    writeFile: (file, text) => writeFile(file, text),
    createRunner: (settings, threads, timeLimitMs) => createWorkerPool({ workerFile: path.join(bundleDir, "report-worker.js"), threads, timeLimitMs, settings }),
    charts: renderCharts,
    cpus: availableParallelism(),
    clock: () => Date.now(),
    peakRssMb: () => Math.round(process.resourceUsage().maxRSS / 1024),
    secret,
  };
}
