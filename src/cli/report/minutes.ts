import type { WorkingCalendar } from "../../policy/working-days/working-calendar";
import type { Figures } from "./types";

// "Minutes on time" (§2.3.4): a minutes mail (by its subject) is matched to the meeting it
// names among the meetings its sender took part in, the latest one that ended before it was
// sent; it is on time when sent within the policy's working days of the meeting's end.
// Meetings are indexed by participant so the matching stays near linear in the export.

interface MeetingRecord {
  end: number;
  endDate: string;
  key: string;
  matched: boolean;
}

interface MinutesRecord {
  sender: string;
  at: number;
  key: string;
}

export class MinutesLedger {
  private readonly meetings: MeetingRecord[] = [];
  private readonly byParticipant = new Map<string, number[]>();
  private readonly minutes: MinutesRecord[] = [];

  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly dueWorkingDays: number,
  ) {}

  addMeeting(participants: readonly string[], end: string | undefined, key: string): void {
    const endMs = end ? Date.parse(end) : NaN;
    if (Number.isNaN(endMs) || key.length < 2) return;
    const index = this.meetings.push({ end: endMs, endDate: this.calendar.localDate(new Date(endMs)), key, matched: false }) - 1;
    for (const p of new Set(participants)) {
      const list = this.byParticipant.get(p);
      if (list) list.push(index);
      else this.byParticipant.set(p, [index]);
    }
  }

  addMinutes(sender: string, at: string | undefined, key: string): void {
    const atMs = at ? Date.parse(at) : NaN;
    this.minutes.push({ sender, at: atMs, key });
  }

  private meetingOf(minutes: MinutesRecord): MeetingRecord | undefined {
    let best: MeetingRecord | undefined;
    for (const index of this.byParticipant.get(minutes.sender) ?? []) {
      const meeting = this.meetings[index];
      if (meeting.end > minutes.at || !minutes.key.includes(meeting.key)) continue;
      if (!best || meeting.end > best.end) best = meeting;
    }
    return best;
  }

  figures(now: Date): Figures["meetings"]["minutes"] {
    const result = { mails: this.minutes.length, matched: 0, onTime: 0, late: 0, meetingsEnded: 0, meetingsWithout: 0 };
    for (const minutes of this.minutes) {
      if (Number.isNaN(minutes.at)) continue;
      const meeting = this.meetingOf(minutes);
      if (!meeting) continue;
      result.matched += 1;
      if (meeting.matched) continue; // a second minutes mail of the same meeting is not a second meeting
      meeting.matched = true;
      const due = this.calendar.addWorkingDays(meeting.endDate, this.dueWorkingDays);
      if (this.calendar.localDate(new Date(minutes.at)) <= due) result.onTime += 1;
      else result.late += 1;
    }
    for (const meeting of this.meetings) {
      if (meeting.end > now.getTime()) continue;
      result.meetingsEnded += 1;
      if (!meeting.matched) result.meetingsWithout += 1;
    }
    return result;
  }
}
