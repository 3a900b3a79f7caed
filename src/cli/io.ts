// What the CLI needs from the outside world, passed in so that tests run it in-process
// with files and streams of their own.

import type { ReportServices } from "./report/run-report";

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours are used only then). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Worker pool, chart renderer, files to write: for `comm-policy report` only. */
  report?: ReportServices;
}

export const EXIT = {
  /** Every file checked, no finding is an error. */
  ok: 0,
  /** At least one finding is an error. */
  findings: 1,
  /** Unusable input: bad usage, invalid policy, or a file that could not be read or parsed. */
  unusable: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
