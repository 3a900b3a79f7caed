import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { walkInputs, type Input } from "../../src/cli/report/inputs";

// The export walk reads a regular file's size only when the progress bar needs it; without the
// sizes it must find exactly the same inputs, refusals included.

function exportFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpa-walk-"));
  fs.mkdirSync(path.join(dir, "b-sub", "deeper"), { recursive: true });
  fs.writeFileSync(path.join(dir, "a.eml"), "Subject: a\r\n\r\nhi\r\n");
  fs.writeFileSync(path.join(dir, "b-sub", "c.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  fs.writeFileSync(path.join(dir, "b-sub", "deeper", "d.mbox"), "From x\nSubject: d\n\nbody\n");
  fs.writeFileSync(path.join(dir, "notes.txt"), "not mail");
  fs.symlinkSync(path.join(dir, "a.eml"), path.join(dir, "link.eml"));
  fs.symlinkSync(dir, path.join(dir, "b-sub", "loop"));
  execFileSync("mkfifo", [path.join(dir, "pipe.eml")]);
  return dir;
}

async function collect(paths: string[], sizes: boolean): Promise<Input[]> {
  const found: Input[] = [];
  for await (const input of walkInputs(paths, { sizes })) found.push(input);
  return found;
}

const withoutSize = (inputs: Input[]) => inputs.map((i) => ("size" in i ? { ...i, size: 0 } : i));

describe("walkInputs", () => {
  const dir = exportFolder();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("finds the same inputs with and without sizes", async () => {
    const sized = await collect([dir], true);
    const unsized = await collect([dir], false);
    expect(withoutSize(unsized)).toEqual(withoutSize(sized));
    expect(sized.map((i) => `${i.kind} ${path.relative(dir, i.path)}`)).toEqual([
      "file a.eml",
      "file b-sub/c.ics",
      "mbox b-sub/deeper/d.mbox",
      "file link.eml",
      "skipped notes.txt",
      "refused pipe.eml",
    ]);
  });

  it("reads sizes when asked", async () => {
    const sized = await collect([dir], true);
    const first = sized.find((i) => i.kind === "file");
    expect(first && "size" in first ? first.size : -1).toBe(fs.statSync(path.join(dir, "a.eml")).size);
  });

  it("refuses a named path of an unknown type either way", async () => {
    for (const sizes of [true, false]) expect((await collect([path.join(dir, "notes.txt")], sizes))[0].kind).toBe("refused");
  });
});
