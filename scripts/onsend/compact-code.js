// A compact, printable encoding of non-negative integers for the generated tables of the
// on-send bundle (scripts/onsend/*-table.js): each number is written with the 90 printable
// ASCII characters from "#" to "~" (no backslash, no quote), most significant digit first;
// digits 0–44 end a number, digits 45–89 continue it. Decoded by `decodeNumbers`, a module of
// its own in the bundle (generated-loader.js's "decoder" table) that each generated table
// imports (DECODER_IMPORT), so that the bundle carries it once.

const DIGITS = [];
for (let code = 0x23; code < 0x7f; code++) if (code !== 0x5c) DIGITS.push(String.fromCharCode(code));
const END = 45;
const MORE = DIGITS.length - END;

function encodeNumber(n) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`cannot encode ${n}`);
  const parts = [n % END];
  let rest = Math.floor(n / END);
  while (rest > 0) {
    parts.push(rest % MORE);
    rest = Math.floor(rest / MORE);
  }
  let out = "";
  for (let i = parts.length - 1; i > 0; i--) out += DIGITS[END + parts[i]];
  return out + DIGITS[parts[0]];
}

function encodeNumbers(numbers) {
  return numbers.map(encodeNumber).join("");
}

/** Signed numbers as non-negative ones (0, -1, 1, -2, … → 0, 1, 2, 3, …). */
function zigzag(n) {
  return n < 0 ? -2 * n - 1 : 2 * n;
}

// The decoder the generated modules carry (ES2016, no conditional operator: it is pasted
// into the on-send bundle as it is).
const DECODER_SOURCE = `function decodeNumbers(text) {
  var out = [];
  var value = 0;
  for (var i = 0; i < text.length; i++) {
    var digit = text.charCodeAt(i) - 35;
    if (digit > 56) digit -= 1;
    if (digit >= ${END}) {
      value = value * ${MORE} + digit - ${END};
    } else {
      out.push(value * ${END} + digit);
      value = 0;
    }
  }
  return out;
}
function unzigzag(n) {
  if (n % 2 === 1) return -(n + 1) / 2;
  return n / 2;
}`;

const DECODER_MODULE_SOURCE = `${DECODER_SOURCE}
export { decodeNumbers, unzigzag };
`;
// Served by the loader in place of this file: the request is the module's only name.
const DECODER_REQUEST = `!!${require.resolve("./generated-loader")}?table=decoder!${__filename}`;
const DECODER_IMPORT = `import { decodeNumbers, unzigzag } from ${JSON.stringify(DECODER_REQUEST)};`;

module.exports = { encodeNumber, encodeNumbers, zigzag, DECODER_MODULE_SOURCE, DECODER_REQUEST, DECODER_IMPORT };
