import { resolveLang } from "../i18n/lang";
import { DEFAULT_POLICY, type Policy } from "../policy/config";
import type { CheckOptions } from "../policy/engine";
import type { CheckResult, Draft, DraftKind, Lang } from "../policy/types";
import { officeCall } from "../outlook/office-async";
import type { LoadedPolicy } from "../outlook/policy-source";
import { isUnreadable, readAppointmentDraft, readMessageDraft, type DraftRead } from "../outlook/read-draft";
import type { SendFeatures } from "../outlook/requirements";
import { decideOnFailure, decideSend, type CompletedOptions, type SendDecision } from "../outlook/send-decision";
import { PANE_COMMAND_IDS } from "./names";

// The on-send handler: read → check → decide → complete. Whatever happens (a read that never
// answers, a broken policy, an engine exception) `event.completed` is called exactly once,
// within the policy's time budget; what the failure means is the tenant's `failureMode`.

export interface LaunchEventLike {
  completed: (options?: CompletedOptions) => void;
}

export interface OnSendDeps {
  now: () => Date;
  loadPolicy: () => Promise<LoadedPolicy>;
  check: (draft: Draft, policy: Policy, options: CheckOptions) => CheckResult;
  features: () => SendFeatures;
  displayLanguage: () => string | undefined;
  /** Called with what was decided and why (tests, diagnostics); never affects the outcome. */
  onOutcome?: (outcome: SendOutcome) => void;
}

export interface SendOutcome {
  reason: "checked" | "unreadable" | "timeout" | "error";
  decision: SendDecision;
  policySource?: LoadedPolicy["source"];
  failedReads?: string[];
}

function readItem(kind: DraftKind, now: Date): Promise<DraftRead<Draft>> {
  const item = Office.context.mailbox.item;
  if (!item) return Promise.reject(new Error("no item"));
  return kind === "mail" ? readMessageDraft(item as Office.MessageCompose, now) : readAppointmentDraft(item as Office.AppointmentCompose, now);
}

/** Writes the pane's handoff to item.sessionData (Mailbox 1.11); a failure only costs the handoff. */
function writeSessionData(entry: { key: string; value: string }): Promise<void> {
  const item = Office.context.mailbox.item as Office.MessageCompose | undefined;
  return officeCall<void>("sessionData.setAsync", (cb) => item!.sessionData.setAsync(entry.key, entry.value, cb as never)).catch(() => undefined);
}

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

export function createSendHandler(kind: DraftKind, deps: OnSendDeps): (event: LaunchEventLike) => Promise<void> {
  return async (event) => {
    const started = deps.now();
    const lang = safeLang(deps);
    let policy: Policy = DEFAULT_POLICY;
    let policySource: LoadedPolicy["source"] | undefined;
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const finish = (reason: SendOutcome["reason"], decision: SendDecision, failedReads?: string[]): void => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        event.completed(decision.options);
      } catch {
        // Nothing more can be done for this send; the client shows its own message.
      }
      try {
        deps.onOutcome?.({ reason, decision, policySource, failedReads });
      } catch {
        // Diagnostics never change the outcome.
      }
    };
    const fail = (reason: SendOutcome["reason"], failedReads?: string[]) => finish(reason, decideOnFailure(policy.failureMode, lang), failedReads);
    const armBudget = (budgetMs: number) => {
      if (done) return;
      if (timer !== undefined) clearTimeout(timer);
      const left = Math.max(0, started.getTime() + budgetMs - deps.now().getTime());
      timer = setTimeout(() => fail("timeout"), left);
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
      if (isUnreadable(read)) return fail("unreadable", read.failed);
      // The engine is synchronous: a timer cannot interrupt it, so it gets a deadline of its own
      // inside the budget and stops between rules (and segments) once it has passed.
      const result = deps.check(read.draft, policy, { lang, now: started, deadline: checkDeadline(started, policy.timeBudgetMs), clock: () => deps.now().getTime() });
      const decision = decideSend({ kind, findings: result.findings, policy, lang, features: deps.features(), commandId: PANE_COMMAND_IDS[kind], now: started });
      if (decision.sessionData) await writeSessionData(decision.sessionData);
      finish("checked", decision, read.failed);
    } catch {
      fail("error");
    }
  };
}
