import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { MeetingPane, type GraphServices } from "../meeting-pane/MeetingPane";
import { wireGraph } from "../meeting-pane/app";
import { createOfficeMeetingHost } from "../meeting-pane/meeting-host";
import { resolveLang } from "../i18n/lang";
import { DEFAULT_POLICY } from "../policy/config";
import { FakeGraph, fakeGraphFetch, sampleDirectory } from "./meeting-graph";
import { MeetingEditor } from "./meeting-editor";
import { playgroundSession } from "./meeting-session";
import { createOfficeSim, holdOfficeJsTelemetryFrame, installUnderOfficeJs, sampleAppointment, type OfficeSim } from "../office-sim/office-sim";

// The meeting playground: a simulated Outlook appointment (the simulated Outlook host under the
// page's local copy of Office.js, which runs after this bundle)
// beside the real meeting pane, talking to a fake Microsoft Graph that runs in the page (or,
// with ?graph=http://127.0.0.1:PORT/, to the tests' Graph server). No Outlook, no tenant.
//
// Query: lang=en-US|zh-CN|zh-TW · graph=<url>|none · signedIn=1 · consent=deny ·
//        hoursAhead=<n> (meeting start from now) · body=empty · poll=<ms>

const PLAYGROUND_ADDIN_ID = "7c1d6a2e-4b1f-4e2a-9d7e-3f0a5b6c7d8e";
const params = new URLSearchParams(location.search);

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
}

function setUp(sim: OfficeSim): Playground {
  const graphParam = params.get("graph");
  if (graphParam === "none") return { sim };
  const session = playgroundSession({ signedIn: params.get("signedIn") === "1", denyConsent: params.get("consent") === "deny" });
  if (graphParam) {
    return { sim, services: wireGraph({ session, baseUrl: graphParam, addInId: PLAYGROUND_ADDIN_ID }) };
  }
  const root = "https://graph.microsoft.com/v1.0";
  const graph = new FakeGraph({ users: sampleDirectory(), me: "tom.chen@contoso.com", autoCreateEvents: true, root });
  return { sim, graph, services: wireGraph({ session, baseUrl: "https://graph.microsoft.com/", addInId: PLAYGROUND_ADDIN_ID, fetch: fakeGraphFetch(graph, root) }) };
}

function App({ playground }: { playground: Playground }): React.JSX.Element {
  const { sim } = playground;
  const [displayLanguage, setDisplayLanguage] = React.useState(sim.displayLanguage);
  const [dark, setDark] = React.useState(params.get("theme") === "dark");
  const lang = resolveLang(displayLanguage);
  const host = React.useMemo(() => createOfficeMeetingHost(), [displayLanguage]);
  const poll = Number(params.get("poll") ?? "3000");
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang} style={{ minHeight: "100vh" }}>
      <div style={{ display: "flex", alignItems: "flex-start", flexWrap: "wrap" }}>
        <MeetingEditor
          sim={sim}
          directory={sampleDirectory()}
          graph={playground.graph}
          lang={displayLanguage}
          onLang={(value) => {
            sim.displayLanguage = value;
            setDisplayLanguage(value);
          }}
          dark={dark}
          onDark={setDark}
        />
        <div style={{ flex: "1 1 380px" }} aria-label="Add-in pane">
          <MeetingPane key={lang} host={host} lang={lang} policy={DEFAULT_POLICY} graph={playground.services} bodyPollMs={Number.isFinite(poll) && poll > 0 ? poll : 3000} />
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
  const sim = createOfficeSim({ item: sampleMeeting(), displayLanguage: params.get("lang") ?? "en-US", mailboxVersion: "1.15", userProfile: { timeZone: "China Standard Time" } });
  await documentParsed();
  await installUnderOfficeJs(sim, window as unknown as Record<string, unknown>);
  const playground = setUp(sim);
  (window as unknown as { meetingPlayground: Playground }).meetingPlayground = playground;
  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  document.documentElement.lang = resolveLang(playground.sim.displayLanguage);
  createRoot(container).render(<App playground={playground} />);
}

holdOfficeJsTelemetryFrame(window as unknown as Record<string, unknown>);
void start();
