import { resolveLang } from "../i18n/lang";
import { DEFAULT_POLICY, type Policy } from "../policy/config";
import type { CheckOptions } from "../policy/engine";
import type { CheckResult, Draft, DraftKind, Finding, Lang } from "../policy/types";
import type { LoadedPolicy } from "../outlook/policy-source";
import { isUnreadable, readAppointmentDraft, readMessageDraft, type DraftRead } from "../outlook/read-draft";
import type { SendFeatures } from "../outlook/requirements";
import { decideOnFailure, decideSend, type CompletedOptions, type ManifestSendMode, type SendDecision } from "../outlook/send-decision";
import { PANE_COMMAND_IDS } from "./names";
import { overrideCovers, OVERRIDE_KEY } from "../outlook/send-override";
import { heldRules, isRecordingActive, type SendFact } from "../compliance/send-facts";
import { boundedWait, newCheckId, removeSessionEntry, stampDecisionOf, stampValue, writeHandoff, writeStamp } from "./send-record";

// The on-send handler: read → check → decide → record → complete. Recording a held send for
// compliance (§5) is one local storage write beside the item's (keepHeldSend): no network. Whatever happens (a read that
// never answers, a broken policy, an engine exception, a write that hangs) `event.completed` is
// called exactly once, within the policy's time budget. The decision is made before anything
// is written, and the budget's timer completes with that decision once it exists: a hanging
// write can never turn a block into an allow. What a failure to decide means is the tenant's
// `failureMode` (the built-in default's while no policy has loaded yet).

export interface LaunchEventLike {
  completed: (options?: CompletedOptions) => void;
}

export interface OnSendDeps {
  now: () => Date;
  loadPolicy: () => Promise<LoadedPolicy>;
  check: (draft: Draft, policy: Policy, options: CheckOptions) => CheckResult;
  features: () => SendFeatures;
  displayLanguage: () => string | undefined;
  /** The manifest's SendMode (the SEND_MODE build setting); SoftBlock when not given. */
  manifestSendMode?: ManifestSendMode;
  /** False where the engine's patterns cannot run (src/on-send/runtime-support.ts): failureMode then. */
  engineCanRun?: () => boolean;
  /** The check's id (the stamp's `id`); random when not given. */
  checkId?: () => string;
  /**
   * Keeps a held send's facts on the device for a pane to record (compliance/send-facts.ts);
   * none: nothing is kept. Only ever after the decision, and never waited on for long.
   */
  keepHeldSend?: (fact: SendFact) => Promise<void>;
  /** Called with what was decided and why (tests, diagnostics); never affects the outcome. */
  onOutcome?: (outcome: SendOutcome) => void;
}

export interface SendOutcome {
  reason: "checked" | "unreadable" | "timeout" | "error" | "unsupported";
  decision: SendDecision;
  policySource?: LoadedPolicy["source"];
  failedReads?: string[];
  /** The `x-comm-policy` value written to the item, when one was. */
  stamp?: string;
}

function readItem(kind: DraftKind, now: Date): Promise<DraftRead<Draft>> {
  const item = Office.context.mailbox.item;
  if (!item) return Promise.reject(new Error("no item"));
  return kind === "mail" ? readMessageDraft(item as Office.MessageCompose, now) : readAppointmentDraft(item as Office.AppointmentCompose, now);
}

const OVERRIDDEN: SendDecision = { verdict: "allow", options: { allowEvent: true } };

/** Time kept, after the record's writes, for completing the event. */
const COMPLETE_MARGIN_MS = 50;

/**
 * The longest completing waits for a held send's facts to reach the device storage, beyond the
 * item's own writes (which it runs beside): a store that hangs costs a send at most this, and
 * never more than the budget has left.
 */
export const KEEP_FACT_WAIT_MS = 100;

/** Time kept back from the budget for deciding, the pane's handoff and completing the event. */
function reserveMs(budgetMs: number): number {
  return Math.min(500, Math.round(budgetMs / 4));
}

/** The moment (ms) by which the engine must have stopped, so that the budget holds. */
export function checkDeadline(started: Date, budgetMs: number): number {
  return started.getTime() + budgetMs - reserveMs(budgetMs);
}

function safeLang(deps: OnSendDeps): Lang {
  try {
    return resolveLang(deps.displayLanguage());
  } catch {
    return "en";
  }
}

/** The item's writes after the decision: the stamp on a message, the handoff where needed. */
function recordWrites(kind: DraftKind, decision: SendDecision, stamp: string, overridden: boolean): Promise<unknown> {
  const writes: Promise<void>[] = [];
  if (kind === "mail") writes.push(writeStamp(stamp));
  // A decision to send anyway is used once.
  if (overridden) writes.push(removeSessionEntry(OVERRIDE_KEY));
  if (decision.sessionData) writes.push(writeHandoff(decision.sessionData));
  return Promise.all(writes);
}

/** A held send's facts, for the panes' `blocked` events; undefined when nothing is to be kept. */
function heldSendFact(kind: DraftKind, decision: SendDecision, policy: Policy, checkId: string, started: Date, findings: readonly Finding[]): SendFact | undefined {
  if (decision.verdict !== "block" || !isRecordingActive(policy.compliance)) return undefined;
  const rules = heldRules(findings);
  if (rules.length === 0) return undefined;
  return { checkId, time: started.toISOString(), itemKind: kind === "mail" ? "message" : "appointment", policyVersion: policy.version, rules };
}

/** Keeps the fact; resolves within `ms` whatever the store does, and never rejects. */
function keepFact(deps: OnSendDeps, fact: SendFact | undefined, ms: number): Promise<unknown> {
  if (!fact || !deps.keepHeldSend) return Promise.resolve();
  try {
    return boundedWait(deps.keepHeldSend(fact), ms);
  } catch {
    return Promise.resolve();
  }
}

export function createSendHandler(kind: DraftKind, deps: OnSendDeps): (event: LaunchEventLike) => Promise<void> {
  return async (event) => {
    const started = deps.now();
    const lang = safeLang(deps);
    const checkId = (deps.checkId ?? newCheckId)();
    let policy: Policy = DEFAULT_POLICY;
    let policySource: LoadedPolicy["source"] | undefined;
    let decided: SendDecision | undefined;
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const finish = (reason: SendOutcome["reason"], decision: SendDecision, extra: Pick<SendOutcome, "failedReads" | "stamp"> = {}): void => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        event.completed(decision.options);
      } catch {
        // Nothing more can be done for this send; the client shows its own message.
      }
      try {
        deps.onOutcome?.({ reason, decision, policySource, ...extra });
      } catch {
        // Diagnostics never change the outcome.
      }
    };
    /** Ends once the record is written or the budget's reserve is used up, whichever is first. */
    const record = async (reason: SendOutcome["reason"], decision: SendDecision, findings: readonly Finding[], failedReads?: string[], stamped?: "override"): Promise<void> => {
      decided = decision;
      const stamp = stampValue({ id: checkId, policyVersion: policy.version, decision: stamped ?? stampDecisionOf(decision, reason !== "checked"), findings });
      const left = started.getTime() + policy.timeBudgetMs - deps.now().getTime() - COMPLETE_MARGIN_MS;
      // Only a check that held the mail keeps facts: a failure to decide has no rule to record.
      const fact = reason === "checked" ? heldSendFact(kind, decision, policy, checkId, started, findings) : undefined;
      const kept = keepFact(deps, fact, Math.min(left, KEEP_FACT_WAIT_MS));
      await boundedWait(Promise.all([recordWrites(kind, decision, stamp, stamped === "override"), kept]), left);
      finish(reason, decision, { failedReads, stamp });
    };
    const failure = () => decideOnFailure(policy.failureMode, lang);
    // Once decided, the budget's end completes with the decision: only an undecided send fails.
    const onBudgetEnd = () => finish("timeout", decided ?? failure());
    const armBudget = (budgetMs: number) => {
      if (done) return;
      if (timer !== undefined) clearTimeout(timer);
      const left = Math.max(0, started.getTime() + budgetMs - deps.now().getTime());
      timer = setTimeout(onBudgetEnd, left);
    };

    armBudget(policy.timeBudgetMs);
    try {
      // The policy and every read of the item start together: one round trip.
      const policyLoaded = deps.loadPolicy().then((loaded) => {
        policy = loaded.policy;
        policySource = loaded.source;
        armBudget(policy.timeBudgetMs);
        return loaded;
      });
      const [read] = await Promise.all([readItem(kind, started), policyLoaded]);
      if (done) return;
      if (deps.engineCanRun && !deps.engineCanRun()) return await record("unsupported", failure(), []);
      if (isUnreadable(read)) return await record("unreadable", failure(), [], read.failed);
      // The engine is synchronous: a timer cannot interrupt it, so it gets a deadline of its own
      // inside the budget and stops between rules (and segments) once it has passed.
      const result = deps.check(read.draft, policy, { lang, now: started, deadline: checkDeadline(started, policy.timeBudgetMs), clock: () => deps.now().getTime() });
      const checked = decideSend({
        kind,
        findings: result.findings,
        policy,
        lang,
        features: deps.features(),
        commandId: PANE_COMMAND_IDS[kind],
        now: started,
        manifestSendMode: deps.manifestSendMode,
        checkId,
      });
      // The user chose "send anyway" in the pane for exactly these rules: the mail goes, stamped so.
      if (checked.verdict !== "allow" && read.sendOverride && overrideCovers(read.sendOverride, result.findings, policy.sendBehavior, started)) {
        return await record("checked", OVERRIDDEN, result.findings, read.failed, "override");
      }
      await record("checked", checked, result.findings, read.failed);
    } catch {
      finish("error", decided ?? failure());
    }
  };
}
