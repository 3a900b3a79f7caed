import { Fragment, type ReactNode } from "react";
import { FSI, PDI } from "../policy/bidi";
import { useShellStyles } from "./shell-styles";

// Text from the draft or the directory, shown as text (React escapes it) and isolated (<bdi>):
// a right-to-left override in a file or display name cannot reorder what follows it. In a
// sentence from the engine, the draft's words arrive wrapped in U+2068 … U+2069 and are shown
// as <bdi> the same way. E-mail addresses break after a hyphen, a dot or "@" (<wbr>).

const NOT_IN_ADDRESS = /[\s@<>()"'“”‘’「」《》,，;；\u2068\u2069]/;

/** [start, end) of each address in `text`: one pass, each character looked at a bounded number of times. */
export function addressRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", Math.max(at + 1, from))) {
    let start = at;
    while (start > from && !NOT_IN_ADDRESS.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && !NOT_IN_ADDRESS.test(text[end])) end++;
    while (end > at + 1 && /[.,;:!?。]/.test(text[end - 1])) end--;
    if (start < at && text.slice(at + 1, end).includes(".")) {
      ranges.push([start, end]);
      from = end;
    }
  }
  return ranges;
}

/** `text` with a break opportunity after each hyphen, dot, underscore and "@" of its addresses. */
function withAddressBreaks(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const [at, end] of addressRanges(text)) {
    if (at > last) out.push(text.slice(last, at));
    const pieces = text.slice(at, end).split(/(?<=[-._@])/);
    out.push(
      <span key={at} data-address="">
        {pieces.map((piece, i) => (
          <Fragment key={i}>
            {piece}
            {i < pieces.length - 1 && <wbr />}
          </Fragment>
        ))}
      </span>,
    );
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** One piece of user text: a name, a file name, an excerpt. */
export function UserText({ text }: { text: string }) {
  const styles = useShellStyles();
  return <bdi className={styles.userText}>{withAddressBreaks(text)}</bdi>;
}

/** The PDI that closes the FSI at `open` (isolates may nest), or -1. */
function closingPdi(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === FSI) depth++;
    else if (text[i] === PDI && --depth === 0) return i;
  }
  return -1;
}

/** A sentence from the engine or the pane: its isolated parts become <bdi>, its addresses break at their hyphens. */
export function MessageText({ text }: { text: string }) {
  const styles = useShellStyles();
  const parts: ReactNode[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf(FSI, at);
    if (open < 0) break;
    const close = closingPdi(text, open);
    if (close < 0) break;
    if (open > at) parts.push(<Fragment key={`t${at}`}>{withAddressBreaks(text.slice(at, open))}</Fragment>);
    parts.push(
      <bdi key={`u${open}`} className={styles.userText}>
        <MessageText text={text.slice(open + 1, close)} />
      </bdi>,
    );
    at = close + 1;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{withAddressBreaks(text.slice(at))}</Fragment>);
  return <>{parts}</>;
}
