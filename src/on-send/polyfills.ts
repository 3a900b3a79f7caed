// The built-ins newer than ES2016 that the on-send bundle calls (engine and dependencies),
// installed where the runtime lacks them: classic Outlook on Windows before Version 2403 runs
// only ECMAScript 2016 in its JavaScript-only runtime (office-js-docs-pr,
// docs/testing/troubleshoot-event-based-and-spam-reporting-add-ins.md). The bundle's syntax
// is lowered by Babel at build time (scripts/onsend/es2016-plugin.js); built-ins are not
// syntax, so they are filled here, each only where missing. test/on-send/bundle-syntax.test.ts
// lists the ones the built bundle uses and fails on any not in POLYFILLED.

/** What this module fills: `Object.x` for statics, `.x` for prototype methods. */
export const POLYFILLED = [
  "Object.entries",
  "Object.values",
  "Object.fromEntries",
  ".padStart",
  ".trimStart",
  ".trimEnd",
  ".flat",
  ".flatMap",
  ".at",
  ".matchAll",
  ".finally",
] as const;

/** The constructors whose built-ins are filled (another realm's in tests). */
export interface Realm {
  Object: ObjectConstructor;
  String: StringConstructor;
  Array: ArrayConstructor;
  Promise: PromiseConstructor;
}

type Method = (this: never, ...args: never[]) => unknown;

function define(target: object, name: string, value: Method): void {
  if (typeof (target as Record<string, unknown>)[name] === "function") return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function toLength(value: unknown): number {
  const n = Math.trunc(Number(value));
  if (!(n > 0)) return 0;
  return Math.min(n, Number.MAX_SAFE_INTEGER);
}

function relativeIndex(length: number, index: unknown): number {
  const n = Math.trunc(Number(index)) || 0;
  return n < 0 ? length + n : n;
}

// White space and line terminators as String.prototype.trim knows them (ES2016 §21.1.3.25).
const isTrimmed = (ch: string): boolean => ch.trim() === "";

function installObject(realm: Realm): void {
  const O = realm.Object;
  define(O, "entries", function entries(object: object) {
    return O.keys(object).map((k) => [k, (object as Record<string, unknown>)[k]]);
  } as Method);
  define(O, "values", function values(object: object) {
    return O.keys(object).map((k) => (object as Record<string, unknown>)[k]);
  } as Method);
  define(O, "fromEntries", function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
    const out: Record<PropertyKey, unknown> = {};
    for (const [key, value] of entries) out[key] = value;
    return out;
  } as Method);
}

function installString(realm: Realm): void {
  const proto = realm.String.prototype;
  define(proto, "padStart", function padStart(this: string, maxLength: number, fill?: string) {
    const text = String(this);
    const target = toLength(maxLength);
    const filler = fill === undefined ? " " : String(fill);
    if (target <= text.length || filler === "") return text;
    let pad = "";
    while (pad.length < target - text.length) pad += filler;
    return pad.slice(0, target - text.length) + text;
  } as Method);
  define(proto, "trimStart", function trimStart(this: string) {
    const text = String(this);
    let start = 0;
    while (start < text.length && isTrimmed(text[start])) start++;
    return text.slice(start);
  } as Method);
  define(proto, "trimEnd", function trimEnd(this: string) {
    const text = String(this);
    let end = text.length;
    while (end > 0 && isTrimmed(text[end - 1])) end--;
    return text.slice(0, end);
  } as Method);
  define(proto, "at", function at(this: string, index: number) {
    const text = String(this);
    const i = relativeIndex(text.length, index);
    return i >= 0 && i < text.length ? text[i] : undefined;
  } as Method);
  define(proto, "matchAll", function matchAll(this: string, pattern: RegExp) {
    const text = String(this);
    if (!(pattern instanceof RegExp) || !pattern.global) throw new TypeError("matchAll needs a global regular expression");
    const copy = new RegExp(pattern.source, pattern.flags);
    copy.lastIndex = pattern.lastIndex;
    return (function* matches(): Generator<RegExpExecArray> {
      let match = copy.exec(text);
      while (match !== null) {
        // An empty match moves on by one character (two for a surrogate pair with the u flag).
        if (match[0] === "") copy.lastIndex += copy.unicode && (text.codePointAt(copy.lastIndex) ?? 0) > 0xffff ? 2 : 1;
        yield match;
        match = copy.exec(text);
      }
    })();
  } as Method);
}

function flatInto(out: unknown[], items: ArrayLike<unknown>, depth: number): unknown[] {
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue;
    const item = items[i];
    if (depth > 0 && Array.isArray(item)) flatInto(out, item, depth - 1);
    else out.push(item);
  }
  return out;
}

function installArray(realm: Realm): void {
  const proto = realm.Array.prototype;
  define(proto, "flat", function flat(this: unknown[], depth?: number) {
    return flatInto([], this, depth === undefined ? 1 : Math.trunc(Number(depth)) || 0);
  } as Method);
  define(proto, "flatMap", function flatMap(this: unknown[], map: (value: unknown, index: number, array: unknown[]) => unknown, thisArg?: unknown) {
    const mapped: unknown[] = [];
    for (let i = 0; i < this.length; i++) if (i in this) mapped.push(map.call(thisArg, this[i], i, this));
    return flatInto([], mapped, 1);
  } as Method);
  define(proto, "at", function at(this: unknown[], index: number) {
    const i = relativeIndex(this.length, index);
    return i >= 0 && i < this.length ? this[i] : undefined;
  } as Method);
}

function installPromise(realm: Realm): void {
  const P = realm.Promise;
  define(P.prototype, "finally", function (this: Promise<unknown>, onFinally?: () => unknown) {
    if (typeof onFinally !== "function") return this.then(onFinally, onFinally);
    return this.then(
      (value) => P.resolve(onFinally()).then(() => value),
      (reason) =>
        P.resolve(onFinally()).then(() => {
          throw reason;
        }),
    );
  } as Method);
}

/** Fills what `realm` lacks; never replaces a built-in that is there. */
export function installPolyfills(realm: Realm = { Object, String, Array, Promise }): void {
  installObject(realm);
  installString(realm);
  installArray(realm);
  installPromise(realm);
}
