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

/** Failure links breadth first, each node's outputs joined with its failure node's. */
function link(nodes: Node[]): void {
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
}

/** Transitions out of the root and whether a unit is in any term, as arrays: most units of a text leave the root or are in no term. */
function rootTables(nodes: readonly Node[]): { fromRoot: Int32Array; inTerms: Uint8Array } {
  const fromRoot = new Int32Array(0x10000);
  const inTerms = new Uint8Array(0x10000);
  for (const [unit, child] of nodes[0].next) fromRoot[unit] = child;
  for (const node of nodes) for (const unit of node.next.keys()) inTerms[unit] = 1;
  return { fromRoot, inTerms };
}

export function termSet(terms: readonly string[]): TermSet {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  terms.forEach((term, index) => {
    if (term !== "") insert(nodes, term, index);
  });
  link(nodes);
  const { fromRoot, inTerms } = rootTables(nodes);
  const lengths = terms.map((t) => t.length);
  return {
    find(text, range) {
      const found: TermOccurrence[] = [];
      let state = 0;
      const end = Math.min(range.end, text.length);
      for (let i = Math.max(0, range.start); i < end; i++) {
        const unit = text.charCodeAt(i);
        if (inTerms[unit] === 0) {
          state = 0;
          continue;
        }
        while (state !== 0 && !nodes[state].next.has(unit)) state = nodes[state].fail;
        state = state === 0 ? fromRoot[unit] : (nodes[state].next.get(unit) ?? 0);
        for (const term of nodes[state].out) found.push({ term, at: i + 1 - lengths[term] });
      }
      return found.sort((a, b) => a.term - b.term || a.at - b.at);
    },
  };
}
