// A small HTML entity table for the on-send bundle. htmlparser2 decodes named character
// references with the `entities` package's trie of all 2,231 HTML5 names (32 KB minified).
// Mail clients write a handful of them; the on-send build swaps the trie for one holding
// the names HTML 4.01 defined (the set Outlook, Word and most editors produce) and every
// name HTML5 accepts without a semicolon, in the same binary format, read with the same
// decoder. Any other name stays as written in the on-send reading (the panes and the CLI
// keep the full table). The module carries the names and their values (deltas, in
// compact-code.js's digits) and writes the trie when it loads, about 1,900 words: as words
// the trie took twice the gzip bytes. test/on-send/generated-tables.test.ts decodes every
// kept name with both tables and checks that the trie built at load is the one writeTrie
// writes.
//
// The format, as entities/lib/decode.js reads it: a node is a header word (bits 14–15: how
// many words its value takes, 0 for none, 1 for a value of 14 bits in the header itself;
// bits 7–13: the number of branches; bits 0–6: the single next character, or with branches
// a jump-table offset, 0 for a sorted dictionary), its value words, then its branches.

const { encodeNumbers, zigzag, DECODER_IMPORT } = require("./compact-code");

// HTML 4.01's character entity references (W3C, HTML 4.01 section 24), by name.
const HTML4_NAMES = `nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg
plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute
Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve
Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc
atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute
ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml fnof Alpha Beta Gamma Delta
Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega alpha
beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon
phi chi psi omega thetasym upsih piv bull hellip prime Prime oline frasl weierp image real trade alefsym
larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall part exist empty nabla isin notin ni prod
sum minus lowast radic prop infin ang and or cap cup int there4 sim cong asymp ne equiv le ge sub sup nsub
sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts diams quot amp
lt gt OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo
sbquo ldquo rdquo bdquo dagger Dagger permil lsaquo rsaquo euro`
  .split(/\s+/)
  .filter(Boolean);
/** XHTML's apostrophe, which HTML5 kept and editors write. */
const EXTRA_NAMES = ["apos"];

const VALUE_LENGTH = 0xc000;
const BRANCH_LENGTH = 0x3f80;
const JUMP_TABLE = 0x7f;

/** Every name of a decode trie with its value (UTF-16 code units), e.g. "amp;" → [38]. */
function readTrie(tree) {
  const names = new Map();
  const visit = (index, path) => {
    const header = tree[index];
    const valueLength = (header & VALUE_LENGTH) >> 14;
    if (valueLength === 1) {
      names.set(path, [header & ~VALUE_LENGTH]);
      return; // the value fills the header: a leaf
    }
    if (valueLength === 2) names.set(path, [tree[index + 1]]);
    if (valueLength === 3) names.set(path, [tree[index + 1], tree[index + 2]]);
    const branches = (header & BRANCH_LENGTH) >> 7;
    const jump = header & JUMP_TABLE;
    const first = index + Math.max(1, valueLength);
    if (branches === 0) {
      if (jump !== 0) visit(first, path + String.fromCharCode(jump));
    } else if (jump !== 0) {
      for (let k = 0; k < branches; k++) if (tree[first + k] !== 0) visit(tree[first + k] - 1, path + String.fromCharCode(jump + k));
    } else {
      for (let k = 0; k < branches; k++) visit(tree[first + branches + k], path + String.fromCharCode(tree[first + k]));
    }
  };
  visit(0, "");
  return names;
}

function insert(root, name, value) {
  let node = root;
  for (const ch of name) {
    if (!node.children.has(ch)) node.children.set(ch, { children: new Map() });
    node = node.children.get(ch);
  }
  node.value = value;
}

/** Writes a trie in the format above (sorted dictionaries only); returns its words. */
function writeTrie(root) {
  const out = [];
  const write = (node, via) => {
    const start = out.length;
    const children = [...node.children].sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0));
    const value = node.value ?? [];
    // A one-word value inside the header only where nothing follows: after the closing ";".
    if (children.length === 0 && value.length === 1 && value[0] < 0x4000 && via === ";") {
      out.push(0x4000 | value[0]);
      return start;
    }
    const valueLength = value.length === 0 ? 0 : value.length + 1;
    if (children.length > 127) throw new Error("entity-table: too many branches");
    const single = children.length === 1;
    out.push((valueLength << 14) | (single ? children[0][0].charCodeAt(0) : children.length << 7));
    out.push(...value);
    if (single) {
      write(children[0][1], children[0][0]);
      return start;
    }
    const slots = out.length + children.length;
    out.push(...children.map(([ch]) => ch.charCodeAt(0)), ...children.map(() => 0));
    children.forEach(([ch, child], k) => {
      out[slots + k] = write(child, ch);
    });
    return start;
  };
  write(root, "");
  return out;
}

/** The names kept: HTML 4.01's and every one HTML5 reads without a semicolon, each in both forms. */
function keptNames(full) {
  const legacy = [...full.keys()].filter((name) => !name.endsWith(";"));
  const bases = new Set([...HTML4_NAMES, ...EXTRA_NAMES, ...legacy]);
  return [...full.keys()].filter((name) => bases.has(name.replace(/;$/, "")));
}

function fullHtmlTree() {
  // The package's own trie, as the bundle would otherwise carry it.
  const { htmlDecodeTree } = require("entities/lib/decode.js");
  return htmlDecodeTree;
}

// The trie the module builds at load, as writeTrie above does (one-word values only, which
// is all the kept names have): the module ships the names and their values, not the trie.
const TRIE_WRITER_SOURCE = `function insertName(root, name, value) {
  var node = root;
  for (var i = 0; i < name.length; i++) {
    var next = node.children[name[i]];
    if (!next) {
      next = { children: {} };
      node.children[name[i]] = next;
    }
    node = next;
  }
  node.value = value;
}
function byCode(a, b) {
  return a.charCodeAt(0) - b.charCodeAt(0);
}
function writeNode(node, via, out) {
  var start = out.length;
  var keys = Object.keys(node.children).sort(byCode);
  var value = node.value;
  if (keys.length === 0 && value !== undefined && value < 0x4000 && via === ";") {
    out.push(0x4000 | value);
    return start;
  }
  var header = 0;
  if (value !== undefined) header = 0x8000;
  if (keys.length === 1) {
    out.push(header | keys[0].charCodeAt(0));
    if (value !== undefined) out.push(value);
    writeNode(node.children[keys[0]], keys[0], out);
    return start;
  }
  out.push(header | (keys.length << 7));
  if (value !== undefined) out.push(value);
  var slots = out.length + keys.length;
  for (var k = 0; k < keys.length; k++) out.push(keys[k].charCodeAt(0));
  for (var j = 0; j < keys.length; j++) out.push(0);
  for (var m = 0; m < keys.length; m++) out[slots + m] = writeNode(node.children[keys[m]], keys[m], out);
  return start;
}`;

/** The names by value (small deltas), those HTML5 also reads without a semicolon first. */
function namesAndValues(full, kept) {
  const value = (name) => {
    const v = full.get(name);
    if (v.length !== 1) throw new Error(`entity-table: ${name} has a value of ${v.length} words; store longer values`);
    return v[0];
  };
  const bases = [...new Set(kept.map((name) => name.replace(/;$/, "")))];
  const legacy = new Set(kept.filter((name) => !name.endsWith(";")));
  for (const name of legacy) if (value(name) !== value(`${name};`)) throw new Error(`entity-table: ${name} and ${name}; differ`);
  const byValue = (a, b) => value(`${a};`) - value(`${b};`);
  const withLegacy = bases.filter((b) => legacy.has(b)).sort(byValue);
  const others = bases.filter((b) => !legacy.has(b)).sort(byValue);
  let previous = 0;
  const deltas = [...withLegacy, ...others].map((b) => {
    const v = value(`${b};`);
    const delta = zigzag(v - previous);
    previous = v;
    return delta;
  });
  return { withLegacy, others, deltas };
}

function entityModuleSource(tree = fullHtmlTree()) {
  const full = readTrie(tree);
  const root = { children: new Map() };
  const kept = keptNames(full);
  for (const name of kept) insert(root, name, full.get(name));
  const words = writeTrie(root);
  const { withLegacy, others, deltas } = namesAndValues(full, kept);
  const source = [
    "// Generated by scripts/onsend/entity-table.js from the entities package when the on-send bundle is built. Do not edit.",
    DECODER_IMPORT,
    TRIE_WRITER_SOURCE,
    `var WITH_LEGACY = ${JSON.stringify(withLegacy.join(" "))};`,
    `var OTHERS = ${JSON.stringify(others.join(" "))};`,
    `var VALUES = ${JSON.stringify(encodeNumbers(deltas))};`,
    "function buildTree() {",
    "  var root = { children: {} };",
    "  var deltas = decodeNumbers(VALUES);",
    "  var legacy = WITH_LEGACY.split(' ');",
    "  var names = legacy.concat(OTHERS.split(' '));",
    "  var value = 0;",
    "  for (var i = 0; i < names.length; i++) {",
    "    value += unzigzag(deltas[i]);",
    "    insertName(root, names[i] + ';', value);",
    "    if (i < legacy.length) insertName(root, names[i], value);",
    "  }",
    "  var out = [];",
    "  writeNode(root, '', out);",
    "  return new Uint16Array(out);",
    "}",
    "export default buildTree();",
    "",
  ].join("\n");
  return { source, names: kept.length, words };
}

module.exports = { entityModuleSource, readTrie, writeTrie, keptNames, HTML4_NAMES };
