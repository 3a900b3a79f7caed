import type { Parser } from "htmlparser2";

// htmlparser2's Parser keeps its open elements (and its foreign-content flags) top first in an
// array, with unshift, shift and indexOf: each costs the nesting depth, so 50,000 nested <div>
// took over a second and grew with the square of the depth. This stack answers the same calls,
// top first, in constant time; the parser reads it as it read its array (index 0 is the top).
// htmlparser2 9.1 (lib/Parser.js): stack.unshift / shift / indexOf / [i] / length, and
// foreignContext.unshift / shift / [0] / length = 0.

class TopFirstStack<T> {
  /** Bottom first: the top is the last entry. */
  readonly items: T[] = [];
  /** Where each value sits in `items`, lowest first (for indexOf from the top). */
  private readonly places = new Map<T, number[]>();

  unshift(value: T): number {
    const list = this.places.get(value);
    if (list) list.push(this.items.length);
    else this.places.set(value, [this.items.length]);
    this.items.push(value);
    return this.items.length;
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const value = this.items.pop() as T;
    this.places.get(value)?.pop();
    return value;
  }

  /** Distance from the top of the topmost `value`, or -1. */
  indexOf(value: T): number {
    const list = this.places.get(value);
    if (!list || list.length === 0) return -1;
    return this.items.length - 1 - list[list.length - 1];
  }

  at(index: number): T | undefined {
    return this.items[this.items.length - 1 - index];
  }

  clear(): void {
    this.items.length = 0;
    this.places.clear();
  }
}

/** A view of the stack that reads `stack[0]` as its top and `stack.length` as its size. */
function asTopFirstArray<T>(stack: TopFirstStack<T>): unknown {
  return new Proxy(stack, {
    get(target, key) {
      if (typeof key === "string" && /^\d+$/.test(key)) return target.at(Number(key));
      if (key === "length") return target.items.length;
      const member = Reflect.get(target, key) as unknown;
      return typeof member === "function" ? member.bind(target) : member;
    },
    set(target, key, value) {
      if (key === "length" && value === 0) {
        target.clear();
        return true;
      }
      return false;
    },
  });
}

interface ParserStacks {
  stack?: unknown;
  foreignContext?: unknown;
}

/**
 * Gives a fresh parser constant-time stacks. A parser whose internals are not the arrays this
 * expects (another htmlparser2 version) is left as it is: correct, only slower on deep nesting.
 */
export function withConstantTimeStacks(parser: Parser): Parser {
  const internals = parser as unknown as ParserStacks;
  const { stack, foreignContext } = internals;
  if (!Array.isArray(stack) || stack.length !== 0 || !Array.isArray(foreignContext) || foreignContext.length !== 1) return parser;
  const context = new TopFirstStack<boolean>();
  context.unshift(foreignContext[0] as boolean);
  internals.stack = asTopFirstArray(new TopFirstStack<string>());
  internals.foreignContext = asTopFirstArray(context);
  return parser;
}
