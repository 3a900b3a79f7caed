import { readFileSync } from "fs";
import * as path from "path";
import type { CliIo } from "../../src/cli/io";
import { readInputFile } from "../../src/cli/read-file";
import { runCli } from "../../src/cli/run";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(fixture(name));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process against the real file system, capturing its output. */
export async function run(argv: string[], options: { isTTY?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readFile: (file) => readInputFile(file),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

export function stderrLines(result: CliRun): string[] {
  return result.stderr.split("\n").filter((l) => l !== "");
}
