// The simulated mailbox's vocabulary: the item state a test or the playground edits, the
// per-call configuration, and the records of what the add-in called. Plain data only.

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
  /** When the add-in sent the item with `sendAsync` (Mailbox 1.15); undefined: not sent. */
  sentAt?: string;
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
  /** Mailbox 1.7 `item.recurrence`: the series' pattern, or null for a single appointment (left out: null). */
  recurrence?: SimRecurrence | null;
}

/** The part of Office.Recurrence the add-in reads: that there is a pattern, and its kind. */
export interface SimRecurrence {
  recurrenceType: "daily" | "weekday" | "weekly" | "monthly" | "yearly";
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

