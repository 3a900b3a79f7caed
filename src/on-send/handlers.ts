import { checkDraft } from "../policy/engine";
import { fetchPolicyText, loadPolicy, policyUrl, runtimeStorage } from "../outlook/policy-source";
import { detectSendFeatures } from "../outlook/requirements";
import { createSendHandler, type OnSendDeps } from "./on-send";

// The production wiring of the on-send handlers.

declare const process: { env: { ADDIN_URL?: string } };

/** How long policy.json may take before the cached copy is used instead. */
const POLICY_FETCH_TIMEOUT_MS = 1500;

function addinBase(): string {
  // Classic Outlook on Windows runs the handler in a JavaScript-only runtime without a page
  // location, so the build writes the add-in's URL in (ADDIN_URL).
  let base: string | undefined;
  try {
    base = process.env.ADDIN_URL;
  } catch {
    base = undefined;
  }
  return base ? `${base.replace(/\/+$/, "")}/` : "https://localhost:3000/";
}

/**
 * Where the add-in is served from, for a runtime without a page location: the JavaScript file's
 * own URL (`Office.context.urls.javascriptRuntimeUrl`, Mailbox 1.14), else the build's ADDIN_URL.
 */
function runtimeBase(): string {
  try {
    const jsUrl = (Office.context as unknown as { urls?: { javascriptRuntimeUrl?: string } }).urls?.javascriptRuntimeUrl;
    if (jsUrl && jsUrl.startsWith("https://")) return new URL(".", jsUrl).toString();
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
    loadPolicy: () => loadPolicy({ fetchText: () => fetchPolicyText(policyUrl(globalThis as never, runtimeBase()), POLICY_FETCH_TIMEOUT_MS), storage }),
    check: checkDraft,
    features: detectSendFeatures,
    displayLanguage: () => Office.context.displayLanguage,
  };
}

export const onMessageSendHandler = createSendHandler("mail", productionDeps());
export const onAppointmentSendHandler = createSendHandler("meeting", productionDeps());
