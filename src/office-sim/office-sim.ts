// A simulated Office.js mailbox: the part of the Outlook API the product uses, with the
// documented shapes (AsyncResult with status / value / error, callbacks that always run
// later, never inside the call), so the playground runs in a plain browser and the tests run
// in Jest without Outlook. No Node or DOM APIs: only timers and plain objects.
//
// Extending it (the panes add calls later): add the state field to the item state, the call to
// the item builder below, and its name to the recorded call log; keep existing shapes as they are.

export type SimItemKind = "message" | "appointment";

/** A message form opened by the add-in: a new one with its parameters, or an existing item by id. */
export type SimForm = { kind: "new"; parameters: Record<string, unknown> } | { kind: "existing"; itemId: string };

/** How one simulated call misbehaves. */
export type SimFailure = { kind: "error"; name?: string; message?: string; code?: number } | { kind: "throw"; message?: string } | { kind: "never" };

export interface SimCallConfig {
  /** Milliseconds before the callback runs (0 still runs it later, on a timer). */
  latencyMs?: number;
  failure?: SimFailure;
}

/** The documented `Office.AsyncResult` shape. */
export interface SimAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T | undefined;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
  diagnostics?: unknown;
}

export type SimCallback<T> = (result: SimAsyncResult<T>) => void;

export interface SimRecipient {
  displayName: string;
  emailAddress: string;
  /** "internal" | "externalUser" | "distributionList" | "user" | "other" */
  recipientType?: string;
}

export interface SimAttachment {
  id: string;
  name: string;
  size: number;
  attachmentType: "file" | "item" | "cloud";
  isInline: boolean;
  contentType?: string;
  contentId?: string;
}

export interface SimSensitivityLabel {
  id: string;
  name: string;
  tooltip?: string;
  color?: string;
}

export interface SimNotification {
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
  actions?: unknown[];
}

export interface SimBody {
  /** "html" or "text": what `body.getTypeAsync` answers. */
  type: "html" | "text";
  content: string;
  /** Offset in `content` where `setSelectedDataAsync` inserts; undefined: the start. */
  cursor?: number;
}

interface SimItemStateBase {
  subject: string;
  body: SimBody;
  attachments: SimAttachment[];
  /** Id of the applied sensitivity label (Mailbox 1.13); "" when none. */
  sensitivityLabelId: string;
  /** Mailbox 1.11 `item.sessionData`. */
  sessionData: Record<string, string>;
  customProperties: Record<string, unknown>;
  /** Mailbox 1.8 `item.internetHeaders` (messages): the custom headers the add-in set. */
  internetHeaders?: Record<string, string>;
  /** Set once the item is saved (`saveAsync`); `getItemIdAsync` fails before. */
  itemId?: string;
  notifications: Record<string, SimNotification>;
  /** What `getInitializationContextAsync` answers (Smart Alerts `contextData`). */
  initializationContext?: string;
  categories: string[];
}

export interface SimMessageState extends SimItemStateBase {
  itemType: "message";
  from: SimRecipient;
  to: SimRecipient[];
  cc: SimRecipient[];
  bcc: SimRecipient[];
  /** Scheduled delivery (Mailbox 1.13); undefined: send now. */
  delayDeliveryTime?: Date;
}

export interface SimAppointmentState extends SimItemStateBase {
  itemType: "appointment";
  organizer: SimRecipient;
  requiredAttendees: SimRecipient[];
  optionalAttendees: SimRecipient[];
  start: Date;
  end: Date;
  location: string;
  isAllDayEvent: boolean;
}

export type SimItemState = SimMessageState | SimAppointmentState;

export interface SimUserProfile {
  displayName: string;
  emailAddress: string;
  timeZone: string;
}

export interface SimOptions {
  item?: SimItemState;
  /** Highest Mailbox requirement set the simulated client supports, e.g. "1.12". Default "1.15". */
  mailboxVersion?: string;
  /** Other requirement sets, by name → highest version. */
  otherSets?: Record<string, string>;
  displayLanguage?: string;
  officeTheme?: Partial<SimTheme>;
  userProfile?: Partial<SimUserProfile>;
  /** Latency of every call without its own configuration. Default 0. */
  defaultLatencyMs?: number;
  /** Per-call configuration by call name (see `SIM_CALLS`). */
  calls?: Record<string, SimCallConfig>;
  sensitivityLabels?: SimSensitivityLabel[];
  /** "OfficeOnline", "PC", "Mac", ... */
  platform?: string;
}

export interface SimTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
  themeId: string;
}

/** One asynchronous Office.js call as the sim saw it. */
export interface SimCallRecord {
  seq: number;
  name: string;
  args: unknown[];
  /** How many callbacks (of any call) had fired when this call was issued. */
  callbacksFiredBefore: number;
  /** Set when the callback ran; undefined for a call that never answers or threw. */
  answeredAt?: number;
  outcome: "pending" | "succeeded" | "failed" | "threw" | "never";
}

/** One `event.completed(options)` call on a launch event. */
export interface SimCompletion {
  eventType: string;
  options: Record<string, unknown> | undefined;
  /** Calls to Office.js the sim had seen when completed was called. */
  callsBefore: number;
  /** How many callbacks had fired when completed was called. */
  callbacksFiredBefore: number;
}

export interface SimLaunchEvent {
  type: string;
  completed: (options?: object) => void;
  /** Every completed call, in order (a correct handler makes exactly one). */
  completions: SimCompletion[];
}

/** Every call name the sim answers; per-call latency and failure are keyed by these. */
export const SIM_CALLS = [
  "subject.getAsync",
  "subject.setAsync",
  "body.getAsync",
  "body.setAsync",
  "body.setSelectedDataAsync",
  "body.prependAsync",
  "body.appendOnSendAsync",
  "body.getTypeAsync",
  "to.getAsync",
  "to.setAsync",
  "to.addAsync",
  "cc.getAsync",
  "cc.setAsync",
  "cc.addAsync",
  "bcc.getAsync",
  "bcc.setAsync",
  "bcc.addAsync",
  "requiredAttendees.getAsync",
  "requiredAttendees.setAsync",
  "requiredAttendees.addAsync",
  "optionalAttendees.getAsync",
  "optionalAttendees.setAsync",
  "optionalAttendees.addAsync",
  "from.getAsync",
  "organizer.getAsync",
  "getAttachmentsAsync",
  "addFileAttachmentAsync",
  "removeAttachmentAsync",
  "sensitivityLabel.getAsync",
  "sensitivityLabel.setAsync",
  "sensitivityLabelsCatalog.getIsEnabledAsync",
  "sensitivityLabelsCatalog.getAsync",
  "delayDeliveryTime.getAsync",
  "delayDeliveryTime.setAsync",
  "start.getAsync",
  "start.setAsync",
  "end.getAsync",
  "end.setAsync",
  "location.getAsync",
  "location.setAsync",
  "isAllDayEvent.getAsync",
  "isAllDayEvent.setAsync",
  "categories.getAsync",
  "saveAsync",
  "getItemIdAsync",
  "loadCustomPropertiesAsync",
  "customProperties.saveAsync",
  "sessionData.getAsync",
  "sessionData.getAllAsync",
  "sessionData.setAsync",
  "sessionData.removeAsync",
  "sessionData.clearAsync",
  "internetHeaders.getAsync",
  "internetHeaders.setAsync",
  "getInitializationContextAsync",
  "notificationMessages.addAsync",
  "notificationMessages.replaceAsync",
  "notificationMessages.removeAsync",
  "notificationMessages.getAllAsync",
  "addHandlerAsync",
  "removeHandlerAsync",
  "displayDialogAsync",
] as const;

export type SimCallName = (typeof SIM_CALLS)[number];

type Handler = (args: Record<string, unknown>) => void;

// The values Office.js itself uses at run time (its enums are strings, not the numbers the
// type declarations suggest), so code that compares against `Office.X.Y` works with both.
const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Html: "html", Text: "text" },
  EventType: {
    RecipientsChanged: "olkRecipientsChanged",
    AttachmentsChanged: "olkAttachmentsChanged",
    AppointmentTimeChanged: "olkAppointmentTimeChanged",
    ItemChanged: "olkItemSelectedChanged",
    InitializationContextChanged: "olkInitializationContextChanged",
    OfficeThemeChanged: "officeThemeChanged",
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
  },
  HostType: { Outlook: "Outlook" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  MailboxEnums: {
    ItemType: { Message: "message", Appointment: "appointment" },
    RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
    AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
    AttachmentStatus: { Added: "added", Removed: "removed" },
    AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
    ItemNotificationMessageType: {
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
    SendModeOverride: { PromptUser: "promptUser" },
    ComposeType: { Reply: "reply", NewMail: "newMail", Forward: "forward" },
  },
} as const;

const DEFAULT_THEME: SimTheme = {
  bodyBackgroundColor: "#ffffff",
  bodyForegroundColor: "#242424",
  controlBackgroundColor: "#f5f5f5",
  controlForegroundColor: "#242424",
  isDarkTheme: false,
  themeId: "colorful",
};

/** Compares dotted versions numerically: "1.10" is above "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((p) => parseInt(p, 10) || 0);
  const pb = b.split(".").map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A plain-text view of an HTML body, as `body.getAsync(Text)` gives it (roughly). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function textToHtml(text: string): string {
  return `<div>${escapeHtml(text).replace(/\n/g, "<br>")}</div>`;
}

export function sampleMessage(overrides: Partial<SimMessageState> = {}): SimMessageState {
  return {
    itemType: "message",
    subject: "Q3 预算审批 / Q3 budget approval",
    body: {
      type: "html",
      content:
        "<div>Hi Lisa,</div><div><br></div><div>I'm writing to ask for your approval of the Q3 budget.</div><div><br></div><div>Could you reply by Friday?</div><div><br></div><div>Thanks,</div><div>Tom</div>",
    },
    from: { displayName: "Tom Chen", emailAddress: "tom.chen@contoso.com", recipientType: "user" },
    to: [{ displayName: "Lisa Wang", emailAddress: "lisa.wang@contoso.com", recipientType: "user" }],
    cc: [],
    bcc: [],
    attachments: [],
    sensitivityLabelId: "",
    sessionData: {},
    customProperties: {},
    notifications: {},
    categories: [],
    ...overrides,
  };
}

export function sampleAppointment(overrides: Partial<SimAppointmentState> = {}): SimAppointmentState {
  return {
    itemType: "appointment",
    subject: "Q3 预算评审会 / Q3 budget review",
    body: { type: "html", content: "<div>议程 Agenda:</div><div>1. Q3 spending</div><div>2. Q4 plan</div><div><br></div><div>会议记录人：李娜</div>" },
    organizer: { displayName: "Tom Chen", emailAddress: "tom.chen@contoso.com", recipientType: "user" },
    requiredAttendees: [
      { displayName: "Lisa Wang", emailAddress: "lisa.wang@contoso.com", recipientType: "user" },
      { displayName: "李娜", emailAddress: "li.na@contoso.com", recipientType: "user" },
    ],
    optionalAttendees: [],
    start: new Date("2026-11-26T06:00:00Z"),
    end: new Date("2026-11-26T07:00:00Z"),
    location: "Microsoft Teams Meeting",
    isAllDayEvent: false,
    attachments: [],
    sensitivityLabelId: "",
    sessionData: {},
    customProperties: {},
    notifications: {},
    categories: [],
    ...overrides,
  };
}

function toRecipient(input: unknown): SimRecipient {
  if (typeof input === "string") return { displayName: input, emailAddress: input, recipientType: "user" };
  const r = (input ?? {}) as Record<string, unknown>;
  const address = String(r.emailAddress ?? r.address ?? "");
  return { displayName: String(r.displayName ?? r.name ?? address), emailAddress: address, recipientType: String(r.recipientType ?? "user") };
}

/** Splits Office.js's optional-argument convention: (...args, [options], [callback]). */
function splitArgs(args: unknown[]): { rest: unknown[]; options: Record<string, unknown>; callback?: SimCallback<unknown> } {
  const list = [...args];
  const callback = typeof list[list.length - 1] === "function" ? (list.pop() as SimCallback<unknown>) : undefined;
  return { rest: list, options: {}, callback };
}

/** Adds live read-only properties (Office.js exposes these as properties, not functions). */
function withGetters<T extends object>(target: T, getters: Record<string, () => unknown>): T {
  for (const [name, get] of Object.entries(getters)) Object.defineProperty(target, name, { get, enumerable: true, configurable: true });
  return target;
}

function optionsOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? (value as Record<string, unknown>) : {};
}

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
  private seq = 0;
  private handlers = new Map<string, Handler[]>();
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
    this.office = this.buildOffice();
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

  /** Installs `Office` (and `OfficeRuntime`) on the given global object. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const previous = { Office: target.Office, OfficeRuntime: target.OfficeRuntime };
    target.Office = this.office;
    target.OfficeRuntime = this.buildOfficeRuntime();
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
    const previous = { OfficeRuntime: target.OfficeRuntime };
    const added: [Record<string, unknown>, string][] = [];
    const restoreContext = this.putContext(office, target);
    const restoreActions = this.putActions(office);
    for (const [name, values] of Object.entries(ENUMS)) {
      const real = office[name];
      if (real === undefined || real === null) {
        office[name] = values;
        added.push([office, name]);
      } else if (typeof real === "object") {
        for (const [key, value] of Object.entries(values)) {
          if ((real as Record<string, unknown>)[key] !== undefined) continue;
          (real as Record<string, unknown>)[key] = value;
          added.push([real as Record<string, unknown>, key]);
        }
      }
    }
    target.OfficeRuntime = this.buildOfficeRuntime();
    return () => {
      restoreContext();
      restoreActions();
      for (const [owner, key] of added) delete owner[key];
      target.OfficeRuntime = previous.OfficeRuntime;
    };
  }

  /**
   * Gives the real namespace the simulated `Office.context`. The library defines `context` as a
   * getter over `OSF._OfficeAppFactory.getContext()` (o15apptofilemappingtable.js), filled by a
   * host through `_OfficeAppFactory.setContext`; the sim fills it the same way.
   */
  private putContext(office: Record<string, unknown>, target: Record<string, unknown>): () => void {
    const context = this.office.context;
    const descriptor = Object.getOwnPropertyDescriptor(office, "context");
    const factory = (target.OSF as { _OfficeAppFactory?: { getContext?: () => unknown; setContext?: (c: unknown) => void } } | undefined)?._OfficeAppFactory;
    if (descriptor?.get && !descriptor.set && factory?.getContext && factory.setContext) {
      const previous = factory.getContext();
      factory.setContext(context);
      return () => factory.setContext?.(previous);
    }
    const previous = office.context;
    office.context = context;
    return () => {
      office.context = previous;
    };
  }

  /** Records `Office.actions.associate` calls (for runLaunchEvent) and still hands them to the library's own association. */
  private putActions(office: Record<string, unknown>): () => void {
    const simActions = this.office.actions as { associate: (name: string, fn: (event: SimLaunchEvent) => unknown) => void };
    const real = office.actions as { associate?: (...args: unknown[]) => void } | undefined;
    if (!real || typeof real.associate !== "function") {
      office.actions = simActions;
      return () => {
        office.actions = real;
      };
    }
    const realAssociate = real.associate;
    real.associate = (name: unknown, fn: unknown) => {
      realAssociate.call(real, name, fn);
      simActions.associate(String(name), fn as (event: SimLaunchEvent) => unknown);
    };
    return () => {
      real.associate = realAssociate;
    };
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
    const latency = config.latencyMs ?? this.defaultLatencyMs;
    globalThis.setTimeout(() => {
      let result: SimAsyncResult<T>;
      if (failure?.kind === "error") {
        result = {
          status: "failed",
          value: undefined,
          error: { name: failure.name ?? "GenericError", message: failure.message ?? `${name}: simulated failure`, code: failure.code ?? 9020 },
          asyncContext,
        };
      } else {
        try {
          result = { status: "succeeded", value: compute(), asyncContext };
        } catch (e) {
          const err = e as { name?: string; message?: string; code?: number };
          result = {
            status: "failed",
            value: undefined,
            error: { name: err.name ?? "Error", message: err.message ?? String(e), code: err.code ?? 9020 },
            asyncContext,
          };
        }
      }
      record.outcome = result.status;
      record.answeredAt = ++this.callbacksFired;
      callback?.(result);
    }, latency);
  }

  /** Defines `name(...args, [options], [callback])` calling `compute(args)`. */
  private method<T>(name: string, compute: (rest: unknown[], options: Record<string, unknown>) => T): (...args: unknown[]) => void {
    return (...args: unknown[]) => {
      const { rest, callback } = splitArgs(args);
      // Options come last before the callback; the arguments before them are the call's own.
      const options = rest.length > 0 ? optionsOf(rest[rest.length - 1]) : {};
      this.call(name, args, () => compute(rest, options), callback as SimCallback<T> | undefined, options.asyncContext);
    };
  }

  private notify(): void {
    for (const l of this.listeners) l();
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
    if (!same("attachments")) {
      const was = (before.attachments as SimAttachment[]).map((a) => a.id);
      const is = this.state.attachments.map((a) => a.id);
      for (const a of this.state.attachments.filter((x) => !was.includes(x.id))) {
        this.fire(ENUMS.EventType.AttachmentsChanged, { type: "olkAttachmentsChanged", attachmentStatus: "added", attachmentDetails: { ...a } });
      }
      for (const a of (before.attachments as SimAttachment[]).filter((x) => !is.includes(x.id))) {
        this.fire(ENUMS.EventType.AttachmentsChanged, { type: "olkAttachmentsChanged", attachmentStatus: "removed", attachmentDetails: { ...a } });
      }
    }
    if (this.state.itemType === "appointment" && (!same("start") || !same("end"))) {
      this.fire(ENUMS.EventType.AppointmentTimeChanged, {
        type: "olkAppointmentTimeChanged",
        start: new Date(this.state.start),
        end: new Date(this.state.end),
      });
    }
  }

  /** Applies an edit made through the API, with the same events as a user's edit. */
  private apply(change: (state: SimItemState) => void): void {
    this.edit(change);
  }

  // ---- the Office namespace --------------------------------------------------------------

  private buildOffice(): Record<string, unknown> {
    const context = withGetters(
      {
        diagnostics: withGetters({ host: "Outlook", version: "16.0.sim" }, { platform: () => this.platform }),
        host: "Outlook",
        // Mailbox 1.14: where classic Outlook on Windows loaded the JavaScript-only runtime from.
        urls: { javascriptRuntimeUrl: "https://localhost:3000/launchevent.js" },
        requirements: {
          isSetSupported: (name: string, version?: string | number) => this.isSetSupported(name, version === undefined ? undefined : String(version)),
        },
        mailbox: this.buildMailbox(),
        ui: { displayDialogAsync: this.method("displayDialogAsync", (rest, options) => this.openDialog(String(rest[0]), options)) },
        sensitivityLabelsCatalog: {
          getIsEnabledAsync: this.method("sensitivityLabelsCatalog.getIsEnabledAsync", () => this.sensitivityLabels.length > 0),
          getAsync: this.method("sensitivityLabelsCatalog.getAsync", () => this.sensitivityLabels.map((l) => ({ ...l, children: [] }))),
        },
      },
      { displayLanguage: () => this.displayLanguage, officeTheme: () => this.officeTheme, platform: () => this.platform },
    );
    return {
      ...ENUMS,
      context,
      actions: {
        associate: (name: string, fn: (event: SimLaunchEvent) => unknown) => {
          this.actions.set(name, fn);
        },
      },
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: "Outlook", platform: this.platform };
        return new Promise((resolve) => {
          globalThis.setTimeout(() => {
            cb?.(info);
            resolve(info);
          }, 0);
        });
      },
      initialize: undefined,
    };
  }

  private buildOfficeRuntime(): Record<string, unknown> {
    const storage = this.storage;
    return {
      storage: {
        getItem: async (key: string) => storage.get(key) ?? null,
        setItem: async (key: string, value: string) => {
          storage.set(key, String(value));
        },
        removeItem: async (key: string) => {
          storage.delete(key);
        },
        getItems: async (keys: string[]) => Object.fromEntries(keys.map((k) => [k, storage.get(k) ?? null])),
      },
    };
  }

  private openDialog(url: string, options: Record<string, unknown>): Record<string, unknown> {
    const dialog = { url, options, closed: false, messagesToChild: [] as string[] };
    this.dialogs.push(dialog);
    const handlers = new Map<string, Handler[]>();
    return {
      close: () => {
        dialog.closed = true;
      },
      addEventHandler: (type: string, handler: Handler) => {
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      },
      messageChild: (message: string) => {
        dialog.messagesToChild.push(message);
      },
      /** Test/playground hook: the dialog page sends a message to the add-in. */
      simulateMessageParent: (message: string) => {
        for (const h of handlers.get(ENUMS.EventType.DialogMessageReceived) ?? []) h({ message, origin: "https://localhost:3000" });
      },
    };
  }

  private buildMailbox(): Record<string, unknown> {
    return withGetters(
      {
        diagnostics: { hostName: "Outlook", hostVersion: "16.0.sim", OWAView: "ThreeColumns" },
        addHandlerAsync: this.method("addHandlerAsync", (rest) => this.addHandler(String(rest[0]), rest[1] as Handler)),
        removeHandlerAsync: this.method("removeHandlerAsync", (rest) => this.removeHandler(String(rest[0]))),
        // Added for the meeting pane: Mailbox 1.6 displayNewMessageForm, 1.0 displayMessageForm,
        // 1.3 convertToRestId / convertToEwsId (EWS ids use "/" and "+", REST ids "-" and "_").
        displayNewMessageForm: (parameters: unknown) => this.openForm({ kind: "new", parameters: optionsOf(parameters) }),
        displayMessageForm: (itemId: unknown) => this.openForm({ kind: "existing", itemId: String(itemId) }),
        convertToRestId: (id: unknown) => String(id).replace(/\//g, "-").replace(/\+/g, "_"),
        convertToEwsId: (id: unknown) => String(id).replace(/-/g, "/").replace(/_/g, "+"),
      },
      { item: () => this.buildItem(), userProfile: () => this.userProfile, displayLanguage: () => this.displayLanguage },
    );
  }

  private openForm(form: SimForm): void {
    this.forms.push(form);
    this.notify();
  }

  private addHandler(eventType: string, handler: Handler): undefined {
    this.handlers.set(eventType, [...(this.handlers.get(eventType) ?? []), handler]);
    return undefined;
  }

  private removeHandler(eventType: string): undefined {
    this.handlers.delete(eventType);
    return undefined;
  }

  /** Handlers currently registered per event type (tests check a pane cleans up). */
  handlerCount(eventType: string): number {
    return this.handlers.get(eventType)?.length ?? 0;
  }

  private recipientsField(field: "to" | "cc" | "bcc" | "requiredAttendees" | "optionalAttendees"): Record<string, unknown> {
    const list = () => (this.state as unknown as Record<string, SimRecipient[]>)[field] ?? [];
    const write = (next: SimRecipient[]) =>
      this.apply((s) => {
        (s as unknown as Record<string, SimRecipient[]>)[field] = next;
      });
    return {
      getAsync: this.method(`${field}.getAsync`, () => list().map((r) => ({ ...r }))),
      setAsync: this.method(`${field}.setAsync`, (rest) => write((rest[0] as unknown[]).map(toRecipient))),
      addAsync: this.method(`${field}.addAsync`, (rest) => write([...list(), ...(rest[0] as unknown[]).map(toRecipient)])),
    };
  }

  private timeField(field: "start" | "end"): Record<string, unknown> {
    return {
      getAsync: this.method(`${field}.getAsync`, () => new Date((this.state as SimAppointmentState)[field])),
      setAsync: this.method(`${field}.setAsync`, (rest) => {
        const value = rest[0];
        if (!(value instanceof Date) || Number.isNaN(value.getTime()))
          throw Object.assign(new Error("The date is not valid."), { name: "InvalidDate", code: 9021 });
        this.apply((s) => {
          (s as SimAppointmentState)[field] = new Date(value);
        });
      }),
    };
  }

  private bodyApi(): Record<string, unknown> {
    const read = (coercion: unknown) =>
      coercion === "text" ? (this.state.body.type === "html" ? htmlToText(this.state.body.content) : this.state.body.content) : this.htmlBody();
    const incoming = (data: unknown, options: Record<string, unknown>) => {
      const text = String(data ?? "");
      const asHtml = options.coercionType === "html";
      if (this.state.body.type === "html") return asHtml ? text : textToHtml(text);
      if (asHtml) throw Object.assign(new Error("The body is plain text; HTML cannot be inserted."), { name: "InvalidDataFormat", code: 9000 });
      return text;
    };
    const editBody = (change: (b: SimBody) => void) => this.apply((s) => change(s.body));
    return {
      getAsync: this.method("body.getAsync", (rest) => read(rest[0])),
      getTypeAsync: this.method("body.getTypeAsync", () => this.state.body.type),
      setAsync: this.method("body.setAsync", (rest, options) =>
        editBody((b) => {
          b.content = incoming(rest[0], options);
          b.cursor = undefined;
        }),
      ),
      prependAsync: this.method("body.prependAsync", (rest, options) =>
        editBody((b) => {
          b.content = incoming(rest[0], options) + b.content;
        }),
      ),
      appendOnSendAsync: this.method("body.appendOnSendAsync", (rest, options) =>
        editBody((b) => {
          b.content = b.content + incoming(rest[0], options);
        }),
      ),
      setSelectedDataAsync: this.method("body.setSelectedDataAsync", (rest, options) =>
        editBody((b) => {
          const insert = incoming(rest[0], options);
          const at = Math.min(b.cursor ?? 0, b.content.length);
          b.content = b.content.slice(0, at) + insert + b.content.slice(at);
          b.cursor = at + insert.length;
        }),
      ),
    };
  }

  private htmlBody(): string {
    return this.state.body.type === "html" ? this.state.body.content : textToHtml(this.state.body.content);
  }

  private customPropertiesApi(): Record<string, unknown> {
    const props = this.state.customProperties;
    return {
      get: (name: string) => props[name],
      set: (name: string, value: unknown) => {
        props[name] = value;
      },
      remove: (name: string) => {
        delete props[name];
      },
      getAll: () => ({ ...props }),
      saveAsync: this.method("customProperties.saveAsync", () => undefined),
    };
  }

  private sessionDataApi(): Record<string, unknown> {
    const data = () => this.state.sessionData;
    return {
      getAsync: this.method("sessionData.getAsync", (rest) => {
        const value = data()[String(rest[0])];
        if (value === undefined) throw Object.assign(new Error("The key was not found."), { name: "KeyNotFound", code: 9057 });
        return value;
      }),
      getAllAsync: this.method("sessionData.getAllAsync", () => ({ ...data() })),
      setAsync: this.method("sessionData.setAsync", (rest) => {
        const next = { ...data(), [String(rest[0])]: String(rest[1]) };
        // Documented limit: 50,000 characters per add-in.
        const size = Object.entries(next).reduce((n, [k, v]) => n + k.length + v.length, 0);
        if (size > 50000) throw Object.assign(new Error("Session data exceeds 50,000 characters."), { name: "SessionObjectMaxLengthExceeded", code: 9057 });
        this.state.sessionData = next;
        this.notify();
      }),
      removeAsync: this.method("sessionData.removeAsync", (rest) => {
        delete this.state.sessionData[String(rest[0])];
        this.notify();
      }),
      clearAsync: this.method("sessionData.clearAsync", () => {
        this.state.sessionData = {};
        this.notify();
      }),
    };
  }

  /** Mailbox 1.8: getAsync answers the named headers that are set; setAsync sets several. */
  private internetHeadersApi(): Record<string, unknown> {
    const headers = () => (this.state.internetHeaders ??= {});
    return {
      getAsync: this.method("internetHeaders.getAsync", (rest) => {
        const found: Record<string, string> = {};
        for (const name of (rest[0] as string[]) ?? []) if (headers()[name] !== undefined) found[name] = headers()[name];
        return found;
      }),
      setAsync: this.method("internetHeaders.setAsync", (rest) => {
        for (const [name, value] of Object.entries((rest[0] as Record<string, string>) ?? {})) headers()[name] = String(value);
        this.notify();
      }),
    };
  }

  private notificationsApi(): Record<string, unknown> {
    const set = (key: string, message: unknown) => {
      this.state.notifications = { ...this.state.notifications, [key]: { ...(message as SimNotification) } };
      this.notify();
    };
    return {
      addAsync: this.method("notificationMessages.addAsync", (rest) => {
        const key = String(rest[0]);
        if (this.state.notifications[key]) throw Object.assign(new Error("The key already exists."), { name: "DuplicateNotificationKey", code: 9041 });
        set(key, rest[1]);
      }),
      replaceAsync: this.method("notificationMessages.replaceAsync", (rest) => set(String(rest[0]), rest[1])),
      removeAsync: this.method("notificationMessages.removeAsync", (rest) => {
        const next = { ...this.state.notifications };
        delete next[String(rest[0])];
        this.state.notifications = next;
        this.notify();
      }),
      getAllAsync: this.method("notificationMessages.getAllAsync", () => Object.entries(this.state.notifications).map(([key, n]) => ({ key, ...n }))),
    };
  }

  /** The compose item, built fresh on each `Office.context.mailbox.item` read. */
  private buildItem(): Record<string, unknown> {
    const s = this.state;
    const common: Record<string, unknown> = {
      itemType: s.itemType,
      subject: {
        getAsync: this.method("subject.getAsync", () => this.state.subject),
        setAsync: this.method("subject.setAsync", (rest) =>
          this.apply((st) => {
            st.subject = String(rest[0]);
          }),
        ),
      },
      body: this.bodyApi(),
      // Mailbox 1.8
      getAttachmentsAsync: this.method("getAttachmentsAsync", () => this.state.attachments.map((a) => ({ contentId: "", ...a }))),
      addFileAttachmentAsync: this.method("addFileAttachmentAsync", (rest) => {
        const id = `att-${this.seq}`;
        this.apply((st) => {
          st.attachments = [...st.attachments, { id, name: String(rest[1]), size: 1024, attachmentType: "file", isInline: false }];
        });
        return id;
      }),
      removeAttachmentAsync: this.method("removeAttachmentAsync", (rest) =>
        this.apply((st) => {
          st.attachments = st.attachments.filter((a) => a.id !== rest[0]);
        }),
      ),
      // Mailbox 1.13
      sensitivityLabel: {
        getAsync: this.method("sensitivityLabel.getAsync", () => this.state.sensitivityLabelId),
        setAsync: this.method("sensitivityLabel.setAsync", (rest) => {
          const v = rest[0];
          this.state.sensitivityLabelId = typeof v === "string" ? v : String((v as SimSensitivityLabel).id);
          this.notify();
        }),
      },
      categories: { getAsync: this.method("categories.getAsync", () => this.state.categories.map((displayName) => ({ displayName, color: "preset0" }))) },
      saveAsync: this.method("saveAsync", () => {
        this.state.itemId = this.state.itemId ?? `AAMkSim${Date.now().toString(36)}`;
        this.notify();
        return this.state.itemId;
      }),
      // Mailbox 1.9
      getItemIdAsync: this.method("getItemIdAsync", () => {
        if (!this.state.itemId) throw Object.assign(new Error("The item has not been saved."), { name: "ItemNotSaved", code: 9058 });
        return this.state.itemId;
      }),
      loadCustomPropertiesAsync: this.method("loadCustomPropertiesAsync", () => this.customPropertiesApi()),
      // Mailbox 1.11
      sessionData: this.sessionDataApi(),
      getInitializationContextAsync: this.method("getInitializationContextAsync", () => this.state.initializationContext ?? null),
      notificationMessages: this.notificationsApi(),
      addHandlerAsync: this.method("addHandlerAsync", (rest) => this.addHandler(String(rest[0]), rest[1] as Handler)),
      removeHandlerAsync: this.method("removeHandlerAsync", (rest) => this.removeHandler(String(rest[0]))),
    };
    if (s.itemType === "message") {
      return {
        ...common,
        to: this.recipientsField("to"),
        cc: this.recipientsField("cc"),
        bcc: this.recipientsField("bcc"),
        // Mailbox 1.7
        from: { getAsync: this.method("from.getAsync", () => ({ ...(this.state as SimMessageState).from })) },
        // Mailbox 1.8
        internetHeaders: this.internetHeadersApi(),
        // Mailbox 1.13
        delayDeliveryTime: {
          getAsync: this.method("delayDeliveryTime.getAsync", () => {
            const t = (this.state as SimMessageState).delayDeliveryTime;
            return t ? new Date(t) : 0;
          }),
          setAsync: this.method("delayDeliveryTime.setAsync", (rest) =>
            this.apply((st) => {
              (st as SimMessageState).delayDeliveryTime = rest[0] instanceof Date ? new Date(rest[0]) : undefined;
            }),
          ),
        },
      };
    }
    return {
      ...common,
      requiredAttendees: this.recipientsField("requiredAttendees"),
      optionalAttendees: this.recipientsField("optionalAttendees"),
      // Mailbox 1.7
      organizer: { getAsync: this.method("organizer.getAsync", () => ({ ...(this.state as SimAppointmentState).organizer })) },
      start: this.timeField("start"),
      end: this.timeField("end"),
      location: {
        getAsync: this.method("location.getAsync", () => (this.state as SimAppointmentState).location),
        setAsync: this.method("location.setAsync", (rest) =>
          this.apply((st) => {
            (st as SimAppointmentState).location = String(rest[0]);
          }),
        ),
      },
      // Mailbox 1.11
      isAllDayEvent: {
        getAsync: this.method("isAllDayEvent.getAsync", () => (this.state as SimAppointmentState).isAllDayEvent),
        setAsync: this.method("isAllDayEvent.setAsync", (rest) =>
          this.apply((st) => {
            (st as SimAppointmentState).isAllDayEvent = Boolean(rest[0]);
          }),
        ),
      },
    };
  }
}

export function createOfficeSim(options: SimOptions = {}): OfficeSim {
  return new OfficeSim(options);
}

/** The part of Office.js's ULS logger (`ULSEndpointProxy` in o15apptofilemappingtable.js) the sim touches. */
interface UlsEndpoint {
  loadProxyFrame?: () => void;
}

/**
 * Keeps Office.js, loaded outside an Office host, from framing Microsoft's telemetry proxy.
 * Without a host, office.js loads o15apptofilemappingtable.js, whose top-level
 * `Logger.ulsEndpoint = creatULSEndpoint()` builds a `ULSEndpointProxy` that, 3 seconds later
 * (`setTimeout(loadProxyFrame, 3000)`), appends a hidden iframe to
 * https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html: the
 * page's CSP blocks it (frame-src) and a playground has no host to log for. The script declares
 * `var Logger` and reuses a `Logger` already on the global object, so a `Logger` whose
 * `ulsEndpoint` setter turns `loadProxyFrame` into a no-op stops the frame before it is made
 * (the log lines stay in the proxy's own bounded buffer). Call it before office.js runs;
 * called later, it disarms the endpoint already made.
 */
export function holdOfficeJsTelemetryFrame(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  const disarm = (endpoint: unknown): void => {
    if (endpoint && typeof endpoint === "object") (endpoint as UlsEndpoint).loadProxyFrame = () => undefined;
  };
  const existing = target.Logger as Record<string, unknown> | undefined;
  if (existing && typeof existing === "object" && existing.ulsEndpoint) {
    disarm(existing.ulsEndpoint);
    return;
  }
  let endpoint: unknown;
  const logger = existing && typeof existing === "object" ? existing : {};
  Object.defineProperty(logger, "ulsEndpoint", {
    configurable: true,
    enumerable: true,
    get: () => endpoint,
    set: (value: unknown) => {
      disarm(value);
      endpoint = value;
    },
  });
  target.Logger = logger;
}

/**
 * Installs the sim on a page that loads the real Office.js (the playground's local copy): under
 * the library's namespace once its `onReady` settled (outside a host it settles with
 * `{ host: null, platform: null }`), or as the whole namespace when the library is not there.
 * Resolves with true when the sim went under the real library.
 */
export async function installUnderOfficeJs(sim: OfficeSim, target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Promise<boolean> {
  const office = target.Office as (Record<string, unknown> & { onReady?: () => PromiseLike<unknown> }) | undefined;
  if (!office || typeof office.onReady !== "function") {
    sim.install(target);
    return false;
  }
  await office.onReady();
  sim.installUnder(office, target);
  return true;
}
