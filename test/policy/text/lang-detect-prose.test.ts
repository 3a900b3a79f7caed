import fc from "fast-check";
import { NOT_PROSE, withoutNonProse } from "../../../src/policy/text/lang-detect";

// withoutNonProse runs the address pattern only over the words that hold an "@"; it must give
// what NOT_PROSE gives over the whole text.

const PIECES = ["li.na@contoso.com", "@", "a@b", "x@y.z", "http://ex.com/a@b.cn", "www.contoso.com", "IT-1234", "ABC12", "Q3", "hello", "你好", "附件", " ", " ", "\u3000", "\n", "\u00a0", ".", "-", "_", "@@", "王@公司.中国", "first.last+tag@sub.example.org"];

describe("withoutNonProse", () => {
  it.each([
    "Hi Lisa, mail li.na@contoso.com or see https://contoso.com/x. Ticket IT-1234.",
    "请联系 王伟（wang.wei@contoso.com）或访问 www.contoso.com",
    "@@@ a@b@c.d @ foo@bar.com/http://x.y",
    "no addresses here, only Q3 and ABC12 codes",
    "",
  ])("gives what NOT_PROSE gives for %j", (text) => {
    expect(withoutNonProse(text)).toBe(text.replace(NOT_PROSE, " "));
  });

  it("gives what NOT_PROSE gives on random texts", () => {
    const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 });
    fc.assert(
      fc.property(pieces, fc.constantFrom("", " "), (chosen, joiner) => {
        const text = chosen.join(joiner);
        expect(withoutNonProse(text)).toBe(text.replace(NOT_PROSE, " "));
      }),
      { numRuns: 2000 },
    );
  });
});
