import { createRoot } from "react-dom/client";
import { createOfficeSim, holdOfficeJsTelemetryFrame, installUnderOfficeJs } from "../office-sim/office-sim";
import type { PaneComplianceWiring } from "../compliance/pane-recorder";
import { playgroundCompliance } from "./compliance";
import { Playground, type PolicyChoice } from "./Playground";
import { sampleById } from "./samples";

// The message playground (playground.html): no Outlook needed. This bundle runs before the page's
// local copy of Office.js; the simulated Outlook host goes under the real library once its
// onReady settled, and only then does anything of the add-in run.
//
// Query: sample=<id> · lang=en-US|zh-CN|zh-TW|qps-ploc · theme=light|dark ·
//        now=<ISO moment> · policy=server|unreachable · mailbox=<Mailbox version> · latency=<ms> ·
//        service=<compliance service URL> (npm start: http://localhost:3100) · department=<name>

const params = new URLSearchParams(location.search);
const sample = sampleById(params.get("sample"));
const sim = createOfficeSim({
  item: sample.item(),
  displayLanguage: params.get("lang") ?? "en-US",
  mailboxVersion: params.get("mailbox") ?? "1.15",
  defaultLatencyMs: Math.max(0, Number(params.get("latency") ?? "30")) || 0,
  officeTheme: params.get("theme") === "dark" ? { bodyBackgroundColor: "#1f1f1f", isDarkTheme: true, themeId: "black" } : undefined,
});
// The browser tests read the simulated item through this handle.
(window as unknown as { playground: unknown }).playground = { sim };
holdOfficeJsTelemetryFrame(window as unknown as Record<string, unknown>);

/** Resolves once the page is parsed, i.e. once Office.js (after this bundle) has run. */
function documentParsed(): Promise<void> {
  if (document.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) => document.addEventListener("DOMContentLoaded", () => resolve(), { once: true }));
}

function render(compliance: PaneComplianceWiring | undefined): void {
  document.body.style.margin = "0";
  const element = document.getElementById("root");
  if (!element) return;
  createRoot(element).render(
    <Playground
      sim={sim}
      compliance={compliance}
      initial={{
        lang: sim.displayLanguage,
        theme: params.get("theme") === "dark" ? "dark" : "light",
        now: params.get("now") ?? undefined,
        policy: (params.get("policy") as PolicyChoice) === "unreachable" ? "unreachable" : "server",
        sample: sample.id,
      }}
    />,
  );
}

void documentParsed()
  .then(() => installUnderOfficeJs(sim, window as unknown as Record<string, unknown>))
  .then(() => playgroundCompliance(params.get("service"), params.get("department") ?? undefined))
  .then(render);
