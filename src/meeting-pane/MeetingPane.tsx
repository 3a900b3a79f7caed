import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { GraphApi } from "../graph/client";
import { GraphFailure } from "../graph/client";
import type { SignInSession } from "../graph/auth";
import { buildDepartmentView, type DepartmentView } from "../graph/departments";
import type { DirectoryService } from "../graph/directory";
import { PROPERTY_MEETING_POLICY } from "../graph/extended-properties";
import { createMinutesDraft, readMeetingFromEvent, saveMeetingToEvent, type MeetingPolicyData, type TodoService } from "../graph/meeting-services";
import { calendarStrings, fmt, type CalendarStrings } from "../i18n/calendar";
import type { Policy } from "../policy/config";
import { checkDraft } from "../policy/engine";
import { outlookReminderAtLeast } from "../policy/rules/meeting/reminder";
import { readMeetingBody, type AgendaItem } from "../policy/text/meeting-body";
import { parseBody } from "../policy/text/segment";
import type { Finding, Lang, MeetingDraft, Person } from "../policy/types";
import { isolateBidi } from "./display-text";
import { describeLookupFailures } from "./graph-problems";
import type { MeetingHost } from "./meeting-host";
import {
  agendaText,
  buildMinutesMessage,
  hoursAhead,
  meetingRules,
  minutesDueDate,
  missingMaterials,
  renderMinuteTaker,
  renderUrgency,
  ruleStates,
  uniquePeople,
  writeBlock,
  type BlockKind,
  type RuleState,
} from "./meeting-model";

// The meeting organizer's pane (AppointmentOrganizerCommandSurface): every meeting rule live,
// and the controls that make the right thing easy: urgency, agenda, minute-taker, materials,
// departments from Graph, save-and-apply (reminder, event data, To Do) and "Write minutes".

export interface GraphServices {
  session: SignInSession;
  api: GraphApi;
  /** The same Graph with Mail.ReadWrite (asked for only when writing minutes). */
  minutesApi: GraphApi;
  directory: DirectoryService;
  todo: TodoService;
  /** The manifest's <Id>, for the custom-properties extended property. */
  addInId?: string;
}

export interface MeetingPaneProps {
  host: MeetingHost;
  lang: Lang;
  policy: Policy;
  policyProblem?: boolean;
  graph?: GraphServices;
  now?: () => Date;
  /** How often the body is re-read (Outlook has no body-changed event). */
  bodyPollMs?: number;
}

type GraphState = { kind: "checking" } | { kind: "notConfigured" } | { kind: "signedOut" } | { kind: "signingIn" } | { kind: "ready" } | { kind: "error"; message: string };

interface EditableItem {
  key: number;
  title: string;
  minutes: string;
  owner: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", maxWidth: "560px" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px" },
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", gap: "6px", alignItems: "flex-end", flexWrap: "wrap" },
  rules: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  rule: { display: "flex", gap: "8px", alignItems: "flex-start" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: "18px" },
  title: { flexGrow: 1, minWidth: "140px" },
  minutes: { width: "80px" },
  owner: { width: "130px" },
  input: { width: "100%", minWidth: 0 },
  remove: { minWidth: "32px" },
});

let itemKey = 0;
const toEditable = (item: AgendaItem): EditableItem => ({ key: ++itemKey, title: item.title, minutes: item.minutes ? String(item.minutes) : "", owner: item.owner ?? "" });

function fromEditable(items: EditableItem[]): AgendaItem[] {
  return items
    .filter((i) => i.title.trim() !== "")
    .map((i) => {
      const item: AgendaItem = { title: i.title.trim() };
      const minutes = Number(i.minutes);
      if (i.minutes.trim() !== "" && Number.isFinite(minutes) && minutes > 0) item.minutes = Math.round(minutes);
      if (i.owner.trim() !== "") item.owner = i.owner.trim();
      return item;
    });
}

const STATUS_BADGE: Record<RuleState["status"], { color: "success" | "danger" | "warning" | "informative" | "subtle"; icon: string }> = {
  pass: { color: "success", icon: "✓" },
  error: { color: "danger", icon: "✕" },
  warning: { color: "warning", icon: "!" },
  info: { color: "informative", icon: "i" },
  skipped: { color: "subtle", icon: "–" },
};

const MATERIALS_RULE = "meeting/materials";

/**
 * The engine's meeting/materials finding when the registry has that rule (one judgement for
 * the pane and the on-send check); the pane's own word list only where it does not.
 */
function materialsWarning(findings: readonly Finding[], local: () => string[]): { message?: string; words: string[] } {
  if (meetingRules().some((r) => r.id === MATERIALS_RULE)) {
    const finding = findings.find((f) => f.rule === MATERIALS_RULE);
    return finding ? { message: finding.message, words: [String(finding.data.term ?? "")] } : { words: [] };
  }
  return { words: local() };
}

function personLabel(p: Person): string {
  return p.name && p.name !== p.address ? `${isolateBidi(p.name)} <${p.address}>` : p.address;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function MeetingPane(props: MeetingPaneProps): React.JSX.Element {
  const { host, lang, policy, graph } = props;
  const s: CalendarStrings = calendarStrings(lang);
  const styles = useStyles();
  const now = React.useCallback(() => (props.now ? props.now() : new Date()), [props.now]);

  const [draft, setDraft] = React.useState<MeetingDraft | undefined>();
  const [readProblems, setReadProblems] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [urgent, setUrgent] = React.useState(false);
  const [reason, setReason] = React.useState("");
  const [agenda, setAgenda] = React.useState<EditableItem[]>([]);
  const [agendaFromBody, setAgendaFromBody] = React.useState(false);
  const [taker, setTaker] = React.useState("");
  const [status, setStatus] = React.useState<{ intent: "success" | "error" | "info"; text: string }[]>([]);
  const [graphState, setGraphState] = React.useState<GraphState>({ kind: graph ? "checking" : "notConfigured" });
  const [departments, setDepartments] = React.useState<DepartmentView | undefined>();
  const [lookupFailed, setLookupFailed] = React.useState<ReadonlyMap<string, GraphFailure>>(new Map());
  const [reminder, setReminder] = React.useState<number | undefined>();
  const [taskCreatedFor, setTaskCreatedFor] = React.useState<string | undefined>();
  const initialized = React.useRef(false);
  const editedAgenda = React.useRef(false);
  /** One field of one agenda row typed by the organizer: from now on the editor, not the body, is the truth. */
  const editAgendaItem = (key: EditableItem["key"], change: Partial<EditableItem>): void => {
    editedAgenda.current = true;
    setAgenda((all) => all.map((x) => (x.key === key ? { ...x, ...change } : x)));
  };

  // ---- reading -------------------------------------------------------------------------

  const refresh = React.useCallback(async () => {
    setBusy(true);
    try {
      const read = await host.read(now());
      setDraft(read.draft);
      setReadProblems(read.failed);
      const body = readMeetingBody(parseBody(read.draft.body));
      if (!initialized.current) {
        initialized.current = true;
        if (body.agenda) {
          setAgenda(body.agenda.items.map(toEditable));
          setAgendaFromBody(true);
        } else {
          setAgenda([toEditable({ title: "" })]);
        }
        if (body.urgency) {
          setUrgent(true);
          setReason(body.urgency.reason);
        }
      } else if (body.agenda && !editedAgenda.current) {
        setAgenda(body.agenda.items.map(toEditable));
        setAgendaFromBody(true);
      }
      const named = body.minuteTaker?.person;
      if (named) {
        const people = [read.draft.organizer, ...(read.draft.requiredAttendees ?? []), ...(read.draft.optionalAttendees ?? [])].filter((p): p is Person => !!p);
        const match = people.find((p) => (named.address && p.address.toLowerCase() === named.address.toLowerCase()) || (named.name && p.name === named.name));
        setTaker(match?.address.toLowerCase() ?? "");
      } else if (body.minuteTaker?.self && read.draft.organizer) {
        setTaker(read.draft.organizer.address.toLowerCase());
      }
    } catch (error) {
      setReadProblems([errorText(error)]);
    } finally {
      setBusy(false);
    }
  }, [host, now]);

  React.useEffect(() => {
    void refresh();
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    void host.onItemChanged(() => void refresh()).then((off) => {
      if (disposed) off();
      else unsubscribe = off;
    });
    const timer = setInterval(() => {
      if (typeof document === "undefined" || document.visibilityState === "visible") void refresh();
    }, props.bodyPollMs ?? 5000);
    return () => {
      disposed = true;
      clearInterval(timer);
      unsubscribe?.();
    };
  }, [host, refresh, props.bodyPollMs]);

  // ---- Graph ---------------------------------------------------------------------------

  const attendeeAddresses = React.useMemo(() => {
    if (!draft) return "";
    return uniquePeople([...(draft.requiredAttendees ?? []), ...(draft.optionalAttendees ?? []), ...(draft.organizer ? [draft.organizer] : [])])
      .map((p) => p.address.toLowerCase())
      .sort()
      .join(",");
  }, [draft]);

  const lookUpDepartments = React.useCallback(async () => {
    if (!graph || !draft) return;
    const people = uniquePeople([...(draft.organizer ? [draft.organizer] : []), ...(draft.requiredAttendees ?? []), ...(draft.optionalAttendees ?? [])]);
    try {
      await graph.session.getToken();
      const result = await graph.directory.lookUp(people.map((p) => p.address));
      const firstFailure = Array.from(result.failed.values())[0];
      if (firstFailure?.needsSignIn || firstFailure?.code === "notConfigured") throw firstFailure;
      setDepartments(buildDepartmentView(people, result.entries, policy.departmentHeads));
      setLookupFailed(result.failed);
      setGraphState({ kind: "ready" });
    } catch (error) {
      if (error instanceof GraphFailure && error.code === "notConfigured") setGraphState({ kind: "notConfigured" });
      else if (error instanceof GraphFailure && error.needsSignIn) setGraphState({ kind: "signedOut" });
      else setGraphState({ kind: "error", message: errorText(error) });
    }
  }, [graph, draft, policy.departmentHeads]);

  React.useEffect(() => {
    if (graphState.kind === "signingIn" || graphState.kind === "notConfigured" || graphState.kind === "signedOut") return;
    if (attendeeAddresses !== "") void lookUpDepartments();
    // Re-run only when the attendees change (the directory's cache makes repeats free anyway).
  }, [attendeeAddresses, graphState.kind === "ready"]);

  const signIn = async () => {
    if (!graph) return;
    setGraphState({ kind: "signingIn" });
    try {
      await graph.session.signIn();
      setGraphState({ kind: "checking" });
      await lookUpDepartments();
    } catch (error) {
      setGraphState(error instanceof GraphFailure && error.code === "notConfigured" ? { kind: "notConfigured" } : { kind: "signedOut" });
      setStatus([{ intent: "error", text: fmt(s.graphError, { message: errorText(error) }) }]);
    }
  };

  // ---- the check -------------------------------------------------------------------------

  const checked = React.useMemo(() => {
    if (!draft) return undefined;
    const forCheck: MeetingDraft = { ...draft, ...(urgent ? { urgent: true } : {}), ...(reminder !== undefined ? { reminderMinutes: reminder } : {}) };
    const result = checkDraft(forCheck, policy, { lang, now: now() });
    const parsed = parseBody(draft.body);
    return {
      result,
      states: ruleStates(result, forCheck, policy, lang),
      hours: hoursAhead(draft, now()),
      due: minutesDueDate(draft, policy),
      materials: materialsWarning(result.findings, () => missingMaterials(parsed, fromEditable(agenda), draft)),
    };
  }, [draft, urgent, reminder, policy, lang, now, agenda]);

  const people = React.useMemo(() => {
    if (!draft) return [];
    return uniquePeople([...(draft.organizer ? [draft.organizer] : []), ...(draft.requiredAttendees ?? []), ...(draft.optionalAttendees ?? [])]);
  }, [draft]);

  const heads: Person[] = departments?.heads ?? [];
  // People the directory answered for without a department; those it failed on are explained apart.
  const knownUnknown = (departments?.unknown ?? []).filter((p) => !lookupFailed.has(p.address.trim().toLowerCase()));
  const nameOfAddress = (address: string): string => {
    const person = (departments?.unknown ?? []).find((p) => p.address.trim().toLowerCase() === address);
    return person?.name ? `${isolateBidi(person.name)} <${address}>` : address;
  };

  // ---- writing ---------------------------------------------------------------------------

  const write = async (kind: BlockKind, text: string) => {
    try {
      const body = await host.readBody();
      await host.writeBody(writeBlock(body, kind, text));
      setStatus([{ intent: "success", text: s.written }]);
      await refresh();
    } catch (error) {
      setStatus([{ intent: "error", text: fmt(s.bodyWriteFailed, { message: errorText(error) }) }]);
    }
  };

  const writeAgenda = () => {
    const items = fromEditable(agenda);
    if (items.length === 0) return;
    editedAgenda.current = false;
    void write("agenda", agendaText(items, lang));
  };

  const chooseTaker = (address: string) => {
    setTaker(address);
    const person = people.find((p) => p.address.toLowerCase() === address);
    if (person) void write("minuteTaker", renderMinuteTaker(person, lang));
  };

  const policyData = (): MeetingPolicyData => {
    const minuteTaker = people.find((p) => p.address.toLowerCase() === taker);
    const due = checked?.due;
    return {
      v: 1,
      agenda: fromEditable(agenda),
      ...(minuteTaker ? { minuteTaker } : {}),
      ...(urgent && reason.trim() ? { urgentReason: reason.trim() } : {}),
      departmentHeads: heads,
      ...(due ? { minutesDue: due } : {}),
    };
  };

  const saveAndApply = async () => {
    if (!draft) return;
    setBusy(true);
    const messages: { intent: "success" | "error" | "info"; text: string }[] = [];
    try {
      const data = policyData();
      await host.setCustomProperties({ [PROPERTY_MEETING_POLICY]: JSON.stringify(data) });
      const eventId = await host.save();
      messages.push({ intent: "success", text: s.savedItem });
      if (graph && graphState.kind === "ready" && eventId) {
        const stored = await readMeetingFromEvent(graph.api, eventId, graph.addInId ?? "00000000-0000-0000-0000-000000000000").catch(() => undefined);
        const minutes = Math.max(stored?.reminderMinutes ?? 0, outlookReminderAtLeast(policy.meeting.joinEarlyMinutes));
        await saveMeetingToEvent(graph.api, eventId, { data, reminderMinutes: minutes, addInId: graph.addInId });
        setReminder(minutes);
        messages.push({ intent: "success", text: fmt(s.savedReminder, { minutes }) });
        const taskKey = `${draft.subject ?? ""}|${draft.end ?? ""}`;
        if (data.minutesDue && taskCreatedFor !== taskKey) {
          await graph.todo.createTask({ title: fmt(s.taskTitle, { subject: (draft.subject ?? "").trim() }), dueDate: data.minutesDue, timeZone: host.timeZone });
          setTaskCreatedFor(taskKey);
          messages.push({ intent: "success", text: fmt(s.savedTask, { date: data.minutesDue }) });
        }
      } else {
        messages.push({ intent: "info", text: s.savedNeedsGraph });
      }
    } catch (error) {
      messages.push({ intent: "error", text: fmt(s.saveFailed, { message: errorText(error) }) });
    } finally {
      setStatus(messages);
      setBusy(false);
    }
  };

  const writeMinutes = async () => {
    if (!draft) return;
    const minuteTaker = people.find((p) => p.address.toLowerCase() === taker);
    const viaGraph = !!graph && graphState.kind === "ready" && !!graph.addInId;
    try {
      if (viaGraph && graph && graph.addInId) {
        const message = buildMinutesMessage(draft, { lang, policy, heads, minuteTaker, withMarker: false });
        const id = await createMinutesDraft(graph.minutesApi, { ...message, addInId: graph.addInId });
        if (host.openDraft(id)) {
          setStatus([{ intent: "success", text: s.minutesOpened }]);
          return;
        }
      }
    } catch {
      // Consent for Mail.ReadWrite refused, or Graph failed: open the form without Graph below.
    }
    const message = buildMinutesMessage(draft, { lang, policy, heads, minuteTaker, withMarker: true });
    try {
      host.openNewMessage({ to: message.to, cc: message.cc, subject: message.subject, htmlBody: message.html });
      setStatus([{ intent: "info", text: s.minutesOpenedNoLink }]);
    } catch (error) {
      setStatus([{ intent: "error", text: errorText(error) }]);
    }
  };

  // ---- rendering ---------------------------------------------------------------------------

  if (!draft || !checked) {
    return (
      <div className={styles.root}>
        <Spinner label={s.checking} />
        {readProblems.length > 0 && (
          <MessageBar intent="error">
            <MessageBarBody>{fmt(s.readFailed, { fields: readProblems.join(", ") })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    );
  }

  const tooSoon = checked.hours !== undefined && checked.hours < policy.meeting.minAdvanceHours;
  const failing = checked.states.filter((r) => r.status === "error" || r.status === "warning");
  const attachments = (draft.attachments ?? []).filter((a) => !a.isInline);

  return (
    <main className={styles.root} aria-label={s.title} data-testid="meeting-pane">
      <div className={styles.header}>
        <Subtitle2 as="h1">{s.title}</Subtitle2>
        <Button onClick={() => void refresh()} disabled={busy} data-testid="check-again">
          {s.checkAgain}
        </Button>
      </div>
      {props.policyProblem && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.policyDefaults}</MessageBarBody>
        </MessageBar>
      )}
      {readProblems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{fmt(s.readFailed, { fields: readProblems.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite" data-testid="status">
        {status.map((m, i) => (
          <MessageBar key={i} intent={m.intent}>
            <MessageBarBody>{m.text}</MessageBarBody>
          </MessageBar>
        ))}
      </div>

      <section className={styles.section} aria-labelledby="rules-h" data-testid="rules">
        <Text as="h2" weight="semibold" id="rules-h">
          {s.rulesHeading}
        </Text>
        {failing.length === 0 && <Text data-testid="all-pass">{s.allPass}</Text>}
        <ul className={styles.rules}>
          {checked.states.map((rule) => (
            <li key={rule.id} className={styles.rule} data-testid={`rule-${rule.id}`} data-status={rule.status}>
              <Badge appearance="filled" color={STATUS_BADGE[rule.status].color} aria-label={rule.status === "pass" ? s.rulePass : rule.status === "skipped" ? s.ruleSkipped : rule.status}>
                {STATUS_BADGE[rule.status].icon}
              </Badge>
              <div>
                <Text>
                  {rule.description} <Caption1 className={styles.muted}>{rule.clause}</Caption1>
                </Text>
                {rule.findings.map((f, i) => (
                  <div key={i}>
                    <Caption1>{f.message}</Caption1>
                  </div>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <Divider />

      <section className={styles.section} aria-labelledby="booking-h" data-testid="booking">
        <Text as="h2" weight="semibold" id="booking-h">
          {s.bookingHeading}
        </Text>
        <Text data-testid="hours-ahead">
          {checked.hours === undefined ? "" : checked.hours < 0 ? s.bookedPast : fmt(s.bookedAhead, { hours: checked.hours, min: policy.meeting.minAdvanceHours })}
        </Text>
        {tooSoon && <Text className={styles.muted}>{s.tooSoon}</Text>}
        {(tooSoon || urgent) && (
          <Switch label={s.urgentSwitch} checked={urgent} onChange={(_, d) => setUrgent(d.checked)} data-testid="urgent-switch" />
        )}
        {urgent && (
          <>
            <Field label={s.urgentReason} hint={s.urgentReasonHint}>
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} data-testid="urgent-reason" resize="vertical" />
            </Field>
            <Button disabled={reason.trim() === ""} onClick={() => void write("urgency", renderUrgency(reason, lang))} data-testid="write-reason">
              {s.writeReason}
            </Button>
          </>
        )}
      </section>
      <Divider />

      <section className={styles.section} aria-labelledby="agenda-h" data-testid="agenda">
        <Text as="h2" weight="semibold" id="agenda-h">
          {s.agendaHeading}
        </Text>
        {agendaFromBody && <Caption1 className={styles.muted}>{s.agendaRead}</Caption1>}
        {agenda.map((item, index) => (
          <div className={styles.row} key={item.key} role="group" aria-label={fmt(s.agendaItem, { n: index + 1 })} data-testid="agenda-row">
            <Field label={s.agendaTitle} className={styles.title}>
              <Input
                value={item.title}
                data-testid="agenda-title"
                className={styles.input}
                onChange={(_, d) => editAgendaItem(item.key, { title: d.value })}
              />
            </Field>
            <Field label={s.agendaMinutes} className={styles.minutes}>
              <Input
                type="number"
                min={0}
                value={item.minutes}
                data-testid="agenda-minutes"
                className={styles.input}
                onChange={(_, d) => editAgendaItem(item.key, { minutes: d.value })}
              />
            </Field>
            <Field label={s.agendaOwner} className={styles.owner}>
              <Input
                value={item.owner}
                data-testid="agenda-owner"
                className={styles.input}
                list="cpa-people"
                onChange={(_, d) => editAgendaItem(item.key, { owner: d.value })}
              />
            </Field>
            <Button
              appearance="subtle"
              className={styles.remove}
              aria-label={fmt(s.removeItem, { n: index + 1 })}
              onClick={() => {
                editedAgenda.current = true;
                setAgenda((all) => all.filter((x) => x.key !== item.key));
              }}
            >
              ✕
            </Button>
          </div>
        ))}
        <datalist id="cpa-people">
          {people.map((p) => (
            <option key={p.address} value={p.name || p.address} />
          ))}
        </datalist>
        <div className={styles.row}>
          <Button
            onClick={() => {
              editedAgenda.current = true;
              setAgenda((all) => [...all, toEditable({ title: "" })]);
            }}
            data-testid="add-item"
          >
            {s.addItem}
          </Button>
          <Button appearance="primary" onClick={writeAgenda} disabled={fromEditable(agenda).length === 0} data-testid="write-agenda">
            {s.writeAgenda}
          </Button>
        </div>
      </section>
      <Divider />

      <section className={styles.section} aria-labelledby="taker-h" data-testid="minute-taker">
        <Text as="h2" weight="semibold" id="taker-h">
          {s.minuteTakerHeading}
        </Text>
        <Field label={s.minuteTakerPick}>
          <Select value={taker} onChange={(_, d) => chooseTaker(d.value)} data-testid="minute-taker-select">
            <option value="">{s.minuteTakerNone}</option>
            {people.map((p) => (
              <option key={p.address} value={p.address.toLowerCase()}>
                {personLabel(p)}
                {draft.organizer && p.address.toLowerCase() === draft.organizer.address.toLowerCase() ? ` ${s.organizerSuffix}` : ""}
              </option>
            ))}
          </Select>
        </Field>
      </section>
      <Divider />

      <section className={styles.section} aria-labelledby="materials-h" data-testid="materials">
        <Text as="h2" weight="semibold" id="materials-h">
          {s.materialsHeading}
        </Text>
        {attachments.length === 0 ? (
          <Text className={styles.muted}>{s.noAttachments}</Text>
        ) : (
          <ul className={styles.list}>
            {attachments.map((a, i) => (
              <li key={i}>
                <Text>{isolateBidi(a.name)}</Text>
              </li>
            ))}
          </ul>
        )}
        {checked.materials.words.length > 0 && (
          <MessageBar intent="warning" data-testid="materials-missing">
            <MessageBarBody>{checked.materials.message ?? fmt(s.materialsMissing, { words: checked.materials.words.join(", ") })}</MessageBarBody>
          </MessageBar>
        )}
      </section>
      <Divider />

      <section className={styles.section} aria-labelledby="departments-h" data-testid="departments" data-graph={graphState.kind}>
        <Text as="h2" weight="semibold" id="departments-h">
          {s.departmentsHeading}
        </Text>
        {graphState.kind !== "ready" && (
          <>
            <Text className={styles.muted}>{s.needGraphList}</Text>
            {graphState.kind === "notConfigured" && <Text data-testid="graph-not-configured">{s.notConfigured}</Text>}
            {graphState.kind === "error" && (
              <MessageBar intent="error">
                <MessageBarBody>{fmt(s.graphError, { message: graphState.message })}</MessageBarBody>
              </MessageBar>
            )}
            {graph && graphState.kind !== "notConfigured" && (
              <Button appearance="primary" onClick={() => void signIn()} disabled={graphState.kind === "signingIn" || graphState.kind === "checking"} data-testid="sign-in">
                {graphState.kind === "signingIn" ? s.signingIn : s.signIn}
              </Button>
            )}
          </>
        )}
        {graphState.kind === "ready" && departments && (
          <>
            {/* With nobody's department known there is nothing to call single- or cross-department. */}
            {departments.departments.length > 0 && (
              <Text data-testid="cross-department" data-cross={departments.crossDepartment ? "yes" : "no"}>
                {departments.crossDepartment ? fmt(s.crossDepartment, { count: departments.departments.length }) : s.singleDepartment}
              </Text>
            )}
            <ul className={styles.list}>
              {departments.departments.map((d) => (
                <li key={d.name} data-testid="department">
                  <Text weight="semibold">{isolateBidi(d.name)}</Text>: {d.members.map((m) => isolateBidi(m.name || m.address)).join(", ")}
                  <div>
                    <Caption1>
                      {s.headsLabel}: {d.heads.length > 0 ? d.heads.map(personLabel).join(", ") : s.headsNone}
                      {d.headsFrom === "policy" ? ` (${s.headsFromPolicy})` : ""}
                    </Caption1>
                  </div>
                </li>
              ))}
            </ul>
            {knownUnknown.length > 0 && <Caption1>{fmt(s.unknownDepartment, { names: knownUnknown.map((p) => isolateBidi(p.name || p.address)).join(", ") })}</Caption1>}
            {describeLookupFailures(lookupFailed, nameOfAddress, lang).map((text) => (
              <MessageBar key={text} intent="warning" data-testid="lookup-problem">
                <MessageBarBody>{text}</MessageBarBody>
              </MessageBar>
            ))}
          </>
        )}
      </section>
      <Divider />

      <section className={styles.section} aria-labelledby="save-h" data-testid="save">
        <Text as="h2" weight="semibold" id="save-h">
          {s.saveHeading}
        </Text>
        <Caption1 className={styles.muted}>{fmt(s.saveExplain, { minutes: outlookReminderAtLeast(policy.meeting.joinEarlyMinutes) })}</Caption1>
        <Button appearance="primary" onClick={() => void saveAndApply()} disabled={busy} data-testid="save-apply">
          {busy ? s.saving : s.saveButton}
        </Button>
      </section>
      <Divider />

      <section className={styles.section} aria-labelledby="minutes-h" data-testid="minutes">
        <Text as="h2" weight="semibold" id="minutes-h">
          {s.minutesHeading}
        </Text>
        {checked.due && (
          <Text data-testid="minutes-due" data-due={checked.due}>
            {fmt(s.minutesDue, { date: checked.due, days: policy.meeting.minutesDueWorkingDays })}
          </Text>
        )}
        <Caption1>{fmt(s.minutesRecipients, { count: people.filter((p) => p.address.toLowerCase() !== draft.organizer?.address.toLowerCase()).length, heads: heads.length })}</Caption1>
        <Button onClick={() => void writeMinutes()} data-testid="write-minutes">
          {s.writeMinutes}
        </Button>
      </section>
    </main>
  );
}
