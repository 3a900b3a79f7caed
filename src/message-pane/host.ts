import type { LoadedPolicy } from "../outlook/policy-source";
import { loadPanePolicy } from "../pane-shell/pane-policy";

// What the message pane takes from its host: the clock, the policy and how often to re-read
// the body. The playground passes its own clock and policy; Outlook uses the defaults.

export interface PaneOptions {
  now?: () => Date;
  /** How often the pane re-reads the body while visible (Outlook has no body-changed event). */
  pollMs?: number;
  loadPolicy?: () => Promise<LoadedPolicy>;
  /** Inside another page (the playground): a region, not the page's main landmark. */
  embedded?: boolean;
}

export interface PaneHost {
  embedded: boolean;
  now: () => Date;
  pollMs: number;
  loadPolicy: () => Promise<LoadedPolicy>;
}

export function paneHost(options: PaneOptions = {}): PaneHost {
  return {
    now: options.now ?? (() => new Date()),
    pollMs: options.pollMs ?? 3000,
    embedded: options.embedded ?? false,
    loadPolicy: options.loadPolicy ?? (() => loadPanePolicy()),
  };
}
