import * as acorn from "acorn";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { RegExpValidator } from "@eslint-community/regexpp";
import { createOfficeSim, sampleAppointment, sampleMessage } from "../../src/office-sim/office-sim";
import { HANDLER_NAMES } from "../../src/on-send/names";
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

// Regular expression syntax as ECMAScript 2016 defines it (no lookbehind, named groups, \p{…},
// s flag), read by the parser eslint-plugin-regexp uses.
const ES2016_PATTERNS = new RegExpValidator({ ecmaVersion: 2016 });

/** Why a pattern is not ES2016, or undefined when it is. */
function notEs2016(source: string, flags: string): string | undefined {
  if (/[^gimuy]/.test(flags)) return `/${source.slice(0, 60)}/${flags}: flags`;
  try {
    ES2016_PATTERNS.validatePattern(source, 0, source.length, flags.includes("u"));
    return undefined;
  } catch (error) {
    return `/${source.slice(0, 60)}/${flags}: ${(error as Error).message.slice(0, 80)}`;
  }
}

function stringLiteral(node: unknown): string | undefined {
  const n = node as AnyNode | undefined;
  return n?.type === "Literal" && typeof n.value === "string" ? n.value : undefined;
}

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

  it("writes every regular expression in ES2016 syntax (literals and patterns built from literal text)", () => {
    const problems: string[] = [];
    let patterns = 0;
    walk(parse(), (node) => {
      const regex = node.regex as { pattern: string; flags: string } | undefined;
      if (node.type === "Literal" && regex) {
        patterns++;
        const problem = notEs2016(regex.pattern, regex.flags);
        if (problem) problems.push(problem);
      }
      const args = node.arguments as unknown[] | undefined;
      if ((node.type === "NewExpression" || node.type === "CallExpression") && args && args.length >= 1 && (node.callee as AnyNode).type === "Identifier") {
        const source = stringLiteral(args[0]);
        const flags = args.length > 1 ? stringLiteral(args[1]) : "";
        if (source === undefined || flags === undefined || !/^[gimsuy]*$/.test(flags) || (node.callee as AnyNode).name !== "RegExp") return;
        patterns++;
        const problem = notEs2016(source, flags);
        if (problem) problems.push(problem);
      }
    });
    expect(patterns).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it("builds every pattern in ES2016 syntax while it loads and checks a mail and a meeting", async () => {
    const problems: string[] = [];
    let built = 0;
    const check = (args: unknown[]) => {
      built++;
      const [pattern, flags] = args as [string | RegExp, string | undefined];
      const source = typeof pattern === "string" ? pattern : pattern.source;
      const problem = notEs2016(source, flags ?? (typeof pattern === "string" ? "" : pattern.flags));
      if (problem) problems.push(problem);
    };
    for (const [item, handler] of [
      [sampleMessage({ body: { type: "html", content: "<div>王经理，您好！</div><div>附件是本月的报告，请在周五前审批。另外，这个方案太垃圾了，属于公司机密。</div><div>Best regards,<br>Tom</div>" } }), HANDLER_NAMES.mail],
      [sampleAppointment(), HANDLER_NAMES.meeting],
    ] as const) {
      const sim = createOfficeSim({ item, displayLanguage: "zh-CN" });
      const context: Record<string, unknown> = { setTimeout, clearTimeout, console, Promise };
      sim.install(context);
      vm.createContext(context);
      // The context's own RegExp, watched: what the bundle builds at load and during the check.
      const intrinsic = vm.runInContext("RegExp", context) as RegExpConstructor;
      context.RegExp = new Proxy(intrinsic, {
        construct: (target, args) => (check(args), Reflect.construct(target, args)),
        apply: (target, self, args) => (check(args), Reflect.apply(target, self, args)),
      });
      vm.runInContext(code, context, { filename: "launchevent.js" });
      const completion = await sim.runLaunchEvent(handler);
      expect(completion.options).toBeDefined();
    }
    expect(built).toBeGreaterThan(20);
    expect(problems).toEqual([]);
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
