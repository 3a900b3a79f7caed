import { splitMbox, type MboxPiece } from "../../src/cli/mbox";

// An mbox split as it streams in, whatever it holds: lone-CR line ends, a message with nothing
// after its From line, a file with no line end at all (which had been gathered whole in memory).

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function pieces(text: string | Uint8Array, maxBytes = 1024 * 1024, chunk = 7): Promise<MboxPiece[]> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const out: MboxPiece[] = [];
  for await (const piece of splitMbox(chunks(bytes, chunk), maxBytes)) out.push(piece);
  return out;
}

const MESSAGE = "From: tom@contoso.com\nSubject: one\n\nHello\n";

describe("hostile mbox files", () => {
  it("splits an mbox whose lines end in a lone CR", async () => {
    const text = `From a@b Tue Nov 24 10:00:00 2026\n${MESSAGE}\nFrom b@c Tue Nov 24 11:00:00 2026\n${MESSAGE}`.replace(/\n/g, "\r");
    const out = await pieces(text);
    expect(out.map((p) => [p.ok, p.line])).toEqual([
      [true, 1],
      [true, 7],
    ]);
  });

  it("says a message with nothing after its From line is empty, not the file", async () => {
    const out = await pieces(`From a@b x\n\nFrom b@c x\n${MESSAGE}`);
    expect(out[0]).toEqual({ ok: false, line: 1, reason: { code: "mboxEmptyMessage", data: { line: 1 } } });
    expect(out[1]).toMatchObject({ ok: true, line: 3 });
  });

  it("refuses a file without line ends after reading about a message's limit of it, not all of it", async () => {
    const bytes = new Uint8Array(100_000).fill(0x41);
    let consumed = 0;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of chunks(bytes, 300)) {
        consumed += chunk.length;
        yield chunk;
      }
    }
    const seen: MboxPiece[] = [];
    for await (const piece of splitMbox(counted(), 1000)) seen.push(piece);
    expect(seen).toEqual([{ ok: false, line: 1, reason: { code: "notMbox", data: {} } }]);
    expect(consumed).toBeLessThan(2000);
  });

  it("skips an over-large message without line ends and goes on to the next", async () => {
    const text = `From a@b x\n${"z".repeat(5000)}\n\nFrom b@c x\n${MESSAGE}`;
    const out = await pieces(text, 1000, 512);
    expect(out.map((p) => (p.ok ? "ok" : p.reason.code))).toEqual(["mboxMessageTooLarge", "ok"]);
  });
});
