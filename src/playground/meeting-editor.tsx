import * as React from "react";
import { Button, Checkbox, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { OfficeSim, SimAppointmentState, SimForm, SimRecipient } from "../office-sim/office-sim";
import type { FakeGraph, FakeUser } from "./meeting-graph";

// The simulated Outlook appointment beside the pane: what an organizer edits in Outlook
// (subject, time, attendees, body, attachments), and what the add-in opened or stored
// (message forms, the event's reminder and data, To Do tasks).

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", padding: "12px", borderRight: `1px solid ${tokens.colorNeutralStroke2}`, minWidth: "360px", maxWidth: "520px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" },
  people: { display: "flex", flexDirection: "column" },
  forms: { display: "flex", flexDirection: "column", gap: "8px" },
  form: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "8px", borderRadius: "4px" },
  pre: { whiteSpace: "pre-wrap", fontFamily: "monospace", fontSize: "12px", maxHeight: "200px", overflow: "auto" },
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
  lang: string;
  onLang: (lang: string) => void;
  dark: boolean;
  onDark: (dark: boolean) => void;
}

export function MeetingEditor({ sim, directory, graph, lang, onLang, dark, onDark }: MeetingEditorProps): React.JSX.Element {
  const styles = useStyles();
  const [, setTick] = React.useState(0);
  React.useEffect(() => sim.subscribe(() => setTick((t) => t + 1)), [sim]);
  const state = sim.state as SimAppointmentState;
  const edit = (change: (s: SimAppointmentState) => void) => sim.edit((s) => change(s as SimAppointmentState));
  const attending = new Set(state.requiredAttendees.map((r) => r.emailAddress.toLowerCase()));
  const durationMinutes = Math.round((state.end.getTime() - state.start.getTime()) / 60_000);

  return (
    <section className={styles.root} aria-label="Simulated Outlook meeting" data-testid="sim-editor">
      <Text as="h1" weight="semibold" size={500}>
        Simulated Outlook meeting
      </Text>
      <div className={styles.row}>
        <Field label="Display language">
          <Select value={lang} onChange={(_, d) => onLang(d.value)} data-testid="sim-lang">
            <option value="en-US">English</option>
            <option value="zh-CN">简体中文</option>
            <option value="zh-TW">繁體中文</option>
          </Select>
        </Field>
        <Checkbox label="Dark theme" checked={dark} onChange={(_, d) => onDark(!!d.checked)} />
      </div>
      <Field label="Subject">
        <Input value={state.subject} onChange={(_, d) => edit((s) => void (s.subject = d.value))} data-testid="sim-subject" />
      </Field>
      <div className={styles.row}>
        <Field label="Start">
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
        <Field label="Minutes">
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
        <legend>Required attendees</legend>
        {directory
          .filter((u) => u.mail.toLowerCase() !== state.organizer.emailAddress.toLowerCase())
          .map((u) => (
            <Checkbox
              key={u.mail}
              label={`${u.displayName} (${u.department ?? "?"})`}
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
      <Field label="Body (HTML, as Outlook holds it)">
        <Textarea value={state.body.content} rows={10} resize="vertical" onChange={(_, d) => edit((s) => void (s.body = { ...s.body, type: "html", content: d.value }))} data-testid="sim-body" />
      </Field>
      <div className={styles.row}>
        <Button
          onClick={() => edit((s) => void (s.attachments = [...s.attachments, { id: `att-${s.attachments.length + 1}`, name: `Q3-budget-${s.attachments.length + 1}.pptx`, size: 245_000, attachmentType: "file", isInline: false }]))}
          data-testid="sim-attach"
        >
          Attach slides
        </Button>
        <Button disabled={state.attachments.length === 0} onClick={() => edit((s) => void (s.attachments = s.attachments.slice(0, -1)))} data-testid="sim-detach">
          Remove attachment
        </Button>
        <Text>{state.attachments.map((a) => a.name).join(", ")}</Text>
      </div>
      <Text size={200}>Saved as: {state.itemId ?? "not saved"} · custom properties: {Object.keys(state.customProperties).join(", ") || "none"}</Text>
      <OpenedForms forms={sim.forms} graph={graph} />
      {graph && <GraphState graph={graph} />}
    </section>
  );
}

function OpenedForms({ forms, graph }: { forms: SimForm[]; graph?: FakeGraph }): React.JSX.Element | null {
  const styles = useStyles();
  if (forms.length === 0) return null;
  return (
    <div className={styles.forms} data-testid="sim-forms">
      <Text weight="semibold">Messages the add-in opened</Text>
      {forms.map((form, i) => {
        if (form.kind === "new") {
          const p = form.parameters as { subject?: string; toRecipients?: SimRecipient[]; ccRecipients?: SimRecipient[]; htmlBody?: string };
          return (
            <div key={i} className={styles.form} data-testid="sim-form" data-kind="new">
              <Text block data-testid="sim-form-subject">{p.subject}</Text>
              <Text block size={200} data-testid="sim-form-to">To: {(p.toRecipients ?? []).map((r) => r.emailAddress).join("; ")}</Text>
              <Text block size={200} data-testid="sim-form-cc">Cc: {(p.ccRecipients ?? []).map((r) => r.emailAddress).join("; ")}</Text>
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
                <Text block size={200} data-testid="sim-form-to">To: {(message.toRecipients ?? []).map((r) => r.emailAddress?.address).join("; ")}</Text>
                <Text block size={200} data-testid="sim-form-cc">Cc: {(message.ccRecipients ?? []).map((r) => r.emailAddress?.address).join("; ")}</Text>
                <div className={styles.pre} data-testid="sim-form-body">{message.body?.content}</div>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}

function GraphState({ graph }: { graph: FakeGraph }): React.JSX.Element {
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
      <Text weight="semibold">Simulated Microsoft Graph (in this page)</Text>
      <Text size={200}>Requests so far: {graph.topLevelRequests.length}</Text>
      {events.map((e) => (
        <Text key={e.id} size={200} block data-testid="sim-graph-event">
          Event reminder: {e.isReminderOn ? `${e.reminderMinutesBeforeStart} min` : "off"} · stored data: {(e.singleValueExtendedProperties ?? []).length > 0 ? "yes" : "no"}
        </Text>
      ))}
      {tasks.map((t) => (
        <Text key={t.id} size={200} block data-testid="sim-graph-task">
          To Do: {t.title} (due {t.dueDateTime?.dateTime?.slice(0, 10)})
        </Text>
      ))}
    </div>
  );
}
