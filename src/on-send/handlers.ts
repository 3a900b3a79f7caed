import { appendSendFact } from "../compliance/send-facts";
import { checkDraft } from "../policy/engine";
import { fetchPolicyText, folderOf, loadPolicyForSend, policyUrl, runtimeStorage } from "../outlook/policy-source";
import { detectSendFeatures } from "../outlook/requirements";
import type { ManifestSendMode } from "../outlook/send-decision";
import { createSendHandler, type OnSendDeps } from "./on-send";
import { engineCanRun } from "./runtime-support";

// The production wiring of the on-send handlers.

declare const process: { env: { ADDIN_URL?: string; SEND_MODE?: string } };

/**
 * How long policy.json may take when there is no cached copy to decide with (with one, the
 * Send does not wait for it at all: src/outlook/policy-source.ts, loadPolicyForSend).
 */
const POLICY_FETCH_TIMEOUT_MS = 1500;

/** A build setting compiled in by webpack's DefinePlugin; undefined where nothing was. */
function buildSetting(read: () => string | undefined): string | undefined {
  try {
    return read() || undefined;
  } catch {
    return undefined;
  }
}

function addinBase(): string {
  // Classic Outlook on Windows runs the handler in a JavaScript-only runtime without a page
  // location, so the build writes the add-in's URL in (ADDIN_URL).
  const base = buildSetting(() => process.env.ADDIN_URL);
  return base ? folderOf(`${base}/`) ?? "https://localhost:3000/" : "https://localhost:3000/";
}

function manifestSendMode(): ManifestSendMode {
  const mode = buildSetting(() => process.env.SEND_MODE);
  return mode === "Block" || mode === "PromptUser" ? mode : "SoftBlock";
}

/**
 * Where the add-in is served from, for a runtime without a page location: the JavaScript file's
 * own URL (`Office.context.urls.javascriptRuntimeUrl`, Mailbox 1.14,
 * https://learn.microsoft.com/javascript/api/office/office.urls), else the build's ADDIN_URL.
 */
function runtimeBase(): string {
  try {
    const jsUrl = (Office.context as unknown as { urls?: { javascriptRuntimeUrl?: string } }).urls?.javascriptRuntimeUrl;
    const folder = jsUrl && jsUrl.startsWith("https://") ? folderOf(jsUrl) : undefined;
    if (folder) return folder;
  } catch {
    // Older clients have no Office.context.urls.
  }
  return addinBase();
}

export function productionDeps(): OnSendDeps {
  const storage = runtimeStorage();
  return {
    now: () => new Date(),
    // The URL is worked out per send: Office.context is ready by then, not at bundle load.
    loadPolicy: () => loadPolicyForSend({ fetchText: () => fetchPolicyText(policyUrl(undefined, runtimeBase()), POLICY_FETCH_TIMEOUT_MS), storage }),
    check: checkDraft,
    features: detectSendFeatures,
    displayLanguage: () => Office.context.displayLanguage,
    manifestSendMode: manifestSendMode(),
    engineCanRun,
    // The same store the panes read (OfficeRuntime.storage): they turn the facts into events.
    keepHeldSend: storage ? (fact) => appendSendFact(storage, fact) : undefined,
  };
}

export const onMessageSendHandler = createSendHandler("mail", productionDeps());
export const onAppointmentSendHandler = createSendHandler("meeting", productionDeps());
