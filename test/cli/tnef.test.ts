import { emlToDraft } from "../../src/cli/eml";
import { tnefFiles } from "../../src/cli/tnef";

// winmail.dat as Outlook for Windows writes it (MS-OXTNEF): the attributes a reader needs.

function attribute(level: number, id: number, data: Uint8Array): number[] {
  const head = new Uint8Array(9);
  const view = new DataView(head.buffer);
  head[0] = level;
  view.setUint32(1, id, true);
  view.setUint32(5, data.length, true);
  const checksum = data.reduce((sum, b) => (sum + b) & 0xffff, 0);
  return [...head, ...data, checksum & 0xff, checksum >> 8];
}

const u32 = (n: number) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n, true); return [...b]; };
const u16 = (n: number) => [n & 0xff, n >> 8];
const pad = (bytes: number[]) => [...bytes, ...new Array((4 - (bytes.length % 4)) % 4).fill(0)];

/** A MAPI property block with a PT_LONG and PR_ATTACH_LONG_FILENAME as PT_UNICODE. */
function mapiProps(longName: string): Uint8Array {
  const name = [...Buffer.from(`${longName}\0`, "utf16le")];
  return new Uint8Array([...u32(2), ...u16(0x0003), ...u16(0x0e20), ...u32(1234), ...u16(0x001f), ...u16(0x3707), ...u32(1), ...u32(name.length), ...pad(name)]);
}

function winmailDat(files: Array<{ title: Uint8Array; data: Uint8Array; longName?: string }>): Uint8Array {
  const bytes = [...u32(0x223e9f78), ...u16(0x1234)];
  bytes.push(...attribute(1, 0x00089006, new Uint8Array(u32(0x00010000))));
  bytes.push(...attribute(1, 0x00069007, new Uint8Array([...u32(936), ...u32(0)])));
  for (const f of files) {
    bytes.push(...attribute(2, 0x00069002, new Uint8Array(14)));
    bytes.push(...attribute(2, 0x00018010, new Uint8Array([...f.title, 0])));
    bytes.push(...attribute(2, 0x0006800f, f.data));
    if (f.longName) bytes.push(...attribute(2, 0x00069005, mapiProps(f.longName)));
  }
  return new Uint8Array(bytes);
}

/** "报告.pdf" in GBK, as Outlook on a Chinese Windows writes the title. */
const REPORT_PDF_GBK = new Uint8Array(Buffer.from("b1a8b8e62e706466", "hex"));

describe("TNEF (winmail.dat)", () => {
  const dat = winmailDat([
    { title: new TextEncoder().encode("INSPEC~1.XLS"), data: new Uint8Array(300), longName: "巡检报告 2026-11.xlsx" },
    { title: REPORT_PDF_GBK, data: new Uint8Array(120) },
  ]);

  test("lists each file with its long name (else its title in the mail's code page) and size", () => {
    expect(tnefFiles(dat)).toEqual([
      { name: "巡检报告 2026-11.xlsx", size: 300 },
      { name: "报告.pdf", size: 120 },
    ]);
  });

  test("a damaged or foreign stream gives the files found so far, never an error", () => {
    expect(tnefFiles(dat.subarray(0, dat.length - 50))).toEqual([{ name: "巡检报告 2026-11.xlsx", size: 300 }, { name: "报告.pdf", size: 0 }]);
    expect(tnefFiles(new Uint8Array([1, 2, 3]))).toEqual([]);
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) & 0xff);
    junk.set(dat.subarray(0, 6));
    expect(() => tnefFiles(junk)).not.toThrow();
  });

  test("an .eml with winmail.dat shows the files inside as attachments, winmail.dat itself as the client's part", async () => {
    const eml = [
      "From: Tom <tom@contoso.com>", "To: alice@contoso.com", "Subject: Inspection report", "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"', "", "--b1", "Content-Type: text/plain; charset=us-ascii", "",
      "Hi Alice,", "", "The inspection report is attached.", "", "Tom", "", "--b1",
      'Content-Type: application/ms-tnef; name="winmail.dat"', 'Content-Disposition: attachment; filename="winmail.dat"',
      "Content-Transfer-Encoding: base64", "", Buffer.from(dat).toString("base64"), "--b1--", "",
    ].join("\r\n");
    const draft = await emlToDraft(new TextEncoder().encode(eml));
    expect((draft.attachments ?? []).map((a) => [a.name, a.isInline, a.size])).toEqual([
      ["winmail.dat", true, dat.length],
      ["巡检报告 2026-11.xlsx", false, 300],
      ["报告.pdf", false, 120],
    ]);
  });
});
