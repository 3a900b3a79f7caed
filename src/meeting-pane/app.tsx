import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createGraphApi, type FetchLike } from "../graph/client";
import { SCOPES_MINUTES, type SignInSession } from "../graph/auth";
import { createDirectoryService } from "../graph/directory";
import { createTodoService } from "../graph/meeting-services";
import { DEFAULT_POLICY, type Policy } from "../policy/config";
import { parseTenantPolicy } from "../policy/engine";
import type { Lang } from "../policy/types";
import { MeetingPane, type GraphServices } from "./MeetingPane";
import type { MeetingHost } from "./meeting-host";

// Mounting the pane, shared by Outlook (index.tsx) and the playground (playground/meeting.tsx).

export interface GraphWiring {
  session: SignInSession;
  baseUrl: string;
  addInId?: string;
  /** The transport (the playground's in-page fake); default fetch. */
  fetch?: FetchLike;
}

/** One Graph client, directory cache and To Do service per pane session. */
export function wireGraph(wiring: GraphWiring): GraphServices {
  const api = createGraphApi({ tokenSource: wiring.session, baseUrl: wiring.baseUrl, fetch: wiring.fetch });
  const minutesApi = createGraphApi({
    tokenSource: { getToken: () => wiring.session.getTokenFor(SCOPES_MINUTES, true) },
    baseUrl: wiring.baseUrl,
    fetch: wiring.fetch,
  });
  return { session: wiring.session, api, minutesApi, directory: createDirectoryService(api), todo: createTodoService(api), addInId: wiring.addInId };
}

/** policy.json beside the pages; built-in defaults (and a notice) when it is missing or invalid. */
export async function loadPolicy(url = "policy.json"): Promise<{ policy: Policy; problem: boolean }> {
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) return { policy: DEFAULT_POLICY, problem: response.status !== 404 };
    const parsed = parseTenantPolicy(JSON.parse(await response.text()));
    return parsed.ok ? { policy: parsed.policy, problem: false } : { policy: DEFAULT_POLICY, problem: true };
  } catch {
    return { policy: DEFAULT_POLICY, problem: true };
  }
}

export interface MountOptions {
  host: MeetingHost;
  lang: Lang;
  policy: Policy;
  policyProblem?: boolean;
  graph?: GraphServices;
  dark?: boolean;
  bodyPollMs?: number;
}

export function mountMeetingPane(container: HTMLElement, options: MountOptions, root: Root = createRoot(container)): Root {
  const { dark, ...props } = options;
  container.lang = props.lang;
  root.render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={props.lang}>
      <MeetingPane {...props} />
    </FluentProvider>,
  );
  return root;
}
