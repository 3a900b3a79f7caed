import { compareVersions, computedResult, failedResult, optionsOf, splitArgs } from "./call-args";
import type { SimCallName } from "./call-names";
import { DEFAULT_THEME, ENUMS } from "./enums";
import { buildOffice, buildOfficeRuntime, putUnder } from "./namespace";
import { sampleMessage } from "./sample-items";
import type {
  SimAttachment,
  SimCallConfig,
  SimCallRecord,
  SimCallback,
  SimCompletion,
  SimFailure,
  SimForm,
  SimItemState,
  SimLaunchEvent,
  SimOptions,
  SimSensitivityLabel,
  SimTheme,
  SimUserProfile,
} from "./sim-types";

// The simulated mailbox itself: its configuration, the item's state, the call machinery that
// answers every call later with the documented AsyncResult, and the events Outlook fires when
// the item changes. What each call does lives in the builders (namespace.ts, item-*.ts).

export type SimHandler = (args: Record<string, unknown>) => void;

export class OfficeSim {
  state: SimItemState;
  mailboxVersion: string;
  otherSets: Record<string, string>;
  displayLanguage: string;
  officeTheme: SimTheme;
  userProfile: SimUserProfile;
  defaultLatencyMs: number;
  calls: Record<string, SimCallConfig>;
  sensitivityLabels: SimSensitivityLabel[];
  platform: string;
  /** Every asynchronous call, in the order issued. */
  readonly log: SimCallRecord[] = [];
  /** Functions registered with `Office.actions.associate`. */
  readonly actions = new Map<string, (event: SimLaunchEvent) => unknown>();
  /** Every launch event created by `runLaunchEvent`. */
  readonly events: SimLaunchEvent[] = [];
  /** URLs opened with `displayDialogAsync`, with what the add-in sent them. */
  readonly dialogs: { url: string; options: Record<string, unknown>; closed: boolean; messagesToChild: string[] }[] = [];
  /** Message forms the add-in opened (displayNewMessageForm / displayMessageForm), in order. */
  readonly forms: SimForm[] = [];
  /** `OfficeRuntime.storage`: what the on-send runtime persists. */
  readonly storage = new Map<string, string>();
  callbacksFired = 0;
  /** Sequence number of the last call issued (ids of added attachments use it). */
  seq = 0;
  private handlers = new Map<string, SimHandler[]>();
  private listeners: (() => void)[] = [];
  /** The `Office` namespace; install it as `globalThis.Office`. */
  readonly office: Record<string, unknown>;

  constructor(options: SimOptions = {}) {
    this.state = options.item ?? sampleMessage();
    this.mailboxVersion = options.mailboxVersion ?? "1.15";
    this.otherSets = options.otherSets ?? {};
    this.displayLanguage = options.displayLanguage ?? "en-US";
    this.officeTheme = { ...DEFAULT_THEME, ...options.officeTheme };
    this.userProfile = { displayName: "Tom Chen", emailAddress: "tom.chen@contoso.com", timeZone: "China Standard Time", ...options.userProfile };
    this.defaultLatencyMs = options.defaultLatencyMs ?? 0;
    this.calls = { ...options.calls };
    this.sensitivityLabels = options.sensitivityLabels ?? [
      { id: "label-general", name: "General" },
      { id: "label-confidential", name: "Confidential" },
      { id: "label-highly-confidential", name: "Highly Confidential" },
    ];
    this.platform = options.platform ?? "OfficeOnline";
    this.office = buildOffice(this);
  }

  // ---- configuration -------------------------------------------------------------------

  configure(name: SimCallName | string, config: SimCallConfig): this {
    this.calls[name] = { ...this.calls[name], ...config };
    return this;
  }

  fail(name: SimCallName | string, failure: SimFailure = { kind: "error" }): this {
    return this.configure(name, { failure });
  }

  isSetSupported(name: string, version?: string): boolean {
    const have = name.toLowerCase() === "mailbox" ? this.mailboxVersion : this.otherSets[name];
    if (have === undefined) return false;
    return version === undefined || compareVersions(have, version) >= 0;
  }

  /** Called after every state change (the playground re-renders from it). */
  subscribe(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  // ---- state edits from outside (the playground's editor, a test) -------------------------

  /**
   * Changes the item as a user would, and fires the events Outlook fires for that change
   * (RecipientsChanged, AttachmentsChanged, AppointmentTimeChanged).
   */
  edit(change: (state: SimItemState) => void): void {
    const before = JSON.stringify(this.state);
    const snapshot = JSON.parse(before) as Record<string, unknown>;
    change(this.state);
    this.fireChangeEvents(snapshot);
    this.notify();
  }

  /** Applies an edit made through the API, with the same events as a user's edit. */
  apply(change: (state: SimItemState) => void): void {
    this.edit(change);
  }

  /**
   * Switches the Office theme as the user would in Outlook's settings, and fires
   * OfficeThemeChanged (Mailbox 1.14) to the handlers registered on the mailbox.
   */
  setOfficeTheme(theme: Partial<SimTheme>): void {
    this.officeTheme = { ...this.officeTheme, ...theme };
    this.fire(ENUMS.EventType.OfficeThemeChanged, { type: "officeThemeChanged", officeTheme: { ...this.officeTheme } });
    this.notify();
  }

  /** Replaces the whole item (e.g. the playground loads a sample). */
  load(item: SimItemState): void {
    this.state = item;
    this.notify();
  }

  // ---- launch events ---------------------------------------------------------------------

  /**
   * Runs the function associated under `name` as Outlook does on Send, and resolves with the
   * first `event.completed` options. Never resolves if the handler never completes.
   */
  runLaunchEvent(name: string, eventType = this.state.itemType === "message" ? "olkOnMessageSend" : "olkOnAppointmentSend"): Promise<SimCompletion> {
    const action = this.actions.get(name);
    if (!action) return Promise.reject(new Error(`no function associated as "${name}"`));
    return new Promise((resolve) => {
      const event = this.createLaunchEvent(eventType, resolve);
      void action(event);
    });
  }

  createLaunchEvent(eventType: string, onFirstCompletion?: (c: SimCompletion) => void): SimLaunchEvent {
    const completions: SimCompletion[] = [];
    const event: SimLaunchEvent = {
      type: eventType,
      completions,
      completed: (options?: object) => {
        const completion: SimCompletion = { eventType, options: options as Record<string, unknown> | undefined, callsBefore: this.log.length, callbacksFiredBefore: this.callbacksFired };
        completions.push(completion);
        if (completions.length === 1) onFirstCompletion?.(completion);
      },
    };
    this.events.push(event);
    return event;
  }

  // ---- installing ------------------------------------------------------------------------

  /** Installs `Office` (and `OfficeRuntime`) on the given global object. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const previous = { Office: target.Office, OfficeRuntime: target.OfficeRuntime };
    target.Office = this.office;
    target.OfficeRuntime = buildOfficeRuntime(this);
    return () => {
      target.Office = previous.Office;
      target.OfficeRuntime = previous.OfficeRuntime;
    };
  }

  /**
   * Puts the simulated host under the real Office.js namespace (the library loaded outside
   * Outlook, after its `onReady` settled). The library keeps what it owns (its enums, `onReady`,
   * `Promise`); the sim adds what Outlook would: `context` (mailbox, displayLanguage,
   * officeTheme, requirements, ui, ...), `actions`, the Outlook enums the library only loads with
   * an Outlook host script (`MailboxEnums`, the `olk*` event types), and `OfficeRuntime`.
   */
  installUnder(office: Record<string, unknown>, target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    return putUnder(this, office, target);
  }

  // ---- the call machinery ----------------------------------------------------------------

  /**
   * Issues one asynchronous call: records it, applies its configured failure, and runs the
   * callback on a timer with the documented AsyncResult.
   */
  call<T>(name: string, args: unknown[], compute: () => T, callback: SimCallback<T> | undefined, asyncContext?: unknown): void {
    const config = this.calls[name] ?? {};
    const record: SimCallRecord = { seq: ++this.seq, name, args, callbacksFiredBefore: this.callbacksFired, outcome: "pending" };
    this.log.push(record);
    const failure = config.failure;
    if (failure?.kind === "throw") {
      record.outcome = "threw";
      throw new Error(failure.message ?? `${name}: simulated exception`);
    }
    if (failure?.kind === "never") {
      record.outcome = "never";
      return;
    }
    globalThis.setTimeout(() => {
      const result = failure?.kind === "error" ? failedResult<T>(name, failure, asyncContext) : computedResult(compute, asyncContext);
      record.outcome = result.status;
      record.answeredAt = ++this.callbacksFired;
      callback?.(result);
    }, config.latencyMs ?? this.defaultLatencyMs);
  }

  /** Defines `name(...args, [options], [callback])` calling `compute(args)`. */
  method<T>(name: string, compute: (rest: unknown[], options: Record<string, unknown>) => T): (...args: unknown[]) => void {
    return (...args: unknown[]) => {
      const { rest, callback } = splitArgs(args);
      // Options come last before the callback; the arguments before them are the call's own.
      const options = rest.length > 0 ? optionsOf(rest[rest.length - 1]) : {};
      this.call(name, args, () => compute(rest, options), callback as SimCallback<T> | undefined, options.asyncContext);
    };
  }

  notify(): void {
    for (const l of this.listeners) l();
  }

  // ---- events ----------------------------------------------------------------------------

  addHandler(eventType: string, handler: SimHandler): undefined {
    this.handlers.set(eventType, [...(this.handlers.get(eventType) ?? []), handler]);
    return undefined;
  }

  removeHandler(eventType: string): undefined {
    this.handlers.delete(eventType);
    return undefined;
  }

  /** Handlers currently registered per event type (tests check a pane cleans up). */
  handlerCount(eventType: string): number {
    return this.handlers.get(eventType)?.length ?? 0;
  }

  openForm(form: SimForm): void {
    this.forms.push(form);
    this.notify();
  }

  private fire(eventType: string, args: Record<string, unknown>): void {
    for (const h of this.handlers.get(eventType) ?? []) {
      globalThis.setTimeout(() => h(args), 0);
    }
  }

  private fireChangeEvents(before: Record<string, unknown>): void {
    const now = this.state as unknown as Record<string, unknown>;
    const same = (key: string) => JSON.stringify(before[key]) === JSON.stringify(now[key]);
    const recipientFields = this.state.itemType === "message" ? ["to", "cc", "bcc"] : ["requiredAttendees", "optionalAttendees"];
    const changed = Object.fromEntries(recipientFields.map((f) => [f, !same(f)]));
    if (Object.values(changed).some(Boolean)) {
      this.fire(ENUMS.EventType.RecipientsChanged, { type: "olkRecipientsChanged", changedRecipientFields: { resources: false, ...changed } });
    }
    if (!same("attachments")) this.fireAttachmentEvents(before.attachments as SimAttachment[]);
    if (this.state.itemType === "appointment" && (!same("start") || !same("end"))) {
      this.fire(ENUMS.EventType.AppointmentTimeChanged, { type: "olkAppointmentTimeChanged", start: new Date(this.state.start), end: new Date(this.state.end) });
    }
  }

  private fireAttachmentEvents(before: SimAttachment[]): void {
    const was = before.map((a) => a.id);
    const is = this.state.attachments.map((a) => a.id);
    for (const a of this.state.attachments.filter((x) => !was.includes(x.id))) {
      this.fire(ENUMS.EventType.AttachmentsChanged, { type: "olkAttachmentsChanged", attachmentStatus: "added", attachmentDetails: { ...a } });
    }
    for (const a of before.filter((x) => !is.includes(x.id))) {
      this.fire(ENUMS.EventType.AttachmentsChanged, { type: "olkAttachmentsChanged", attachmentStatus: "removed", attachmentDetails: { ...a } });
    }
  }
}

export function createOfficeSim(options: SimOptions = {}): OfficeSim {
  return new OfficeSim(options);
}
