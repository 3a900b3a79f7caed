import { createRoot } from "react-dom/client";
import { resolveUiLang } from "../i18n/strings";
import { App } from "./App";
import { paneHost, type PaneOptions } from "./host";

// Mounts the message pane into an element. The taskpane page calls it once Office is ready;
// the playground calls it beside its simulated compose window (and again to "reopen" the
// pane, as Outlook does when the display language changes or Smart Alerts' Fix opens it).

export function displayLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage;
  } catch {
    return undefined;
  }
}

export function mountTaskpane(element: HTMLElement, options: PaneOptions = {}): () => void {
  const root = createRoot(element);
  root.render(<App host={paneHost(options)} lang={resolveUiLang(displayLanguage())} />);
  return () => root.unmount();
}
