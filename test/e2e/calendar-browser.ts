import { mkdirSync } from "fs";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS, DIST, SCREENSHOTS, serveStatic, type StaticServer } from "../support/browser";

// The meeting pane's tests launch their own browser (one per file) and serve dist-dev/ like the
// message pane's tests do: the same flags, server and screenshot folder (test/support/browser.ts).

export { SCREENSHOTS, type StaticServer };

export function serveDist(root = DIST): Promise<StaticServer> {
  return serveStatic(root);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

mkdirSync(SCREENSHOTS, { recursive: true });
