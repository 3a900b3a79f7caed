import fc from "fast-check";
import { readdirSync } from "fs";
import { cfbDamage } from "../../src/cli/cfb-check";
import { loadDrafts } from "../../src/cli/load";
import { fixtureBytes, FIXTURES } from "./helpers";

// A damaged .msg is refused in words about the file, never msgreader's internals, and a chain
// or directory tree that loops (which kept msgreader busy for ever) is found before it reads.

const OPTIONS = { timeZone: "Asia/Shanghai", lang: "en" as const };
const PUBLIC = readdirSync(`${FIXTURES}/report/public`).filter((f) => f.endsWith(".msg"));
const SOURCE = fixtureBytes("report/public/msgreader-html-headers.msg");

function mutated(change: (b: Buffer) => void): Uint8Array {
  const bytes = Buffer.from(SOURCE);
  change(bytes);
  return bytes;
}

const sectorSize = (b: Buffer) => (b[30] === 0x0c ? 4096 : 512);
const directoryAt = (b: Buffer) => (b.readUInt32LE(0x30) + 1) * sectorSize(b);

describe("damaged .msg files", () => {
  it.each(PUBLIC)("lets a sound file through: %s", (name) => {
    expect(cfbDamage(fixtureBytes(`report/public/${name}`))).toBeUndefined();
  });

  it("refuses a FAT whose entries point at their own sectors (msgreader looped for ever)", async () => {
    const bytes = mutated((b) => {
      const at = (b.readUInt32LE(0x4c) + 1) * sectorSize(b);
      for (let i = 0; i < sectorSize(b) / 4; i++) b.writeUInt32LE(i, at + i * 4);
    });
    const result = await loadDrafts("loop.msg", bytes, OPTIONS);
    expect(result).toMatchObject({ ok: false, cause: { code: "msgLoop" } });
  });

  it("refuses a directory entry that is its own sibling", async () => {
    const bytes = mutated((b) => {
      const at = directoryAt(b);
      for (let e = 0; e < sectorSize(b) / 128; e++) for (const field of [0x44, 0x48, 0x4c]) b.writeUInt32LE(e, at + e * 128 + field);
    });
    expect(await loadDrafts("tree.msg", bytes, OPTIONS)).toMatchObject({ ok: false, cause: { code: "msgLoop" } });
  });

  it("names what is wrong in the user's language, never a JavaScript error", async () => {
    const cases: Array<[string, Uint8Array, string]> = [
      ["empty.msg", new Uint8Array(0), "empty"],
      ["random.msg", new Uint8Array(2000).fill(7), "msgNotOle"],
      ["header.msg", SOURCE.subarray(0, 512), "msgTruncated"],
    ];
    for (const [name, bytes, code] of cases) {
      const result = await loadDrafts(name, bytes, { ...OPTIONS, lang: "zh-CN" });
      expect(result).toMatchObject({ ok: false, cause: { code } });
      if (!result.ok) expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("never throws, and never shows msgreader's internals, on a file cut short or with bytes changed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(SOURCE.length), fc.array(fc.tuple(fc.nat(SOURCE.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 60 }), async (cut, flips) => {
        const bytes = SOURCE.slice(0, Math.max(cut, 8));
        for (const [at, value] of flips) if (at >= 8 && at < bytes.length) bytes[at] = value;
        const result = await loadDrafts("x.msg", bytes, OPTIONS);
        if (!result.ok) expect(result.reason).not.toMatch(/undefined|typed array|DataView|is not a function/);
      }),
      { numRuns: 200 },
    );
  });
});
