// The reminder times Outlook offers, in minutes (0 = at the start time). The reminder rule
// asks for one of them, and the meeting pane sets one of them when it saves the meeting.

const OUTLOOK_REMINDERS = [0, 5, 10, 15, 30, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 660, 720, 1080, 1440, 2880, 4320, 5760, 10080, 20160];

/** The smallest reminder Outlook offers that is at least `minutes` (beyond its list: `minutes` itself). */
export function outlookReminderAtLeast(minutes: number): number {
  return OUTLOOK_REMINDERS.find((m) => m >= minutes) ?? minutes;
}
