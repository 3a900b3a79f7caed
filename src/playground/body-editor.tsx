import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { OfficeSim } from "../office-sim/office-sim";

// The simulated compose body: a contenteditable whose HTML is the item's body. Typing writes
// the HTML back (Outlook has no body-changed event, so none is fired); a fix that changes the
// body through Office.js is shown at once; the caret position is kept as an offset into the
// HTML so that body.setSelectedDataAsync inserts exactly where the user left the cursor.

const useStyles = makeStyles({
  editor: {
    minHeight: "260px",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

const MARKER = "\uE000";

function pathTo(root: Node, node: Node): number[] | null {
  const path: number[] = [];
  let current: Node | null = node;
  while (current && current !== root) {
    const parent: Node | null = current.parentNode;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.childNodes, current) as number);
    current = parent;
  }
  return current === root ? path : null;
}

/** The caret as an offset into the editor's HTML (a marker placed in a clone, then found). */
export function caretOffset(editor: HTMLElement): number | undefined {
  const caret = document.getSelection();
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a DOM Selection, not an Office.js proxy object
  const range = caret && caret.rangeCount > 0 ? caret.getRangeAt(0) : undefined;
  if (!range) return undefined;
  const path = pathTo(editor, range.endContainer);
  if (!path) return undefined;
  const clone = editor.cloneNode(true) as HTMLElement;
  let node: Node = clone;
  for (const index of path) node = node.childNodes[index];
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    text.data = text.data.slice(0, range.endOffset) + MARKER + text.data.slice(range.endOffset);
  } else {
    node.insertBefore(document.createTextNode(MARKER), node.childNodes[range.endOffset] ?? null);
  }
  const at = clone.innerHTML.indexOf(MARKER);
  return at < 0 ? undefined : at;
}

export function BodyEditor({ sim, content, label, testId = "body-editor" }: { sim: OfficeSim; content: string; label: string; testId?: string }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const editor = ref.current;
    if (!editor || editor.innerHTML === content) return;
    editor.innerHTML = content;
    // The editor is the mail client: what it holds is the body (as Outlook's editor, it may
    // spell the same HTML its own way).
    if (editor.innerHTML !== content) sim.state.body.content = editor.innerHTML;
  }, [content, sim]);

  useEffect(() => {
    const onSelection = (): void => {
      const editor = ref.current;
      if (!editor || !editor.contains(document.getSelection()?.anchorNode ?? null)) return;
      const at = caretOffset(editor);
      if (at !== undefined) sim.state.body.cursor = at;
    };
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, [sim]);

  return (
    <div
      ref={ref}
      className={styles.editor}
      contentEditable
      suppressContentEditableWarning
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      data-testid={testId}
      tabIndex={0}
      onInput={(e) => {
        const html = (e.currentTarget as HTMLDivElement).innerHTML;
        sim.edit((s) => {
          s.body.content = html;
        });
      }}
    />
  );
}
