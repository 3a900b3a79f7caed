import { existsSync } from "fs";
import path from "path";
import { DIST, startBrowserEnv, UI_TIMEOUT, type BrowserEnv } from "./browser";
import { freshDatabase, startDevService, type TestDatabase } from "./compliance-service";

// The set-up the panes' recording suites share: Chromium on the development pages, a fresh
// PGlite database and the compliance service on 127.0.0.1 that those pages may call, torn down
// after the suite; no page error and no dialog may be left after a test.

export interface ComplianceBrowser {
  env: BrowserEnv;
  database: TestDatabase;
  service: { url: string; close(): Promise<unknown> };
}

/** Registers the suite's hooks; the returned object is filled in before the first test. */
export function useComplianceBrowser(page: string): ComplianceBrowser {
  const suite = {} as ComplianceBrowser;
  beforeAll(async () => {
    if (!existsSync(path.join(DIST, page))) throw new Error(`dist-dev/${page} is missing: run \`node scripts/build.js --dev\` first (npm test does)`);
    suite.env = await startBrowserEnv();
    suite.database = await freshDatabase({ kind: "pglite" });
    suite.service = await startDevService(suite.database.db, [suite.env.baseUrl.replace(/\/$/, "")]);
  });
  afterAll(async () => {
    await suite.env?.close();
    await suite.service?.close();
    await suite.database?.dispose();
  });
  afterEach(() => {
    expect(suite.env.errors.splice(0)).toEqual([]);
    expect(suite.env.dialogs.splice(0)).toEqual([]);
  });
  return suite;
}

/** Reads until `ok` holds or the UI's time is up, and gives what it read last. */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const until = Date.now() + UI_TIMEOUT;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}
