import { readInputFile } from "./read-file";
import { reportServices } from "./report/services";
import { runCli } from "./run";

// The `comm-policy` executable (dist/cli.js): Node's streams and files around runCli.

// `comm-policy check ... | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  readFile: (path) => readInputFile(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  // The worker file is bundled beside this one (webpack's second CLI entry).
  report: reportServices(__dirname, process.stderr.isTTY === true),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`comm-policy: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
