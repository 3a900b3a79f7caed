import fc from "fast-check";
import { Parser } from "htmlparser2";
import { parsePersonText } from "../../../src/policy/draft-schema";
import { dropOverlaps } from "../../../src/policy/lexicon/match";
import { firstAddress } from "../../../src/policy/text/address";
import { disclaimerStart } from "../../../src/policy/text/disclaimer";
import { withConstantTimeStacks } from "../../../src/policy/text/html-stack";
import { removeQuoteHeaders } from "../../../src/policy/text/minutes";
import { readingWeight } from "../../../src/policy/text/sentences";
import { chars, countCollapsed, joinLines, replaceBracketed, trimEndPunctuation, trimEndWhile } from "../../../src/policy/text/trim";

// Each loop or rewritten pattern that replaced a quadratic regular expression gives the answer
// the expression gave, on strings built from the characters that matter to it.

const from = (alphabet: readonly string[], maxLength = 30) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(""));
const SPACES = [" ", "\u00a0", "\t", "\n", "\r", "\u3000", "\u2028", "a", "中", ".", "。", ",", "，", ";", "!", "?", "(", ")", "（", "）", "【", "】", "[", "]", "@", "-", "x", "Y"];
const runs = { numRuns: 3000 };

describe("loops that replaced quadratic patterns", () => {
  test("trimEndWhile is replace(/[…]+$/, '')", () => {
    const drop = chars(/[ \u00a0]/);
    fc.assert(fc.property(from(SPACES), (s) => expect(trimEndWhile(s, drop)).toBe(s.replace(/[ \u00a0]+$/g, ""))), runs);
  });

  test("joinLines is replace(/\\s*\\n\\s*/g, ' ')", () => {
    fc.assert(fc.property(from(SPACES), (s) => expect(joinLines(s)).toBe(s.replace(/\s*\n\s*/g, " "))), runs);
  });

  test("replaceBracketed is the bracket patterns", () => {
    fc.assert(
      fc.property(from(SPACES), (s) => {
        expect(replaceBracketed(s, chars(/[(（]/), chars(/[)）]/), " ")).toBe(s.replace(/[(（][^)）]*[)）]/g, " "));
        expect(replaceBracketed(s, chars(/[([（【]/), chars(/[)\]）】]/), " ", true)).toBe(s.replace(/[([（【].*?[)\]）】]/g, " "));
      }),
      runs,
    );
  });

  test("trimEndPunctuation is replace(/[。.;；,，]+\\s*$/, '')", () => {
    fc.assert(fc.property(from(SPACES), (s) => expect(trimEndPunctuation(s, chars(/[。.;；,，]/))).toBe(s.replace(/[。.;；,，]+\s*$/, ""))), runs);
  });

  test("countCollapsed counts Array.from(text.trim().replace(/\\s+/g, ' '))", () => {
    fc.assert(
      fc.property(fc.oneof(from(SPACES), fc.string({ unit: "binary" })), (s) => {
        const flat = Array.from(s.trim().replace(/\s+/g, " "));
        expect(countCollapsed(s)).toEqual({ codePoints: flat.length, cjk: flat.filter((c) => /[\u3400-\u9fff\uf900-\ufaff]/.test(c)).length });
      }),
      runs,
    );
  });

  test("readingWeight weighs as the character-by-character patterns did", () => {
    const old = (text: string): number => {
      let weight = 0;
      for (const ch of text) {
        if (/[\u3400-\u9fff\uf900-\ufaff]/.test(ch)) weight += 2;
        else if (!/\s/.test(ch)) weight += 1;
      }
      return weight;
    };
    fc.assert(fc.property(fc.oneof(from(SPACES), fc.string({ unit: "binary" })), (s) => expect(readingWeight(s)).toBe(old(s))), runs);
  });

  test("firstAddress is the address pattern's first match", () => {
    const re = /[^\s<>()（）:：;；,，@]+@[^\s<>()（）:：;；,，]+\.[a-z]{2,}/i;
    fc.assert(fc.property(from(["a", "B", "1", "@", ".", "-", " ", "(", ":", "中", "z"], 24), (s) => expect(firstAddress(s)).toBe(re.exec(s)?.[0])), { numRuns: 6000 });
  });

  test("parsePersonText reads what the angle-address pattern read", () => {
    const old = (text: string) => {
      const angle = /^\s*"?([^"<]*?)"?\s*<([^<>]*)>\s*$/.exec(text);
      if (angle) {
        const name = angle[1].trim();
        return name ? { name, address: angle[2].trim() } : { address: angle[2].trim() };
      }
      return { address: text.trim() };
    };
    fc.assert(fc.property(from(['"', "<", ">", " ", "a", "@", "\n", "T"], 16), (s) => expect(parsePersonText(s)).toEqual(old(s))), { numRuns: 6000 });
  });

  test("removeQuoteHeaders is replace(QUOTE_HEADER, '')", () => {
    const QUOTE_HEADER = /^\s*[>\s]*\*?(from|sent|date|to|cc|subject|发件人|发送时间|收件人|抄送|主题|寄件者|寄件日期|收件者|副本|主旨)\s*\*?\s*:.*$/gm;
    fc.assert(fc.property(from(["from", "to", ":", " ", "\n", "\r", ">", "*", "x", "主题", "\u2028"], 20), (s) => expect(removeQuoteHeaders(s)).toBe(s.replace(QUOTE_HEADER, ""))), { numRuns: 6000 });
  });

  test("dropOverlaps keeps what comparing with every kept hit kept", () => {
    const old = <T extends { start: number; end: number }>(hits: T[]): T[] => {
      const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: T[] = [];
      for (const h of sorted) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
      return kept.sort((a, b) => a.start - b.start);
    };
    const hit = fc.tuple(fc.nat(40), fc.nat(6)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(fc.property(fc.array(hit, { maxLength: 25 }), (hits) => expect(dropOverlaps(hits)).toEqual(old(hits))), runs);
  });

  test("disclaimerStart finds the line that re-joining every tail found", () => {
    const DISCLAIMER = [
      /\bthis (e-?mail|message|communication|transmission)\b.{0,120}\b(confidential|privileged|intended (solely|only))/,
      /\bif you (are not|have received this).{0,80}(intended recipient|in error|by mistake)/,
      /\bdisclaimer\b/,
      /^(本|此)(电子)?(邮件|信息|讯息|郵件).{0,80}(保密|机密|仅供|仅限|预期收件人|法律)/,
      /如果?您?(并)?(不是|非).{0,30}(指定|预期|预定)?的?(收件人|收件者)/,
      /免责声明|免責聲明|法律声明/,
    ];
    const is = (norm: string) => DISCLAIMER.some((re) => re.test(norm));
    const join = (lines: { norm: string }[], a: number, b: number) => lines.slice(a, b + 1).map((l) => l.norm).join(" ");
    const old = (lines: { norm: string }[], first: number, last: number): number => {
      for (let k = first; k <= last; k++) {
        if (is(join(lines, k, Math.min(last, k + 2))) && is(join(lines, k, last))) {
          if (is(lines[k].norm) || k === last) return k;
          for (let j = k; j <= last; j++) if (is(join(lines, j, last)) && !is(join(lines, j + 1, last))) return j;
          return k;
        }
      }
      return -1;
    };
    const line = fc.constantFrom("tom", "this email is", "confidential", "this email is confidential", "本邮件", "仅供收件人", "本邮件仅供收件人", "disclaimer", "if you are not", "the intended recipient", "", "x");
    fc.assert(
      fc.property(fc.array(line.map((norm) => ({ norm })), { minLength: 1, maxLength: 8 }), (lines) => {
        expect(disclaimerStart(lines, 0, lines.length - 1)).toBe(old(lines, 0, lines.length - 1));
      }),
      { numRuns: 6000 },
    );
  });
});

describe("htmlparser2 with constant-time stacks", () => {
  const TAGS = ["<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<br>", "</br>", "<svg>", "</svg>", "<title>", "</title>", "<li>", "</li>", "<ul>", "</ul>", "<td>", "<tr>", "</table>", "<img/>", "<x/>", "text", "&nbsp;", "<!-- c -->", "<script>a</script>", "<foreignObject>", "</foreignObject>", "<math>", "</math>", "<br/>"];
  function events(html: string, constant: boolean): string[] {
    const log: string[] = [];
    const handler = {
      onopentag: (name: string, attrs: Record<string, string>, implied: boolean) => log.push(`open ${name} ${JSON.stringify(attrs)} ${implied}`),
      onclosetag: (name: string, implied: boolean) => log.push(`close ${name} ${implied}`),
      ontext: (text: string) => log.push(`text ${text}`),
    };
    const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
    if (constant) withConstantTimeStacks(parser);
    parser.write(html);
    parser.end();
    return log;
  }

  test("the parser emits the same events", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TAGS), { maxLength: 40 }).map((t) => t.join("")), (html) => expect(events(html, true)).toEqual(events(html, false))), runs);
  });
});

describe("rewritten patterns match as the originals did", () => {
  // [where, original, rewrite, characters that matter]: exec results (match, groups, index) are compared.
  const PAIRS: Array<[string, RegExp, RegExp, string[]]> = [
    ["segment HEADER_FROM", /^\*?(from|van)\s*\*?\s*:/, /^\*?(from|van)\s*(?:\*\s*)?:/, ["from", "van", " ", "*", ":", "\t", "x"]],
    ["subject PREFIX", /^\s*(re|fw)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*/i, /^\s*(re|fw)\s*(?:(\[\d+\]|\(\d+\))\s*)?[:：]\s*/i, ["re", "FW", " ", "[2]", "(3)", ":", "：", "x"]],
    ["minutes PLACEHOLDER", /^[\s\-*•]*(tbd|待补充|…+)?\s*$/, /^[\s\-*•]*(?:(tbd|待补充|…+)\s*)?$/, ["tbd", "待补充", "…", " ", "-", "*", "x"]],
    ["meeting AGENDA_HEADING tail", /^agenda[\]】*\s]*(?:[:：]\s*(.*))?$/, /^agenda[\]】*\s]*(?:[:：]\s*(\S.*|))?$/, ["agenda", ":", " ", "\u2028", "x", "]"]],
    ["meeting ITEM_LINE", /^\s*(\d{1,2}[.、)）](?!\d)|[-•])\s*(.*)$/, /^\s*(\d{1,2}[.、)）](?!\d)|[-•])\s*(\S.*|)$/, ["1.", "-", " ", "\r", "x", "2"]],
    ["meeting DURATION_SUFFIX", /\s*[(（]\s*(\d{1,3})\s*(min|分钟)\s*[)）]\s*$/, /(?<!\s)\s*[(（]\s*(\d{1,3})\s*(min|分钟)\s*[)）]\s*$/, [" ", "(", ")", "15", "min", "分钟", "x"]],
    ["meeting OWNER_SUFFIX", /\s*(?:(?:\s[—–]{1,2}|\s--|——|(?<=\))\s*[-—–]{1,2})\s*|[,，;；]?\s*(?:owner|by)\s*[:：]\s*)([^—–:：()（）]{1,30})$/, /(?<!\s)(?:(?:\s+(?:[—–]{1,2}|--)|\s*——|(?<=\))\s*[-—–]{1,2})\s*|\s*(?:[,，;；]\s*)?(?:owner|by)\s*[:：]\s*)([^—–:：()（）]{1,30})$/, [" ", "—", "-", ")", ",", "owner", ":", "x", "王"]],
    ["meeting NON_AGENDA_LEAD", /(notes?|附件)\s*[:：]?\s*$/, /(notes?|附件)\s*(?:[:：]\s*)?$/, ["note", "s", "附件", ":", " ", "x"]],
    ["confidential request", /\b(?:please)\s+(?:keep)\s+(?:this|it|the\s+\w+)?\s*(?:strictly\s+)?(?:as\s+)?confidential\b/g, /\b(?:please)\s+(?:keep)\s+(?:(?:this|it|the\s+\w+)\s*)?(?:strictly\s+)?(?:as\s+)?confidential\b/g, ["please", "keep", "this", "it", "the", " ", "strictly", "as", "confidential", "x"]],
    ["recipients EN_GREETING tail", /^hi\b[\s,]*(.{1,6}?)\s*[,:;!.]?\s*$/, /^hi\b[\s,]*(.{1,6}?)\s*(?:[,:;!.]\s*)?$/, ["hi", " ", ",", "!", "x", "Lisa"]],
    ["recipients mailto", /href="mailto:([^"'?]+)[^"']*["']>/, /href="mailto:([^"'?]+)(?:\?[^"']*)?["']>/, ['href="mailto:', "a", "?", "=", '"', "'", ">", " "]],
    ["recipients tag strip", /<[^>]*>/g, /(?<!<)<[^>]*>/g, ["<", ">", "b", " ", "/"]],
    ["config ADDRESS", /^[^\s@]+@[^\s@]+\.[^\s@]+$/, /^[^\s@]+@[^\s@][^\s@.]*\.[^\s@]*[^\s@]$/, ["a", "@", ".", " ", "b"]],
    ["subject-quality dashes", /(^|\s)-+|-+(?=\s|$)/g, /(^|\s)-+|(?<!-)-+(?=\s|$)/g, ["-", " ", "a"]],
  ];
  test.each(PAIRS)("%s", (_where, original, rewrite, alphabet) => {
    const run = (re: RegExp, s: string): unknown => {
      if (re.global) return { replaced: s.replace(re, "_"), all: Array.from(s.matchAll(re), (m) => [m.index, ...m]) };
      const m = re.exec(s);
      return m && { index: m.index, groups: [...m] };
    };
    fc.assert(fc.property(from(alphabet, 14), (s) => expect(run(rewrite, s)).toEqual(run(original, s))), { numRuns: 4000 });
  });

  test("split on ' and ' / '&' as the original split did", () => {
    fc.assert(
      fc.property(from([" ", "and", "&", "和", "a", "B"], 14), (s) => expect(s.split(/(?<!\s)\s+and\s+|(?<!\s)\s+&\s*|&\s*|和|及|与/)).toEqual(s.split(/\s+and\s+|\s*&\s*|和|及|与/))),
      { numRuns: 4000 },
    );
  });

  test("digit runs: a match exists where it existed", () => {
    fc.assert(fc.property(from(["1", "2", "日", "前", "个", " ", "小时", "x"], 14), (s) => {
      expect(/(?<!\d)\d+[日号点](之|以)?前/.test(s)).toBe(/\d+[日号点](之|以)?前/.test(s));
      expect(/(?<!\d)\d+\s*(?:个\s*)?(小时|分钟|天)/.test(s)).toBe(/\d+\s*个?\s*(小时|分钟|天)/.test(s));
    }), { numRuns: 4000 });
  });
});
