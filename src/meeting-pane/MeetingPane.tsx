import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import type { PaneComplianceWiring } from "../compliance/pane-recorder";
import { meetingTranslator } from "../i18n/meeting-pane";
import { engineLang, type UiLang } from "../i18n/strings";
import type { MeetingBlock } from "../outlook/edit-plan";
import type { LoadedPolicy } from "../outlook/policy-source";
import { loadPanePolicy, readerTimeZone } from "../pane-shell/pane-policy";
import { PaneShell, type PaneStatus } from "../pane-shell/PaneShell";
import { RecordingNotice } from "../pane-shell/RecordingNotice";
import { usePanePolicy } from "../pane-shell/use-pane-policy";
import { ruleCatalog } from "../policy/catalog";
import { DEFAULT_POLICY } from "../policy/config";
import { checkDraft } from "../policy/engine";
import { AgendaSection } from "./components/AgendaSection";
import { BookingSection } from "./components/BookingSection";
import { DepartmentsSection } from "./components/DepartmentsSection";
import { MaterialsSection, MinuteTakerSection } from "./components/PeopleSections";
import { RulesSection } from "./components/RulesSection";
import { MinutesSection, SaveSection } from "./components/SaveSections";
import type { GraphServices } from "./graph-wiring";
import type { MeetingHost } from "./meeting-host";
import { addressKey } from "../policy/people";
import { fromRows, meetingPeople, ruleStates } from "./model";
import { useDirectory } from "./use-directory";
import { useMeetingEdits } from "./use-meeting-edits";
import { useMeetingRead } from "./use-meeting-read";
import { useMeetingRecording } from "./use-meeting-recording";
import { useMeetingSave } from "./use-meeting-save";

// The meeting organizer's pane (AppointmentOrganizerCommandSurface): every meeting rule live,
// and the controls that make the right thing easy: urgency, agenda, minute-taker, materials,
// departments from Graph, save-and-apply (reminder, event data, To Do) and "Write minutes".

export interface MeetingPaneProps {
  host: MeetingHost;
  lang: UiLang;
  loadPolicy?: () => Promise<LoadedPolicy>;
  graph?: GraphServices;
  now?: () => Date;
  /** How often the body is re-read (Outlook has no body-changed event). */
  bodyPollMs?: number;
  /** Inside another page (the playground): a region, not the page's main landmark. */
  embedded?: boolean;
  /** Compliance recording (§5): where events go and who records; none: nothing is recorded. */
  compliance?: PaneComplianceWiring;
}

/** §2.3.2, the preparation clause: its findings are shown with the materials. */
const MATERIALS_CLAUSE = "§2.3.2";

export function MeetingPane(props: MeetingPaneProps) {
  const { host, lang, graph } = props;
  const t = useMemo(() => meetingTranslator(lang), [lang]);
  const now = useCallback(() => (props.now ? props.now() : new Date()), [props.now]);
  const loaded = usePanePolicy(props.loadPolicy ?? loadPanePolicy);
  const [statuses, report] = useState<PaneStatus[]>([]);
  const [read, refresh] = useMeetingRead(host, now, props.bodyPollMs ?? 5000);
  const policy = loaded?.policy ?? DEFAULT_POLICY;
  const draft = read.draft;
  const check = (overrides: { urgent?: boolean; reminder?: number }) =>
    draft && loaded
      ? checkDraft({ ...draft, ...(overrides.urgent ? { urgent: true } : {}), ...(overrides.reminder !== undefined ? { reminderMinutes: overrides.reminder } : {}) }, policy, { lang: engineLang(lang), now: now(), timeZone: readerTimeZone() })
      : undefined;
  const base = useMemo(() => check({}), [draft, loaded, lang, now]);
  const parts = base?.parts?.meeting;
  // The recording comes after the check the edits feed into: an edit reaches it through this ref.
  const written = useRef<(kind: MeetingBlock["kind"]) => void>(() => undefined);
  const onWritten = useCallback((kind: MeetingBlock["kind"]) => written.current(kind), []);
  const edits = useMeetingEdits(host, parts, engineLang(lang), t, { report, refresh, written: onWritten });
  const people = useMemo(() => meetingPeople(draft), [draft]);
  const directory = useDirectory(graph, people, policy, t, report);
  const saver = useMeetingSave(host, graph, policy, engineLang(lang), t, report);
  const result = useMemo(() => (edits.urgent || saver.reminder !== undefined ? check({ urgent: edits.urgent, reminder: saver.reminder }) : base), [base, edits.urgent, saver.reminder]);
  const catalog = useMemo(() => ruleCatalog("meeting", engineLang(lang)), [lang]);
  const recording = useMeetingRecording(props.compliance, loaded, result?.findings, saver.reminder);
  written.current = recording.edited;

  const shell = { lang, title: t("title"), embedded: props.embedded, checkAgainLabel: t("checkAgain"), checkingLabel: t("checking"), onCheckAgain: () => void refresh(), statuses, testId: "meeting-pane" };
  if (!draft || !result || !parts) {
    return (
      <PaneShell {...shell} checking busy={read.reading}>
        <Spinner label={t("checking")} />
        {read.problems.length > 0 && (
          <MessageBar intent="error">
            <MessageBarBody>{t("readFailed", { fields: read.problems.join(", ") })}</MessageBarBody>
          </MessageBar>
        )}
      </PaneShell>
    );
  }

  const heads = directory.departments?.heads ?? [];
  const minuteTaker = people.find((p) => addressKey(p.address) === edits.taker);
  const organizer = draft.organizer ? addressKey(draft.organizer.address) : "";
  const input = () => ({
    draft,
    parts,
    heads,
    minuteTaker,
    graphReady: directory.state.kind === "ready",
    data: {
      v: 1 as const,
      agenda: fromRows(edits.rows),
      ...(minuteTaker ? { minuteTaker } : {}),
      ...(edits.urgent && edits.reason.trim() ? { urgentReason: edits.reason.trim() } : {}),
      departmentHeads: heads,
      ...(parts.minutesDue ? { minutesDue: parts.minutesDue } : {}),
    },
  });

  return (
    <PaneShell {...shell} checking={false} busy={read.reading}>
      {loaded?.source === "builtin" && loaded.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("policyDefaults")}</MessageBarBody>
        </MessageBar>
      )}
      {read.problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("readFailed", { fields: read.problems.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {recording.notice && <RecordingNotice t={t} retentionDays={recording.retentionDays} onDismiss={recording.dismissNotice} />}
      <RulesSection rules={ruleStates(catalog, result)} t={t} report={recording.active ? { reported: recording.reported, onReport: recording.reportWrong } : undefined} />
      <BookingSection hoursAhead={parts.hoursAhead} minHours={policy.meeting.minAdvanceHours} edits={edits} busy={read.reading} t={t} />
      <AgendaSection edits={edits} people={people} busy={read.reading} t={t} />
      <MinuteTakerSection people={people} organizer={draft.organizer} taker={edits.taker} onChoose={(address) => edits.chooseTaker(address, people)} t={t} />
      <MaterialsSection attachments={(draft.attachments ?? []).filter((a) => !a.isInline)} findings={result.findings.filter((f) => f.clause === MATERIALS_CLAUSE)} t={t} />
      <DepartmentsSection configured={!!graph} directory={directory} lang={lang} t={t} />
      <SaveSection reminder={parts.reminderAtLeast} saving={saver.saving} onSave={() => void saver.save(input())} t={t} />
      <MinutesSection due={parts.minutesDue} days={policy.meeting.minutesDueWorkingDays} attendees={people.filter((p) => addressKey(p.address) !== organizer).length} heads={heads.length} onWrite={() => void saver.writeMinutes(input())} t={t} />
    </PaneShell>
  );
}
