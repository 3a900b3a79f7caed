import { useCallback, useState } from "react";
import { PROPERTY_MEETING_POLICY } from "../graph/extended-properties";
import { createMinutesDraft, readMeetingFromEvent, saveMeetingToEvent, type MeetingPolicyData } from "../graph/meeting-services";
import type { MeetingT } from "../i18n/meeting-pane";
import { buildMinutesMessage } from "../outlook/minutes-message";
import type { PaneStatus } from "../pane-shell/PaneShell";
import type { Policy } from "../policy/config";
import type { Lang, MeetingDraft, MeetingParts, Person } from "../policy/types";
import type { GraphServices } from "./graph-wiring";
import type { MeetingHost } from "./meeting-host";

// "Save and apply": the meeting saved with its policy data in the item's custom properties,
// then through Graph the reminder (at least joinEarlyMinutes, one Outlook offers), the data
// on the event and the To Do task for the minutes; and "Write minutes", as a Graph draft
// linked to the meeting, or a new message form with the link in the body.

export interface SaveInput {
  draft: MeetingDraft;
  parts: MeetingParts;
  data: MeetingPolicyData;
  heads: readonly Person[];
  minuteTaker?: Person;
  graphReady: boolean;
}

export interface MeetingSave {
  saving: boolean;
  /** The reminder set on the event (the check uses it from then on). */
  reminder?: number;
  save: (input: SaveInput) => Promise<void>;
  writeMinutes: (input: SaveInput) => Promise<void>;
}

const NO_ADDIN = "00000000-0000-0000-0000-000000000000";

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useMeetingSave(host: MeetingHost, graph: GraphServices | undefined, policy: Policy, lang: Lang, t: MeetingT, report: (s: PaneStatus[]) => void): MeetingSave {
  const [saving, setSaving] = useState(false);
  const [reminder, setReminder] = useState<number | undefined>();
  const [taskFor, setTaskFor] = useState<string | undefined>();

  const save = useCallback(
    async ({ draft, parts, data, graphReady }: SaveInput) => {
      setSaving(true);
      const messages: PaneStatus[] = [];
      try {
        await host.setCustomProperties({ [PROPERTY_MEETING_POLICY]: JSON.stringify(data) });
        const eventId = await host.save();
        messages.push({ intent: "success", text: t("savedItem") });
        if (graph && graphReady && eventId) {
          const stored = await readMeetingFromEvent(graph.api, eventId, graph.addInId ?? NO_ADDIN).catch(() => undefined);
          const minutes = Math.max(stored?.reminderMinutes ?? 0, parts.reminderAtLeast);
          await saveMeetingToEvent(graph.api, eventId, { data, reminderMinutes: minutes, addInId: graph.addInId });
          setReminder(minutes);
          messages.push({ intent: "success", text: t("savedReminder", { minutes }) });
          const taskKey = `${draft.subject ?? ""}|${draft.end ?? ""}`;
          if (data.minutesDue && taskFor !== taskKey) {
            await graph.todo.createTask({ title: t("taskTitle", { subject: (draft.subject ?? "").trim() }), dueDate: data.minutesDue, timeZone: host.timeZone });
            setTaskFor(taskKey);
            messages.push({ intent: "success", text: t("savedTask", { date: data.minutesDue }) });
          }
        } else {
          messages.push({ intent: "info", text: t("savedNeedsGraph") });
        }
      } catch (error) {
        messages.push({ intent: "error", text: t("saveFailed", { message: errorText(error) }) });
      } finally {
        report(messages);
        setSaving(false);
      }
    },
    [host, graph, t, report, taskFor],
  );

  const writeMinutes = useCallback(
    async ({ draft, parts, heads, minuteTaker, graphReady }: SaveInput) => {
      const options = { lang, policy, heads, minuteTaker, minutesDue: parts.minutesDue };
      try {
        if (graph && graphReady && graph.addInId) {
          const message = buildMinutesMessage(draft, { ...options, withMarker: false });
          const id = await createMinutesDraft(graph.minutesApi, { ...message, addInId: graph.addInId });
          if (host.openDraft(id)) return report([{ intent: "success", text: t("minutesOpened") }]);
        }
      } catch {
        // Consent for Mail.ReadWrite refused, or Graph failed: open the form without Graph below.
      }
      const message = buildMinutesMessage(draft, { ...options, withMarker: true });
      try {
        host.openNewMessage({ to: message.to, cc: message.cc, subject: message.subject, htmlBody: message.html });
        report([{ intent: "info", text: t("minutesOpenedNoLink") }]);
      } catch (error) {
        report([{ intent: "error", text: errorText(error) }]);
      }
    },
    [host, graph, lang, policy, t, report],
  );

  return { saving, reminder, save, writeMinutes };
}
