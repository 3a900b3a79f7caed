import type { SignInSession } from "../graph/auth";
import type { FetchLike } from "../graph/client";
import { createDirectoryService, type DirectoryService } from "../graph/directory";
import type { GraphApi } from "../graph/failure";
import { lazyGraphApi } from "../graph/lazy";
import { createTodoService, type TodoService } from "../graph/meeting-services";

// The meeting pane's Microsoft Graph: one client per pane session, the directory's cache and
// the To Do service on top of it. The Graph SDK loads when the first request is made.

export interface GraphServices {
  session: SignInSession;
  api: GraphApi;
  /** The same Graph with Mail.ReadWrite (asked for only when writing minutes). */
  minutesApi: GraphApi;
  directory: DirectoryService;
  todo: TodoService;
  /** The manifest's <Id>, for the custom-properties extended property. */
  addInId?: string;
}

export interface GraphWiring {
  session: SignInSession;
  baseUrl: string;
  addInId?: string;
  /** The transport (the playground's in-page fake); default fetch. */
  fetch?: FetchLike;
}

export function wireGraph(wiring: GraphWiring): GraphServices {
  const client = () => import(/* webpackChunkName: "graph-client" */ "../graph/client");
  const api = lazyGraphApi(() => client().then((m) => m.createGraphApi({ tokenSource: wiring.session, baseUrl: wiring.baseUrl, fetch: wiring.fetch })));
  const minutesToken = () => import(/* webpackChunkName: "graph-sign-in" */ "../graph/auth").then((m) => wiring.session.getTokenFor(m.SCOPES_MINUTES, true));
  const minutesApi = lazyGraphApi(() => client().then((m) => m.createGraphApi({ tokenSource: { getToken: minutesToken }, baseUrl: wiring.baseUrl, fetch: wiring.fetch })));
  return { session: wiring.session, api, minutesApi, directory: createDirectoryService(api), todo: createTodoService(api), addInId: wiring.addInId };
}
