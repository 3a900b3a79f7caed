import type { Event, Message, TodoTask, TodoTaskList } from "@microsoft/microsoft-graph-types";
import type { AgendaEntry, LinkedMeeting, Person } from "../policy/types";
import { GraphFailure, type GraphApi } from "./failure";
import { customPropertiesId, customPropertiesValue, PROPERTY_MEETING_POLICY, PROPERTY_MINUTES_OF, readCustomProperty } from "./extended-properties";

// What the meeting pane writes through Graph once the organizer has saved the item:
// - the event: reminder (isReminderOn / reminderMinutesBeforeStart, §2.3.3) and the
//   meeting's policy data in the custom-properties extended property (PATCH /me/events/{id},
//   delegated Calendars.ReadWrite);
// - the organizer's To Do task for the minutes (POST /me/todo/lists/{id}/tasks, Tasks.ReadWrite);
// - the minutes draft with its link to the meeting (POST /me/messages, Mail.ReadWrite, asked
//   for only when the organizer presses "Write minutes").

/** The meeting's policy data as stored on the event (version 1). */
export interface MeetingPolicyData {
  v: 1;
  agenda: AgendaEntry[];
  minuteTaker?: Person;
  urgentReason?: string;
  departmentHeads: Person[];
  /** YYYY-MM-DD */
  minutesDue?: string;
}

export function isMeetingPolicyData(value: unknown): value is MeetingPolicyData {
  const v = value as MeetingPolicyData | null;
  return !!v && typeof v === "object" && v.v === 1 && Array.isArray(v.agenda) && Array.isArray(v.departmentHeads);
}

function encodeId(id: string): string {
  return encodeURIComponent(id);
}

export async function saveMeetingToEvent(
  api: GraphApi,
  eventId: string,
  options: { data: MeetingPolicyData; reminderMinutes: number; addInId?: string },
): Promise<void> {
  const patch: Event = { isReminderOn: true, reminderMinutesBeforeStart: options.reminderMinutes };
  // Without the add-in's id (config.json) the property's name is unknown: the reminder alone.
  if (options.addInId) {
    patch.singleValueExtendedProperties = [
      { id: customPropertiesId(options.addInId), value: customPropertiesValue({ [PROPERTY_MEETING_POLICY]: JSON.stringify(options.data) }) },
    ];
  }
  await api.patch(`/me/events/${encodeId(eventId)}`, patch);
}

export interface StoredMeeting {
  reminderMinutes?: number;
  data?: MeetingPolicyData;
}

export async function readMeetingFromEvent(api: GraphApi, eventId: string, addInId: string): Promise<StoredMeeting> {
  const propertyId = customPropertiesId(addInId);
  const event = await api.get<Event>(
    `/me/events/${encodeId(eventId)}?$select=subject,isReminderOn,reminderMinutesBeforeStart&$expand=singleValueExtendedProperties($filter=id eq '${propertyId}')`,
  );
  const value = event.singleValueExtendedProperties?.find((p) => p.id?.toLowerCase() === propertyId.toLowerCase())?.value;
  const raw = readCustomProperty(value, PROPERTY_MEETING_POLICY);
  let data: MeetingPolicyData | undefined;
  try {
    const parsed = typeof raw === "string" ? (JSON.parse(raw) as unknown) : raw;
    data = isMeetingPolicyData(parsed) ? parsed : undefined;
  } catch {
    data = undefined;
  }
  return { reminderMinutes: event.isReminderOn === false ? undefined : event.reminderMinutesBeforeStart ?? undefined, data };
}

export interface TodoService {
  createTask(task: { title: string; dueDate: string; timeZone: string; note?: string }): Promise<TodoTask>;
}

/** To Do: the default list ("Tasks", wellknownListName defaultList) found once per session. */
export function createTodoService(api: GraphApi): TodoService {
  let defaultList: Promise<string> | undefined;
  async function findDefaultList(): Promise<string> {
    const lists = await api.getAll<TodoTaskList>("/me/todo/lists?$select=id,displayName,wellknownListName");
    const list = lists.find((l) => l.wellknownListName === "defaultList") ?? lists[0];
    if (!list?.id) throw new GraphFailure("no To Do list", 404, "noTodoList");
    return list.id;
  }
  return {
    async createTask({ title, dueDate, timeZone, note }) {
      defaultList ??= findDefaultList().catch((error) => {
        defaultList = undefined;
        throw error;
      });
      const listId = await defaultList;
      const task: TodoTask = {
        title,
        importance: "normal",
        dueDateTime: { dateTime: `${dueDate}T00:00:00`, timeZone },
        ...(note ? { body: { content: note, contentType: "text" } } : {}),
      };
      return api.post<TodoTask>(`/me/todo/lists/${encodeId(listId)}/tasks`, task);
    },
  };
}

export interface MinutesDraftInput {
  subject: string;
  html: string;
  to: Person[];
  cc: Person[];
  link: LinkedMeeting;
  addInId: string;
}

const recipient = (p: Person) => ({ emailAddress: { address: p.address, ...(p.name ? { name: p.name } : {}) } });

/** Creates the minutes draft in Drafts with the meeting linked; returns the Graph message id. */
export async function createMinutesDraft(api: GraphApi, input: MinutesDraftInput): Promise<string> {
  const message: Message = {
    subject: input.subject,
    body: { contentType: "html", content: input.html },
    toRecipients: input.to.map(recipient),
    ccRecipients: input.cc.map(recipient),
    singleValueExtendedProperties: [
      { id: customPropertiesId(input.addInId), value: customPropertiesValue({ [PROPERTY_MINUTES_OF]: JSON.stringify(input.link) }) },
    ],
  };
  const created = await api.post<Message>("/me/messages", message);
  if (!created?.id) throw new GraphFailure("the draft came back without an id", 0, "malformedResponse");
  return created.id;
}
