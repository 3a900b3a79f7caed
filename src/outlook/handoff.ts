import { STORAGE_KEYS } from "../policy/names";
import type { DraftKind, Finding, Lang } from "../policy/types";

// What the on-send check hands to the pane the Smart Alerts button opens: the findings, so the
// pane opens on them instead of checking again. Carried as `contextData` (Mailbox 1.14) or in
// `item.sessionData` under HANDOFF_KEY (Mailbox 1.11). Always a JSON string: older classic
// Outlook on Windows accepts only strings as contextData.

export const HANDOFF_KEY = STORAGE_KEYS.sendHandoff;

/** Room left in sessionData (50,000 characters per add-in) for the panes' own data. */
export const HANDOFF_MAX_CHARS = 20000;

export interface SendHandoff {
  v: 1;
  source: "onSend";
  kind: DraftKind;
  lang: Lang;
  /** ISO moment of the check. */
  at: string;
  findings: Finding[];
  /** Findings left out to keep the data small (the pane checks again to see them). */
  omitted: number;
  /** The on-send check's id (the stamp's `id`): the pane's compliance events carry it. */
  checkId?: string;
}

export function encodeHandoff(kind: DraftKind, lang: Lang, at: Date, findings: readonly Finding[], checkId?: string): string {
  const all = [...findings];
  const id = checkId === undefined ? {} : { checkId };
  for (let keep = all.length; keep >= 0; keep = keep > 10 ? Math.floor(keep / 2) : keep - 1) {
    const handoff: SendHandoff = { v: 1, source: "onSend", kind, lang, at: at.toISOString(), findings: all.slice(0, keep), omitted: all.length - keep, ...id };
    const text = JSON.stringify(handoff);
    if (text.length <= HANDOFF_MAX_CHARS) return text;
  }
  return JSON.stringify({ v: 1, source: "onSend", kind, lang, at: at.toISOString(), findings: [], omitted: all.length, ...id } satisfies SendHandoff);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a handoff from contextData or sessionData; anything else gives undefined. */
export function decodeHandoff(value: unknown): SendHandoff | undefined {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!isRecord(data) || data.v !== 1 || data.source !== "onSend" || !Array.isArray(data.findings)) return undefined;
  if (data.kind !== "mail" && data.kind !== "meeting") return undefined;
  return data as unknown as SendHandoff;
}
