import type { Locator } from "playwright-core";

// What a reader sees, measured in the browser: where the characters of a text are laid out
// (bidirectional reordering and line breaking happen only there, never in the DOM).

export interface NameLayout {
  found: boolean;
  /** The character that follows the name in the text is laid out after it (right of it, or on a later line). */
  nextAfter: boolean;
  /** How many lines the name's characters span. */
  lines: number;
  /** The last character of each line but the last, when the name breaks across lines. */
  breaksAfter: string[];
}

/**
 * Lays out `name` inside the element: is the text that follows it still after it (a right-to-
 * left override inside the name must not reorder the sentence), and where does it break.
 */
export function nameLayout(element: Locator, name: string): Promise<NameLayout> {
  return element.evaluate((root, wanted) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join("");
    const at = text.indexOf(wanted);
    const empty = { found: false, nextAfter: false, lines: 0, breaksAfter: [] };
    if (at < 0) return empty;
    const locate = (index: number): [Text, number] => {
      let offset = index;
      for (const node of nodes) {
        if (offset < node.data.length) return [node, offset];
        offset -= node.data.length;
      }
      return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
    };
    const rectOf = (index: number): DOMRect | undefined => {
      const [node, offset] = locate(index);
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, Math.min(offset + 1, node.data.length));
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      return rects[0];
    };
    const chars: Array<{ ch: string; rect: DOMRect }> = [];
    for (let i = at; i < at + wanted.length; i++) {
      const rect = rectOf(i);
      if (rect) chars.push({ ch: text[i], rect });
    }
    const tops = Array.from(new Set(chars.map((c) => Math.round(c.rect.top))));
    const breaksAfter: string[] = [];
    for (let i = 1; i < chars.length; i++) if (Math.round(chars[i].rect.top) > Math.round(chars[i - 1].rect.top)) breaksAfter.push(chars[i - 1].ch);
    let next = at + wanted.length;
    while (next < text.length && text[next].trim() === "") next++;
    const after = rectOf(next);
    const lastLine = chars.filter((c) => Math.round(c.rect.top) === Math.max(...tops));
    const right = Math.max(...lastLine.map((c) => c.rect.right));
    const nextAfter = !after || after.top > Math.max(...lastLine.map((c) => c.rect.top)) + 2 || after.left >= right - 1;
    return { found: true, nextAfter, lines: tops.length, breaksAfter };
  }, name);
}
