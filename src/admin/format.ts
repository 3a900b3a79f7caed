import type { ActionCounts } from "../compliance/summary";

// Figures as the dashboard prints them, in the page's language.

export function percent(share: number | null, lang: string): string {
  return share === null ? "–" : new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

export function count(n: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(n);
}

export function putBefore(counts: ActionCounts): number {
  return counts.shown + counts.blocked;
}

/** A pseudonymous key, short enough for a table; the full key is in the CSV export. */
export function shortKey(userKey: string): string {
  return `${userKey.slice(0, 10)}…`;
}
