import { STORAGE_KEYS } from "../policy/names";
import type { QueueStorage } from "./queue-storage";

// Whether this user has dismissed the recording notice: kept in the device storage door
// (queue-storage.ts: OfficeRuntime.storage, else localStorage, else memory). The key carries
// the notice's version, so a notice that says something new is shown once more.

export const NOTICE_VERSION = 1;
export const NOTICE_KEY = `${STORAGE_KEYS.recordingNoticePrefix}${NOTICE_VERSION}`;

/** True once dismissed; a storage that cannot be read counts as not dismissed (the notice shows again). */
export async function noticeDismissed(storage: QueueStorage): Promise<boolean> {
  return (await storage.getItem(NOTICE_KEY).catch(() => null)) !== null;
}

export async function dismissNotice(storage: QueueStorage, now: () => number = Date.now): Promise<void> {
  await storage.setItem(NOTICE_KEY, new Date(now()).toISOString()).catch(() => undefined);
}
