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

export function productionDeps(): OnSendDeps {
  const storage = runtimeStorage();
  const url = policyUrl(globalThis as never, addinBase());
  return {
    now: () => new Date(),
    loadPolicy: () => loadPolicy({ fetchText: () => fetchPolicyText(url, POLICY_FETCH_TIMEOUT_MS), storage }),
    check: checkDraft,
    features: detectSendFeatures,
    displayLanguage: () => Office.context.displayLanguage,
  };
}

export const onMessageSendHandler = createSendHandler("mail", productionDeps());
export const onAppointmentSendHandler = createSendHandler("meeting", productionDeps());
