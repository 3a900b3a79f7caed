import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { playgroundTranslator } from "../i18n/playground";
import { resolveUiLang } from "../i18n/strings";
import { wireGraph, type GraphServices } from "../meeting-pane/graph-wiring";
import { createOfficeMeetingHost } from "../meeting-pane/meeting-host";
import { MeetingPane } from "../meeting-pane/MeetingPane";
import { createOfficeSim, holdOfficeJsTelemetryFrame, installUnderOfficeJs, sampleAppointment, type OfficeSim } from "../office-sim/office-sim";
import type { PaneComplianceWiring } from "../compliance/pane-recorder";
import { loadPanePolicy } from "../pane-shell/pane-policy";
import { playgroundCompliance } from "./compliance";
import { FakeGraph, fakeGraphFetch, sampleDirectory } from "./meeting-graph";
import { MeetingEditor } from "./meeting-editor";
import { playgroundSession } from "./meeting-session";
import { DARK, LIGHT } from "./themes";

// The meeting playground: a simulated Outlook appointment (the simulated Outlook host under the
// page's local copy of Office.js, which runs after this bundle) beside the real meeting pane,
// talking to a fake Microsoft Graph that runs in the page (or, with
// ?graph=http://127.0.0.1:PORT/, to the tests' Graph server). No Outlook, no tenant.
//
// Query: lang=en-US|zh-CN|zh-TW|qps-ploc · graph=<url>|none · signedIn=1 · consent=deny ·
//        hoursAhead=<n> (meeting start from now) · body=empty · poll=<ms> · theme=dark ·
//        service=<compliance service URL> (npm start: http://localhost:3100) · department=<name>

const PLAYGROUND_ADDIN_ID = "7c1d6a2e-4b1f-4e2a-9d7e-3f0a5b6c7d8e";
const params = new URLSearchParams(location.search);

const useStyles = makeStyles({
  page: { display: "flex", alignItems: "flex-start", flexWrap: "wrap", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  pane: { flex: "1 1 380px", minWidth: 0 },
});

function startOfMeeting(): Date {
  const hours = Number(params.get("hoursAhead") ?? "72");
  const start = new Date(Date.now() + (Number.isFinite(hours) ? hours : 72) * 3_600_000);
  start.setMinutes(0, 0, 0);
  return start;
}

function sampleMeeting(): ReturnType<typeof sampleAppointment> {
  const start = startOfMeeting();
  const body =
    params.get("body") === "empty"
      ? "<html><body><div><br></div></body></html>"
      : '<html><body><div>各位好，</div><div><br></div><div>本次会议评审 Q3 预算执行情况并确定 Q4 调整方案，请提前阅读 Q3 预算分析报告。</div><div><br></div><div>________________________________________________________________________________</div><div>Microsoft Teams meeting</div><div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_playground">Join the meeting now</a></div></body></html>';
  return sampleAppointment({
    subject: "Q3 预算评审会",
    body: { type: "html", content: body },
    requiredAttendees: [
      { displayName: "Lisa Wang", emailAddress: "lisa.wang@contoso.com", recipientType: "user" },
      { displayName: "李娜", emailAddress: "li.na@contoso.com", recipientType: "user" },
      { displayName: "陳志明", emailAddress: "chen.zhiming@contoso.com", recipientType: "user" },
    ],
    start,
    end: new Date(start.getTime() + 60 * 60_000),
  });
}

interface Playground {
  sim: OfficeSim;
  graph?: FakeGraph;
  services?: GraphServices;
  compliance?: PaneComplianceWiring;
}

function setUp(sim: OfficeSim): Playground {
  const graphParam = params.get("graph");
  if (graphParam === "none") return { sim };
  const session = playgroundSession({ signedIn: params.get("signedIn") === "1", denyConsent: params.get("consent") === "deny" });
  if (graphParam) return { sim, services: wireGraph({ session, baseUrl: graphParam, addInId: PLAYGROUND_ADDIN_ID }) };
  const root = "https://graph.microsoft.com/v1.0";
  const graph = new FakeGraph({ users: sampleDirectory(), me: "tom.chen@contoso.com", autoCreateEvents: true, root });
  return { sim, graph, services: wireGraph({ session, baseUrl: "https://graph.microsoft.com/", addInId: PLAYGROUND_ADDIN_ID, fetch: fakeGraphFetch(graph, root) }) };
}

function App({ playground }: { playground: Playground }) {
  const styles = useStyles();
  const { sim } = playground;
  const [displayLanguage, setDisplayLanguage] = useState(sim.displayLanguage);
  const [dark, setDark] = useState(params.get("theme") === "dark");
  const lang = resolveUiLang(displayLanguage);
  const t = useMemo(() => playgroundTranslator(displayLanguage), [displayLanguage]);
  const host = useMemo(() => createOfficeMeetingHost(), [displayLanguage]);
  const poll = Number(params.get("poll") ?? "3000");
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === "qps-ploc" ? "en" : lang}>
      <div className={styles.page}>
        <MeetingEditor
          sim={sim}
          directory={sampleDirectory()}
          graph={playground.graph}
          t={t}
          lang={displayLanguage}
          onLang={(value) => {
            sim.displayLanguage = value;
            setDisplayLanguage(value);
          }}
          dark={dark}
          onDark={(value) => {
            setDark(value);
            sim.setOfficeTheme(value ? DARK : LIGHT);
          }}
        />
        <div className={styles.pane} role="region" aria-label={t("meetingPane")}>
          <MeetingPane key={displayLanguage} host={host} lang={lang} loadPolicy={loadPanePolicy} graph={playground.services} compliance={playground.compliance} embedded bodyPollMs={Number.isFinite(poll) && poll > 0 ? poll : 3000} />
        </div>
      </div>
    </FluentProvider>
  );
}

/** Resolves once the page is parsed, i.e. once Office.js (after this bundle) has run. */
function documentParsed(): Promise<void> {
  if (document.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) => document.addEventListener("DOMContentLoaded", () => resolve(), { once: true }));
}

async function start(): Promise<void> {
  const dark = params.get("theme") === "dark";
  const sim = createOfficeSim({ item: sampleMeeting(), displayLanguage: params.get("lang") ?? "en-US", mailboxVersion: "1.15", userProfile: { timeZone: "China Standard Time" }, officeTheme: dark ? DARK : LIGHT });
  await documentParsed();
  await installUnderOfficeJs(sim, window as unknown as Record<string, unknown>);
  const playground = { ...setUp(sim), compliance: await playgroundCompliance(params.get("service"), params.get("department") ?? undefined) };
  (window as unknown as { meetingPlayground: Playground }).meetingPlayground = playground;
  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  document.body.style.margin = "0";
  const lang = resolveUiLang(playground.sim.displayLanguage);
  document.documentElement.lang = lang === "qps-ploc" ? "en" : lang;
  createRoot(container).render(<App playground={playground} />);
}

holdOfficeJsTelemetryFrame(window as unknown as Record<string, unknown>);
void start();
