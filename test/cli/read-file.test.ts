import { execFileSync } from "child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from "fs";
import * as os from "os";
import * as path from "path";
import { reasonText } from "../../src/cli/input-error";
import { fsErrorReason, readInputFile } from "../../src/cli/read-file";
import { run, stderrLines } from "./helpers";

// Only regular files are read, and only after their size is known: a FIFO, a device or a
// 1 GB export is refused without reading it (the old reader hung on the FIFO and read
// /dev/zero until the machine ran out of memory).

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "cpa-read-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(file: string): Promise<string> {
  try {
    await readInputFile(file);
    return "read";
  } catch (e) {
    return reasonText(fsErrorReason(e), "en");
  }
}

it("refuses a named pipe without waiting for a writer", async () => {
  const fifo = path.join(dir, "pipe.eml");
  execFileSync("mkfifo", [fifo]);
  expect(await refusal(fifo)).toBe("is a named pipe (FIFO), not a file; only regular files are read");
});

it("refuses a device such as /dev/zero", async () => {
  expect(await refusal("/dev/zero")).toBe("is a device, not a file; only regular files are read");
});

it("refuses a 1 GB file from its size, before reading it", async () => {
  const big = path.join(dir, "export.eml");
  const fd = openSync(big, "w");
  ftruncateSync(fd, 1024 * 1024 * 1024); // sparse: no disk used
  closeSync(fd);
  expect(await refusal(big)).toBe("the file is larger than 64 MB (1024 MB); it was not read");
});

it("names a directory and a missing file", async () => {
  expect(await refusal(dir)).toBe("is a directory, not a file");
  expect(await refusal(path.join(dir, "nothing.eml"))).toBe("no such file");
});

it("reads a regular file as it is", async () => {
  const file = path.join(dir, "a.json");
  writeFileSync(file, '{"kind":"mail"}');
  expect(Buffer.from(await readInputFile(file)).toString()).toBe('{"kind":"mail"}');
});

it("check goes on past them, one line each in the user's language", async () => {
  const fifo = path.join(dir, "pipe2.ics");
  execFileSync("mkfifo", [fifo]);
  const result = await run(["check", "--lang", "zh-CN", fifo, "/dev/zero", path.join(dir, "export.eml")]);
  expect(result.code).toBe(2);
  expect(stderrLines(result)).toEqual([
    `comm-policy: ${fifo}: 是命名管道（FIFO），不是文件；只读取普通文件`,
    "comm-policy: /dev/zero: 是设备，不是文件；只读取普通文件",
    `comm-policy: ${path.join(dir, "export.eml")}: 文件大于 64 MB（1024 MB），未读取`,
  ]);
});
