import fc from "fast-check";
import { loadDrafts } from "../../src/cli/load";
import { fixtureBytes } from "./helpers";

// Whatever the bytes, loading a file gives drafts or a one-line reason; it never throws.

const OPTIONS = { timeZone: "Asia/Shanghai" };
const SEEDS = ["mail-zh-cn-reply.eml", "mail-zh-tw-attachments.eml", "meeting-teams-zh-cn.ics", "drafts-mixed.json"].map((name) => [name, fixtureBytes(name)] as const);

function expectOneLineOutcome(result: Awaited<ReturnType<typeof loadDrafts>>): void {
  if (!result.ok) expect(result.reason).toMatch(/^[^\n]+$/);
  else expect(result.drafts.length).toBeGreaterThan(0);
}

describe("loading hostile files", () => {
  it.each(["x.eml", "x.ics", "x.json"])("never throws on random bytes named %s", async (name) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expectOneLineOutcome(await loadDrafts(name, bytes, OPTIONS));
      }),
      { numRuns: 150 },
    );
  });

  it.each(SEEDS)("never throws on %s cut short or with bytes flipped", async (name, bytes) => {
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length), fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), async (cut, flips) => {
        const mutated = bytes.slice(0, cut);
        for (const [at, value] of flips) if (at < mutated.length) mutated[at] = value;
        expectOneLineOutcome(await loadDrafts(name, mutated, OPTIONS));
      }),
      { numRuns: 60 },
    );
  });

  it("reads deeply nested MIME and a long header without falling over", async () => {
    const depth = 400;
    const open = Array.from({ length: depth }, (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`).join("");
    const mail = `From: a@contoso.com\r\nSubject: ${"x".repeat(100_000)}\r\n${open}Content-Type: text/plain\r\n\r\nhello\r\n`;
    expectOneLineOutcome(await loadDrafts("deep.eml", new TextEncoder().encode(mail), OPTIONS));
  });
});
