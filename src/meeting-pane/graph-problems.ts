import type { GraphFailure } from "../graph/failure";
import type { MeetingT } from "../i18n/meeting-pane";

// Why Microsoft Graph could not answer, in words an organizer can act on: a 403 is missing
// admin consent (not a bug to report), 429/503 is a busy service that was already retried, an
// unreadable answer is a proxy or service fault. The pane lists the people each reason left
// unknown, instead of one bare "could not look up" for every fault.

export type LookupProblem = "consent" | "busy" | "unreadable" | "unreachable" | "other";

const TEXT = { consent: "lookupConsent", busy: "lookupBusy", unreadable: "lookupUnreadable", unreachable: "lookupUnreachable", other: "lookupOther" } as const;

const DENIED_CODES = /^(Authorization_RequestDenied|ErrorAccessDenied|AccessDenied|Forbidden|http403)$/i;
const UNREADABLE = /malformed|json|unexpected (?:token|end)|invalid (?:character|response)/i;
const CONSENT_REFUSED = /consent|AADSTS65001|AADSTS65004|access_denied|declined/i;

export function lookupProblemOf(failure: GraphFailure): LookupProblem {
  if (failure.status === 403 || DENIED_CODES.test(failure.code)) return "consent";
  if ([429, 503, 504].includes(failure.status)) return "busy";
  if (failure.code === "malformedResponse" || UNREADABLE.test(failure.message)) return "unreadable";
  if (failure.status === 0 && failure.code === "networkError") return "unreachable";
  return "other";
}

/** A sign-in that ended because consent was refused (the user's, or none granted by the tenant). */
export function isConsentRefused(error: unknown): boolean {
  const e = error as { message?: unknown; code?: unknown; errorCode?: unknown } | null;
  return !!e && CONSENT_REFUSED.test(`${String(e.message ?? "")} ${String(e.code ?? "")} ${String(e.errorCode ?? "")}`);
}

/** One sentence per reason, naming the people it left unknown (by name when the draft has one). */
export function describeLookupFailures(failed: ReadonlyMap<string, GraphFailure>, nameOf: (address: string) => string, t: MeetingT, join: (names: string[]) => string): string[] {
  const groups = new Map<string, { problem: LookupProblem; reason: string; names: string[] }>();
  for (const [address, failure] of failed) {
    const problem = lookupProblemOf(failure);
    const reason = problem === "other" ? (failure.status > 0 ? `HTTP ${failure.status}` : failure.code) : "";
    const key = `${problem}|${reason}`;
    const group = groups.get(key) ?? { problem, reason, names: [] };
    group.names.push(nameOf(address));
    groups.set(key, group);
  }
  return Array.from(groups.values(), (g) => t(TEXT[g.problem], { names: join(g.names), reason: g.reason }));
}
