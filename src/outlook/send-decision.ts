import { ONSEND_TEXT } from "../i18n/onsend";
import type { Policy } from "../policy/config";
import { interpolate } from "../policy/interpolate";
import type { DraftKind, Finding, Lang } from "../policy/types";
import { encodeHandoff, HANDOFF_KEY } from "./handoff";
import type { SendFeatures } from "./requirements";

// What to tell Outlook when the user presses Send: a pure function of the findings, the
// policy, the user's language and what the client supports. The handler only carries it out.

/** The documented limit of `errorMessage` and `errorMessageMarkdown` (Mailbox 1.12 / 1.15). */
export const MESSAGE_LIMIT = 500;
/** How many findings the dialog names before "and N more". */
export const LISTED_FINDINGS = 3;

/** The subset of `Office.SmartAlertsEventCompletedOptions` the product sets. */
export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: "promptUser";
}

export interface SendDecision {
  verdict: "allow" | "prompt" | "block";
  options: CompletedOptions;
  /** Written to `item.sessionData` before completing, when contextData is not supported. */
  sessionData?: { key: string; value: string };
}

/** The manifest's Smart Alerts SendMode (the SEND_MODE build setting, scripts/settings.js). */
export type ManifestSendMode = "SoftBlock" | "Block" | "PromptUser";

export interface SendDecisionInput {
  kind: DraftKind;
  findings: readonly Finding[];
  policy: Pick<Policy, "warningsOnSend" | "sendBehavior">;
  lang: Lang;
  features: SendFeatures;
  /** The id of the pane's button in the manifest (Smart Alerts' Take Action / Fix button). */
  commandId: string;
  now: Date;
  /** What the manifest says when no override is given; SoftBlock when not known. */
  manifestSendMode?: ManifestSendMode;
  /** The check's id (the stamp's `id`), handed to the pane for its compliance events. */
  checkId?: string;
}

function text(id: keyof typeof ONSEND_TEXT, lang: Lang, data: Record<string, string | number> = {}): string {
  return interpolate(ONSEND_TEXT[id][lang], data);
}

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

interface MessageParts {
  heading: string;
  items: string[];
  more?: string;
  hint?: string;
}

function layoutPlain(p: MessageParts, itemMax: number): string {
  return [p.heading, ...p.items.map((i) => `• ${clip(i, itemMax)}`), p.more, p.hint].filter(Boolean).join("\n");
}

// Characters Markdown would read as formatting inside a finding's message.
function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]()#+!|<>~-])/g, "\\$1");
}

function layoutMarkdown(p: MessageParts, itemMax: number): string {
  const items = p.items.map((i) => `- ${escapeMarkdown(clip(i, itemMax))}`);
  return [`**${escapeMarkdown(p.heading)}**`, ...items, p.more && escapeMarkdown(p.more), p.hint && `*${escapeMarkdown(p.hint)}*`].filter(Boolean).join("\n");
}

/** Lays a message out within the limit: shorter items first, then without the hint. */
function fit(parts: MessageParts, layout: (p: MessageParts, itemMax: number) => string): string {
  for (const candidate of [parts, { ...parts, hint: undefined }]) {
    for (const itemMax of [160, 120, 80, 50]) {
      const message = layout(candidate, itemMax);
      if (message.length <= MESSAGE_LIMIT) return message;
    }
  }
  return clip(layout({ ...parts, hint: undefined }, 40), MESSAGE_LIMIT);
}

function messageParts(input: SendDecisionInput, listed: readonly Finding[], blocking: boolean, hint: string): MessageParts {
  const { kind, lang } = input;
  const heading = blocking ? text(kind === "mail" ? "mailErrors" : "meetingErrors", lang) : text(kind === "mail" ? "mailWarnings" : "meetingWarnings", lang);
  const shown = listed.slice(0, LISTED_FINDINGS);
  const rest = listed.length - shown.length;
  return { heading, items: shown.map((f) => f.message), more: rest > 0 ? text("more", lang, { n: rest }) : undefined, hint };
}

/** The Fix button and the findings for the pane, as far as the client supports them. */
function paneHandoff(input: SendDecisionInput, findings: readonly Finding[]): Pick<SendDecision, "sessionData"> & { options: Partial<CompletedOptions> } {
  const { features, kind, lang, now } = input;
  const payload = encodeHandoff(kind, lang, now, findings, input.checkId);
  const options: Partial<CompletedOptions> = {};
  if (features.commandButton) {
    options.commandId = input.commandId;
    options.cancelLabel = text("fixLabel", lang);
  }
  // contextData is ignored without commandId, so it needs both (Mailbox 1.14).
  if (features.contextData && features.commandButton) {
    options.contextData = payload;
    return { options };
  }
  return features.sessionData ? { options, sessionData: { key: HANDOFF_KEY, value: payload } } : { options };
}

type Hold = "none" | "manifest" | "promptUser";

/**
 * How the item is held for the findings' highest severity. `sendModeOverride` can only lower
 * the manifest's mode to PromptUser, and only from Mailbox 1.14 (Smart Alerts docs,
 * office-js-docs-pr docs/outlook/onmessagesend-onappointmentsend-events.md, "Override the send
 * mode option at runtime"): block and softBlock both leave the manifest's mode in force. A
 * client without the override holds errors as the manifest says and lets warnings go, since
 * they would otherwise have no way past.
 */
function holdFor(blocking: boolean, input: SendDecisionInput): Hold {
  const behavior = blocking ? input.policy.sendBehavior.errors : input.policy.sendBehavior.warnings;
  if (behavior !== "promptUser") return "manifest";
  if (input.features.promptUser) return "promptUser";
  return blocking ? "manifest" : "none";
}

export function decideSend(input: SendDecisionInput): SendDecision {
  const { features, lang, policy } = input;
  const errors = input.findings.filter((f) => f.severity === "error");
  const warnings = input.findings.filter((f) => f.severity === "warning");
  const blocking = errors.length > 0;
  if (!blocking && (warnings.length === 0 || policy.warningsOnSend === "allow")) return { verdict: "allow", options: { allowEvent: true } };
  const hold = holdFor(blocking, input);
  if (hold === "none") return { verdict: "allow", options: { allowEvent: true } };
  // The user can go on when the override says so, or when the manifest itself is PromptUser.
  const canGoOn = hold === "promptUser" || input.manifestSendMode === "PromptUser";

  const listed = [...errors, ...warnings];
  const handoff = paneHandoff(input, listed);
  const fixHint = handoff.options.commandId ? text("fixHint", lang, { fix: text("fixLabel", lang) }) : text("paneHint", lang);
  const hint = canGoOn ? text("warningHint", lang) : fixHint;
  const parts = messageParts(input, listed, blocking, hint);
  const options: CompletedOptions = { allowEvent: false, errorMessage: fit(parts, layoutPlain), ...handoff.options };
  if (features.markdown) options.errorMessageMarkdown = fit(parts, layoutMarkdown);
  if (hold === "promptUser") options.sendModeOverride = "promptUser";
  const decision: SendDecision = { verdict: canGoOn ? "prompt" : "block", options };
  if (handoff.sessionData) decision.sessionData = handoff.sessionData;
  return decision;
}

/** What happens when the check itself cannot run: the tenant's `failureMode`. */
export function decideOnFailure(failureMode: Policy["failureMode"], lang: Lang): SendDecision {
  if (failureMode === "allow") return { verdict: "allow", options: { allowEvent: true } };
  return { verdict: "block", options: { allowEvent: false, errorMessage: clip(text("failureBlocked", lang), MESSAGE_LIMIT) } };
}
