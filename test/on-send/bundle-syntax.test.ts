import * as acorn from "acorn";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { createOfficeSim, sampleMessage } from "../../src/office-sim/office-sim";
import { POLYFILLED } from "../../src/on-send/polyfills";

// The built on-send file, not its source, as classic Outlook on Windows before Version 2403
// meets it: ECMAScript 2016 only, no conditional operator, one file with no imports, no DOM
// (office-js-docs-pr docs/testing/troubleshoot-event-based-and-spam-reporting-add-ins.md).
// commands.html (the HTML runtime) and the classic JavaScript Override load the same file.
// Fails when `npm run build` has not produced dist/launchevent.js (npm test builds first).

const DIST = path.join(__dirname, "..", "..", "dist");
const BUNDLE = path.join(DIST, "launchevent.js");

const { renderXmlManifest } = require("../../scripts/manifest/xml.js") as {
  renderXmlManifest: (o: { base: string; sendMode: string }) => string;
};

/** Globals of a browser page that the JavaScript-only runtime does not have. */
const DOM_GLOBALS = [
  "window",
  "document",
  "navigator",
  "location",
  "localStorage",
  "sessionStorage",
  "XMLHttpRequest",
  "atob",
  "btoa",
  "TextEncoder",
  "TextDecoder",
  "URL",
  "URLSearchParams",
  "DOMParser",
  "self",
  "Blob",
  "FileReader",
  "HTMLElement",
  "Element",
  "Node",
  "importScripts",
  "requestAnimationFrame",
];

/** Built-ins newer than ES2016, as static (`Object.x`) or prototype (`.x`) members. */
const NEWER_BUILT_INS = [
  "Object.entries",
  "Object.values",
  "Object.fromEntries",
  "Object.getOwnPropertyDescriptors",
  "Object.hasOwn",
  "Promise.allSettled",
  "Promise.any",
  ".padStart",
  ".padEnd",
  ".trimStart",
  ".trimEnd",
  ".flat",
  ".flatMap",
  ".at",
  ".matchAll",
  ".replaceAll",
  ".finally",
  ".findLast",
  ".findLastIndex",
];
/** Used only behind a feature test (the engine falls back where they are missing). */
const FEATURE_DETECTED = ["Intl.Segmenter"];

type AnyNode = acorn.Node & Record<string, unknown>;

function walk(node: unknown, visit: (node: AnyNode, parent: AnyNode | undefined) => void, parent?: AnyNode): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, parent);
    return;
  }
  if (!node || typeof node !== "object" || typeof (node as AnyNode).type !== "string") return;
  visit(node as AnyNode, parent);
  for (const [key, value] of Object.entries(node)) if (key !== "type" && value && typeof value === "object") walk(value, visit, node as AnyNode);
}

const code = fs.existsSync(BUNDLE) ? fs.readFileSync(BUNDLE, "utf8") : "";

function parse(): acorn.Program {
  return acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" });
}

/** Identifiers read as variables (not property names, not keys, not under typeof). */
function globalReads(program: acorn.Program): Set<string> {
  const reads = new Set<string>();
  walk(program, (node, parent) => {
    if (node.type !== "Identifier") return;
    if (parent?.type === "MemberExpression" && parent.property === node && !parent.computed) return;
    if (parent?.type === "Property" && parent.key === node && !parent.computed) return;
    if (parent?.type === "UnaryExpression" && parent.operator === "typeof") return;
    reads.add(String(node.name));
  });
  return reads;
}

function builtInsUsed(program: acorn.Program): string[] {
  const used = new Set<string>();
  walk(program, (node) => {
    if (node.type !== "MemberExpression" || node.computed) return;
    const object = node.object as AnyNode;
    const name = String((node.property as AnyNode).name);
    const owner = object.type === "Identifier" ? String(object.name) : "";
    for (const wanted of [...NEWER_BUILT_INS, ...FEATURE_DETECTED]) {
      if (wanted === `.${name}` || wanted === `${owner}.${name}`) used.add(wanted);
    }
  });
  return [...used].sort();
}

describe("dist/launchevent.js as classic Outlook on Windows loads it", () => {
  beforeAll(() => {
    if (!code) throw new Error("dist/launchevent.js is missing: run `npm run build` first (npm test does)");
  });

  it("parses as ECMAScript 2016 (no async, ?., ??, object spread, import())", () => {
    expect(() => parse()).not.toThrow();
    for (const later of ["async function f(){}", "a?.b", "a ?? b", "({...a})", "import('./x.js')", "/(?<n>a)/"]) {
      expect(() => acorn.parse(later, { ecmaVersion: 2016, sourceType: "script" })).toThrow();
    }
  });

  it("has no conditional operator: without optional chaining every ? token would be one", () => {
    const questionMarks = [...acorn.tokenizer(code, { ecmaVersion: 2016 })].filter((t) => t.type.label === "?");
    expect(questionMarks).toHaveLength(0);
  });

  it("is one file: no import, no chunk loading, no relative URL", () => {
    const program = parse();
    const relative: string[] = [];
    walk(program, (node) => {
      if (node.type === "Literal" && typeof node.value === "string" && /^(\.{1,2}\/[\w./-]*|\/[\w.-][\w./-]*|chunks\/[\w./-]*)$/.test(node.value))
        relative.push(node.value);
      if (node.type === "ImportExpression" || node.type === "ImportDeclaration") relative.push("import");
    });
    expect(relative).toEqual([]);
    expect(code).not.toMatch(/__webpack_require__\.e\b|importScripts|\.js["']\s*\)/);
  });

  it("reads no DOM global (only behind typeof or through globalThis)", () => {
    const reads = globalReads(parse());
    expect(DOM_GLOBALS.filter((g) => reads.has(g))).toEqual([]);
  });

  it("lists the built-ins newer than ES2016 it calls, each polyfilled or feature-detected", () => {
    const used = builtInsUsed(parse());
    const covered = new Set<string>([...POLYFILLED, ...FEATURE_DETECTED]);
    expect(used.filter((b) => !covered.has(b))).toEqual([]);
    // What the bundle uses today (update when the engine starts or stops calling one).
    expect(used).toEqual([".at", ".finally", ".flat", ".flatMap", ".matchAll", ".padStart", ".trimEnd", ".trimStart", "Intl.Segmenter", "Object.entries", "Object.fromEntries", "Object.values"]);
  });

  it("registers every function the manifest's LaunchEvent elements name", () => {
    const manifest = renderXmlManifest({
      base: "https://localhost:3000",
      sendMode: "SoftBlock",
    });
    const named = [...manifest.matchAll(/FunctionName="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(named.length).toBeGreaterThan(0);
    const sim = createOfficeSim({
      item: sampleMessage(),
      displayLanguage: "en-US",
    });
    const context: Record<string, unknown> = {
      setTimeout,
      clearTimeout,
      console,
      Promise,
    };
    sim.install(context);
    vm.createContext(context);
    vm.runInContext(code, context, { filename: "launchevent.js" });
    expect([...sim.actions.keys()].sort()).toEqual(named);
  });
});
