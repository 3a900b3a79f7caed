// OpenCC's Traditional → Simplified knowledge, one character at a time, as a generated module
// for the on-send bundle. src/policy/text/script.ts asks opencc-js only about single
// characters (simplifyChar, and the reverse table it derives from the dictionaries), so the
// on-send build swaps `opencc-js/t2cn` (107 KB minified, mostly phrase tables) for this
// table, derived from the same package when the bundle is built. test/on-send/generated-
// tables.test.ts proves that it answers as opencc-js does for every code point.
//
// The module exports what script.ts uses: `Converter` (a function of text, character by
// character) and `Locale.to.cn`, a dictionary string ("T S|T S|…") holding exactly the
// single-character entries script.ts's reverse table is made of, in its order.
const { encodeNumbers, zigzag, DECODER_IMPORT } = require("./compact-code");

const LAST_HAN_PLANE_CODE_POINT = 0x3ffff;
/** CJK Compatibility Ideographs and their Supplement: each stands for a unified ideograph. */
const COMPAT_RANGES = [
  [0xf900, 0xfaff],
  [0x2f800, 0x2fa1f],
];

function isCompatIdeograph(cp) {
  return COMPAT_RANGES.some(([from, to]) => cp >= from && cp <= to);
}

function dictionaryStrings(value, into = []) {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const v of value) dictionaryStrings(v, into);
  return into;
}

/** Every character OpenCC's t2cn build converts, with its Simplified form, by code point. */
function characterPairs(OpenCC) {
  const convert = OpenCC.Converter({ from: "tw", to: "cn" });
  const candidates = new Set();
  for (const dict of dictionaryStrings([OpenCC.Locale.to.cn, OpenCC.Locale.from.tw])) {
    for (const ch of dict) if (ch !== " " && ch !== "|") candidates.add(ch);
  }
  // Not only the dictionaries' keys: opencc-js also folds the CJK compatibility ideographs
  // (U+F900…, U+2F800…) to their unified forms. Every code point of the planes that hold Han
  // characters is asked (beyond them it changes nothing; test/on-send/generated-tables.test.ts).
  for (let cp = 0; cp <= LAST_HAN_PLANE_CODE_POINT; cp++) if (cp < 0xd800 || cp > 0xdfff) candidates.add(String.fromCodePoint(cp));
  const pairs = [];
  for (const ch of candidates) {
    const out = convert(ch);
    // One code point to one: a BMP character may simplify to an astral one and back.
    if (out !== ch && [...out].length === 1) pairs.push([ch.codePointAt(0), out.codePointAt(0)]);
  }
  const map = new Map(pairs.filter(([cp]) => !isCompatIdeograph(cp)));
  // The module answers those by normalising (NFC) to the unified ideograph and converting that:
  // only a compatibility ideograph opencc-js answers otherwise is stored.
  const viaUnified = (cp) => {
    const unified = String.fromCodePoint(cp).normalize("NFC");
    const to = map.get(unified.codePointAt(0));
    return to === undefined ? unified : String.fromCodePoint(to);
  };
  return pairs.filter(([cp, to]) => !isCompatIdeograph(cp) || viaUnified(cp) !== String.fromCodePoint(to)).sort((a, b) => a[0] - b[0]);
}

/** script.ts's reverse(): Simplified character → its Traditional ones, in dictionary order. */
function reverseTable(OpenCC, simplify) {
  const table = new Map();
  for (const dict of dictionaryStrings([OpenCC.Locale.to.cn, OpenCC.Locale.from.tw])) {
    for (const entry of dict.split("|")) {
      const [from, to] = entry.split(" ");
      if (!from || !to || from.length !== 1 || to.length !== 1 || from === to) continue;
      const simple = simplify(from);
      if (simple === from) continue;
      const list = table.get(simple) ?? [];
      if (!list.includes(from)) list.push(from);
      table.set(simple, list);
    }
  }
  return table;
}

/** The generated entries, grouped as reverse() groups them, must give the same lists. */
function assertSameOrder(expected, pairs, members) {
  const actual = new Map();
  for (const [t, s] of pairs) {
    if (!members.has(t)) continue;
    const key = String.fromCodePoint(s);
    actual.set(key, [...(actual.get(key) ?? []), String.fromCodePoint(t)]);
  }
  const flat = (table) => JSON.stringify([...table].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  if (flat(actual) !== flat(expected)) throw new Error("t2s-table: the reverse table's order is not code point order any more; store the order");
}

/** The module's source: the pairs as code point deltas, and the few left out of the reverse table (as gaps). */
function t2sModuleSource(OpenCC = require("opencc-js/t2cn")) {
  const pairs = characterPairs(OpenCC);
  const map = new Map(pairs);
  const simplify = (ch) => String.fromCodePoint(map.get(ch.codePointAt(0)) ?? ch.codePointAt(0));
  const reverse = reverseTable(OpenCC, simplify);
  const members = new Set([...reverse.values()].flat().map((ch) => ch.codePointAt(0)));
  // The reverse table lists, per Simplified character, its Traditional ones in dictionary
  // order; the generated entries are in code point order, which is the same for every group.
  assertSameOrder(reverse, pairs, members);
  // Two runs of numbers, which gzip packs tighter than pairs side by side: the Traditional
  // code points as deltas, then each Simplified one's offset from its Traditional one as the
  // change from the previous pair's offset (neighbouring characters often move together).
  let previous = 0;
  let previousOffset = 0;
  let previousExcluded = 0;
  const steps = [];
  const offsets = [];
  const excluded = [];
  pairs.forEach(([t, s], index) => {
    steps.push(t - previous);
    offsets.push(zigzag(s - t - previousOffset));
    previous = t;
    previousOffset = s - t;
    if (!members.has(t)) {
      excluded.push(index - previousExcluded);
      previousExcluded = index;
    }
  });
  const lines = [
    "// Generated by scripts/onsend/t2s-table.js from opencc-js when the on-send bundle is built. Do not edit.",
    DECODER_IMPORT,
    `var PAIRS = ${JSON.stringify(encodeNumbers([...steps, ...offsets]))};`,
    `var NOT_IN_REVERSE = ${JSON.stringify(encodeNumbers(excluded))};`,
    "var table = null;",
    "var entries = [];",
    // script.ts's reverse() reads only entries whose both sides are one UTF-16 unit, and only
    // their left side: an astral Simplified form is written as a one-unit stand-in.
    "function oneUnit(to) { if (to.length === 1) return to; return '\\u3007'; }",
    "function load() {",
    "  if (table) return table;",
    "  table = new Map();",
    "  var numbers = decodeNumbers(PAIRS);",
    "  var count = numbers.length >> 1;",
    "  var skip = new Set();",
    "  var gaps = decodeNumbers(NOT_IN_REVERSE);",
    "  for (var g = 0, at = 0; g < gaps.length; g++) skip.add(at += gaps[g]);",
    "  var t = 0;",
    "  var offset = 0;",
    "  for (var i = 0; i < count; i++) {",
    "    t += numbers[i];",
    "    offset += unzigzag(numbers[count + i]);",
    "    var from = String.fromCodePoint(t);",
    "    var to = String.fromCodePoint(t + offset);",
    "    table.set(from, to);",
    "    if (!skip.has(i)) entries.push(from + ' ' + oneUnit(to));",
    "  }",
    "  return table;",
    "}",
    `var COMPAT = ${JSON.stringify(COMPAT_RANGES)};`,
    "function isCompat(cp) {",
    "  for (var i = 0; i < COMPAT.length; i++) if (cp >= COMPAT[i][0] && cp <= COMPAT[i][1]) return true;",
    "  return false;",
    "}",
    "export function Converter() {",
    "  return function convert(text) {",
    "    var map = load();",
    "    var out = '';",
    "    for (var ch of text) {",
    "      var to = map.get(ch);",
    "      if (to === undefined && isCompat(ch.codePointAt(0))) {",
    "        var unified = ch.normalize('NFC');",
    "        to = map.get(unified);",
    "        if (to === undefined) to = unified;",
    "      }",
    "      if (to === undefined) out += ch;",
    "      else out += to;",
    "    }",
    "    return out;",
    "  };",
    "}",
    "export var Locale = {",
    "  from: { tw: '' },",
    "  to: { get cn() { load(); return entries.join('|'); } },",
    "};",
    "",
  ];
  return { source: lines.join("\n"), pairs: pairs.length, reverseGroups: reverse.size };
}

module.exports = { t2sModuleSource, characterPairs, reverseTable };
