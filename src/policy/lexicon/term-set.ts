import type { Range } from "./match";

// Every place any of a list's terms occurs in a text, in one pass (Aho–Corasick): the word-list
// rules read each prose segment once, whatever the length of the list, where a search per term
// read it once per term. Occurrences overlap as indexOf finds them (every start, not only the
// first of overlapping ones). Linear in the text plus the occurrences.

export interface TermOccurrence {
  /** Position of the term in the list the set was built from. */
  term: number;
  at: number;
}

export interface TermSet {
  /** Occurrences inside `range` of `text`, ordered by term position, then by offset. */
  find(text: string, range: Range): TermOccurrence[];
}

/**
 * A term marked in `latinWords` is found only where no lower-case ASCII letter touches it
 * (the text is normalised to lower case): a listed "u" would otherwise be an occurrence at
 * every u of an English mail, each one built, sorted and then refused by the caller.
 */
export interface TermSetOptions {
  latinWords?: readonly boolean[];
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Terms that end here, this node's own and those of its suffixes. */
  out: number[];
}

function insert(nodes: Node[], term: string, index: number): void {
  let state = 0;
  for (let i = 0; i < term.length; i++) {
    const unit = term.charCodeAt(i);
    let next = nodes[state].next.get(unit);
    if (next === undefined) {
      next = nodes.length;
      nodes.push({ next: new Map(), fail: 0, out: [] });
      nodes[state].next.set(unit, next);
    }
    state = next;
  }
  nodes[state].out.push(index);
}

/** Failure links breadth first, each node's outputs joined with its failure node's; the states in that order. */
function link(nodes: Node[]): number[] {
  const queue: number[] = [...nodes[0].next.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (const [unit, child] of nodes[state].next) {
      let fail = nodes[state].fail;
      while (fail !== 0 && !nodes[fail].next.has(unit)) fail = nodes[fail].fail;
      const target = nodes[fail].next.get(unit);
      nodes[child].fail = target !== undefined && target !== child ? target : 0;
      nodes[child].out.push(...nodes[nodes[child].fail].out);
      queue.push(child);
    }
  }
  return queue;
}

/** Transitions out of the root and whether a unit is in any term, as arrays: most units of a Chinese text leave the root or are in no term. */
function rootTables(nodes: readonly Node[]): { fromRoot: Int32Array; inTerms: Uint8Array } {
  const fromRoot = new Int32Array(0x10000);
  const inTerms = new Uint8Array(0x10000);
  for (const [unit, child] of nodes[0].next) fromRoot[unit] = child;
  for (const node of nodes) for (const unit of node.next.keys()) inTerms[unit] = 1;
  return { fromRoot, inTerms };
}

const ASCII = 128;

/**
 * The automaton's move on every ASCII unit from every state, failure links followed in
 * advance: English text is all ASCII, and a table read per unit costs less than the two map
 * reads and the failure walk it replaces. Breadth-first order fills a state's failure state
 * before the state itself. Sixteen bits while the states fit (a few thousand per list).
 */
function asciiMoves(nodes: readonly Node[], order: readonly number[]): Uint16Array | Int32Array {
  const moves = nodes.length <= 0xffff ? new Uint16Array(nodes.length * ASCII) : new Int32Array(nodes.length * ASCII);
  for (const [unit, child] of nodes[0].next) if (unit < ASCII) moves[unit] = child;
  for (const state of order) {
    const base = state * ASCII;
    const failBase = nodes[state].fail * ASCII;
    for (let unit = 0; unit < ASCII; unit++) moves[base + unit] = nodes[state].next.get(unit) ?? moves[failBase + unit];
  }
  return moves;
}

/** The move on a unit outside ASCII: the goto and failure functions as built. */
function moveBeyondAscii(nodes: readonly Node[], fromRoot: Int32Array, from: number, unit: number): number {
  for (let state = from; state !== 0; state = nodes[state].fail) {
    const next = nodes[state].next.get(unit);
    if (next !== undefined) return next;
  }
  return fromRoot[unit];
}

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

export function termSet(terms: readonly string[], options: TermSetOptions = {}): TermSet {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  terms.forEach((term, index) => {
    if (term !== "") insert(nodes, term, index);
  });
  const order = link(nodes);
  const { fromRoot, inTerms } = rootTables(nodes);
  const moves = asciiMoves(nodes, order);
  const outputs = nodes.map((node) => node.out);
  const ends = Uint8Array.from(nodes, (node) => (node.out.length > 0 ? 1 : 0));
  const lengths = terms.map((t) => t.length);
  const latinWords = terms.map((_, index) => options.latinWords?.[index] === true);
  return {
    find(text, range) {
      const found: TermOccurrence[] = [];
      let state = 0;
      const end = Math.min(range.end, text.length);
      for (let i = Math.max(0, range.start); i < end; i++) {
        const unit = text.charCodeAt(i);
        if (unit < ASCII) state = moves[state * ASCII + unit];
        else if (inTerms[unit] === 0) state = 0;
        else state = moveBeyondAscii(nodes, fromRoot, state, unit);
        if (ends[state] === 0) continue;
        const out = outputs[state];
        for (let k = 0; k < out.length; k++) {
          const term = out[k];
          const at = i + 1 - lengths[term];
          if (latinWords[term] && (isLowerAscii(text.charCodeAt(at - 1)) || isLowerAscii(text.charCodeAt(i + 1)))) continue;
          found.push({ term, at });
        }
      }
      return found.sort((a, b) => a.term - b.term || a.at - b.at);
    },
  };
}
