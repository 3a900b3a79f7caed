import { createRoot } from "react-dom/client";
import { createOfficeSim } from "./office-sim";
import { Playground, type PolicyChoice } from "./Playground";
import { sampleById } from "./samples";

// The message playground (playground.html): no Outlook needed. The simulated Office.js mailbox
// replaces `Office` before anything of the add-in runs.
//
// Query: sample=<id> · lang=en-US|zh-CN|zh-TW|qps-ploc · theme=light|dark ·
//        now=<ISO moment> · policy=server|unreachable · mailbox=<Mailbox version> · latency=<ms>

const params = new URLSearchParams(location.search);
const sample = sampleById(params.get("sample"));
const sim = createOfficeSim({
  item: sample.item(),
  displayLanguage: params.get("lang") ?? "en-US",
  mailboxVersion: params.get("mailbox") ?? "1.15",
  defaultLatencyMs: Math.max(0, Number(params.get("latency") ?? "30")) || 0,
  officeTheme: params.get("theme") === "dark" ? { bodyBackgroundColor: "#1f1f1f", isDarkTheme: true, themeId: "black" } : undefined,
});
sim.install(window as unknown as Record<string, unknown>);
// The browser tests read the simulated item through this handle.
(window as unknown as { playground: unknown }).playground = { sim };

document.body.style.margin = "0";
const element = document.getElementById("root");
if (element) {
  createRoot(element).render(
    <Playground
      sim={sim}
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
