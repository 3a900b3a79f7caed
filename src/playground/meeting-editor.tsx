import * as React from "react";
import { Button, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PlaygroundT } from "../i18n/playground";
import type { OfficeSim, SimAppointmentState, SimForm, SimRecipient } from "../office-sim/office-sim";
import { UserText } from "../pane-shell/UserText";
import { BodyEditor } from "./body-editor";
import type { FakeGraph, FakeUser } from "./meeting-graph";

// The simulated Outlook appointment beside the pane: what an organizer edits in Outlook
// (subject, time, attendees, the invitation in a rich-text editor as Outlook shows it,
// attachments), and what the add-in opened or stored (message forms, the event's reminder
// and data, To Do tasks). Its controls speak the display language chosen here.

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flex: "1 1 360px",
    maxWidth: "560px",
    minWidth: 0,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  people: { display: "flex", flexDirection: "column", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  forms: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  form: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium },
  pre: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, maxHeight: "200px", overflow: "auto" },
});

function toLocalInput(date: Date): string {
  const d = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

function recipient(u: FakeUser): SimRecipient {
  return { displayName: u.displayName, emailAddress: u.mail, recipientType: "user" };
}

export interface MeetingEditorProps {
  sim: OfficeSim;
  directory: FakeUser[];
  graph?: FakeGraph;
  t: PlaygroundT;
  lang: string;
  onLang: (lang: string) => void;
  dark: boolean;
  onDark: (dark: boolean) => void;
}

export function MeetingEditor({ sim, directory, graph, t, lang, onLang, dark, onDark }: MeetingEditorProps): React.JSX.Element {
  const styles = useStyles();
  const [, setTick] = React.useState(0);
  React.useEffect(() => sim.subscribe(() => setTick((t) => t + 1)), [sim]);
  const state = sim.state as SimAppointmentState;
  const edit = (change: (s: SimAppointmentState) => void) => sim.edit((s) => change(s as SimAppointmentState));
  const attending = new Set(state.requiredAttendees.map((r) => r.emailAddress.toLowerCase()));
  const durationMinutes = Math.round((state.end.getTime() - state.start.getTime()) / 60_000);

  return (
    <section className={styles.root} aria-label={t("meetingTitle")} data-testid="sim-editor">
      <Text as="h1" weight="semibold" size={500}>
        {t("meetingTitle")}
      </Text>
      <div className={styles.row}>
        <Field label={t("displayLanguage")}>
          <Select value={lang} onChange={(_, d) => onLang(d.value)} data-testid="sim-lang">
            <option value="en-US">English</option>
            <option value="zh-CN">简体中文</option>
            <option value="zh-TW">繁體中文</option>
            <option value="qps-ploc">{t("langPseudo")}</option>
          </Select>
        </Field>
        <Checkbox label={t("darkTheme")} checked={dark} onChange={(_, d) => onDark(!!d.checked)} />
      </div>
      <Field label={t("subject")}>
        <Input value={state.subject} onChange={(_, d) => edit((s) => void (s.subject = d.value))} data-testid="sim-subject" />
      </Field>
      <div className={styles.row}>
        <Field label={t("start")}>
          <Input
            type="datetime-local"
            value={toLocalInput(state.start)}
            data-testid="sim-start"
            onChange={(_, d) => {
              const start = new Date(d.value);
              if (Number.isNaN(start.getTime())) return;
              edit((s) => {
                s.start = start;
                s.end = new Date(start.getTime() + durationMinutes * 60_000);
              });
            }}
          />
        </Field>
        <Field label={t("duration")}>
          <Input
            type="number"
            value={String(durationMinutes)}
            onChange={(_, d) => {
              const minutes = Number(d.value);
              if (Number.isFinite(minutes) && minutes > 0) edit((s) => void (s.end = new Date(s.start.getTime() + minutes * 60_000)));
            }}
          />
        </Field>
      </div>
      <fieldset className={styles.people}>
        <legend>{t("attendees")}</legend>
        {directory
          .filter((u) => u.mail.toLowerCase() !== state.organizer.emailAddress.toLowerCase())
          .map((u) => (
            <Checkbox
              key={u.mail}
              label={`${u.displayName}（${u.department ?? t("unknownDepartment")}）`}
              checked={attending.has(u.mail.toLowerCase())}
              data-testid={`sim-attendee-${u.mail}`}
              onChange={(_, d) =>
                edit((s) => {
                  s.requiredAttendees = d.checked ? [...s.requiredAttendees, recipient(u)] : s.requiredAttendees.filter((r) => r.emailAddress.toLowerCase() !== u.mail.toLowerCase());
                })
              }
            />
          ))}
      </fieldset>
      <section aria-label={t("invitation")}>
        <Text as="h2" weight="semibold">
          {t("invitation")}
        </Text>
        <BodyEditor sim={sim} content={state.body.content} label={t("invitationBody")} testId="sim-body" />
      </section>
      <div className={styles.row}>
        <Button
          onClick={() => edit((s) => void (s.attachments = [...s.attachments, { id: `att-${s.attachments.length + 1}`, name: `Q3-budget-${s.attachments.length + 1}.pptx`, size: 245_000, attachmentType: "file", isInline: false }]))}
          data-testid="sim-attach"
        >
          {t("attachSlides")}
        </Button>
        <Button disabled={state.attachments.length === 0} onClick={() => edit((s) => void (s.attachments = s.attachments.slice(0, -1)))} data-testid="sim-detach">
          {t("detach")}
        </Button>
        <Text>
          {state.attachments.map((a) => (
            <React.Fragment key={a.id}>
              <UserText text={a.name} />{" "}
            </React.Fragment>
          ))}
        </Text>
      </div>
      <Text size={200}>{t("savedAs", { id: state.itemId ?? t("notSaved"), names: Object.keys(state.customProperties).join(", ") || t("none") })}</Text>
      <OpenedForms forms={sim.forms} graph={graph} t={t} />
      {graph && <GraphState graph={graph} t={t} />}
    </section>
  );
}

function OpenedForms({ forms, graph, t }: { forms: SimForm[]; graph?: FakeGraph; t: PlaygroundT }): React.JSX.Element | null {
  const styles = useStyles();
  if (forms.length === 0) return null;
  return (
    <div className={styles.forms} data-testid="sim-forms">
      <Text weight="semibold">{t("forms")}</Text>
      {forms.map((form, i) => {
        if (form.kind === "new") {
          const p = form.parameters as { subject?: string; toRecipients?: SimRecipient[]; ccRecipients?: SimRecipient[]; htmlBody?: string };
          return (
            <div key={i} className={styles.form} data-testid="sim-form" data-kind="new">
              <Text block data-testid="sim-form-subject">{p.subject}</Text>
              <Text block size={200} data-testid="sim-form-to">{t("formTo", { list: (p.toRecipients ?? []).map((r) => r.emailAddress).join("; ") })}</Text>
              <Text block size={200} data-testid="sim-form-cc">{t("formCc", { list: (p.ccRecipients ?? []).map((r) => r.emailAddress).join("; ") })}</Text>
              <div className={styles.pre} data-testid="sim-form-body">{p.htmlBody}</div>
            </div>
          );
        }
        const restId = form.itemId.replace(/\//g, "-").replace(/\+/g, "_");
        const message = graph?.messages.find((m) => m.id === restId || m.id === form.itemId);
        return (
          <div key={i} className={styles.form} data-testid="sim-form" data-kind="existing">
            <Text block data-testid="sim-form-subject">{message?.subject ?? form.itemId}</Text>
            {message && (
              <>
                <Text block size={200} data-testid="sim-form-to">{t("formTo", { list: (message.toRecipients ?? []).map((r) => r.emailAddress?.address).join("; ") })}</Text>
                <Text block size={200} data-testid="sim-form-cc">{t("formCc", { list: (message.ccRecipients ?? []).map((r) => r.emailAddress?.address).join("; ") })}</Text>
                <div className={styles.pre} data-testid="sim-form-body">{message.body?.content}</div>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}

function GraphState({ graph, t }: { graph: FakeGraph; t: PlaygroundT }): React.JSX.Element {
  const styles = useStyles();
  const [, setTick] = React.useState(0);
  React.useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  const events = Array.from(graph.events.values());
  const tasks = Array.from(graph.tasks.values()).flat();
  return (
    <div className={styles.forms} data-testid="sim-graph">
      <Text weight="semibold">{t("graph")}</Text>
      <Text size={200}>{t("requests", { count: graph.topLevelRequests.length })}</Text>
      {events.map((e) => (
        <Text key={e.id} size={200} block data-testid="sim-graph-event">
          {t("eventReminder", {
            reminder: e.isReminderOn ? t("reminderMinutes", { minutes: e.reminderMinutesBeforeStart ?? 0 }) : t("off"),
            stored: (e.singleValueExtendedProperties ?? []).length > 0 ? t("yes") : t("no"),
          })}
        </Text>
      ))}
      {tasks.map((task) => (
        <Text key={task.id} size={200} block data-testid="sim-graph-task">
          {t("todo", { title: task.title ?? "", date: task.dueDateTime?.dateTime?.slice(0, 10) ?? "" })}
        </Text>
      ))}
    </div>
  );
}
