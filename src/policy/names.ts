// The names other programs read: Outlook's stores, Exchange, the CLI report over exported
// mail, administrators' Graph queries, the build and the bench. Changing one breaks what was
// written under the old name (a cached policy, a queued event, a stamped mail, a saved
// meeting), so each is written here once and every face imports it. Pure data, in the engine
// so that the engine's own stamp and every outer module can read it.

/**
 * The internet header the on-send check stamps on a sent item (Mailbox 1.8 internetHeaders,
 * https://learn.microsoft.com/javascript/api/outlook/office.internetheaders); the CLI report
 * reads it back from exports. Its format: policy/stamp.ts.
 */
export const STAMP_HEADER = "x-comm-policy";

/**
 * The add-in's custom properties (item.loadCustomPropertiesAsync, Mailbox 1.1). Exchange keeps
 * them all in one named property, `${CUSTOM_PROPERTIES_PREFIX}<add-in id>`, that Graph reads.
 */
export const CUSTOM_PROPERTY_NAMES = {
  /** The meeting pane's record of the meeting (minute-taker, agenda, urgency reason), JSON. */
  meetingPolicy: "commPolicyMeeting",
  /** On a minutes draft: the meeting it records, JSON. */
  minutesOf: "commPolicyMinutesOf",
} as const;

/** Office.js's prefix of the extended property that holds an add-in's custom properties. */
export const CUSTOM_PROPERTIES_PREFIX = "cecp-";

/** The hidden body marker that carries the minutes link where custom properties are lost. */
export const MINUTES_MARKER_PREFIX = "cpa-minutes-of:";

/** Keys in the stores that outlive a page: item.sessionData, OfficeRuntime.storage / localStorage, sessionStorage. */
export const STORAGE_KEYS = {
  /** item.sessionData (Mailbox 1.11): the blocked send's findings, for the pane its Fix button opens. */
  sendHandoff: "commPolicy.sendCheck",
  /** OfficeRuntime.storage or localStorage: the last good policy.json, shared by the panes and the on-send check. */
  policyCache: "commPolicy.policy",
  /** OfficeRuntime.storage or localStorage: compliance events not yet acknowledged by the service. */
  complianceQueue: "comm-policy.compliance-queue.v1",
  /** item.sessionData (Mailbox 1.11): the user's "send anyway" from the pane, for the on-send check it starts (outlook/send-override.ts). */
  sendOverride: "commPolicy.sendDespite",
  /** OfficeRuntime.storage or localStorage: what the on-send check held back, for a pane to turn into `blocked` events (compliance/send-facts.ts). */
  sendFacts: "comm-policy.send-facts.v1",
  /** OfficeRuntime.storage or localStorage: the user's department from Graph, cached for the compliance events. */
  department: "commPolicy.department",
  /** OfficeRuntime.storage or localStorage: the recording notice was dismissed (its version is appended). */
  recordingNoticePrefix: "commPolicy.recordingNotice.v",
  /** sessionStorage of the sign-in dialog: the scopes asked for, kept across its redirect. */
  dialogScopes: "cpa-scopes",
} as const;

/**
 * The panes' lazily loaded chunks (webpackChunkName; a magic comment must be a literal, so a
 * test holds every comment in src/ to this list). The bench and the README report them by name.
 */
export const LAZY_CHUNK_NAMES = ["opencc", "public-holidays", "graph-sign-in", "graph-client", "dev-token"] as const;
