import type { PaneComplianceWiring } from "../compliance/pane-recorder";
import { deviceStorage } from "../compliance/queue-storage";
import { loadDeploymentConfig } from "../graph/config";
import { lazyGraphApi, lazySignInSession } from "../graph/lazy";
import { readMyDepartment } from "../graph/me";
import { supportsMailbox } from "../outlook/requirements";

// Compliance recording in Outlook: tokens for the service's API and for Graph's /me from the
// same sign-in as the meeting pane (NAA, or the dialog fallback; config.json names the Entra
// app), silent only — recording never asks the user to sign in. MSAL and the Graph SDK load
// as their chunks on the first event, not with the pane.

const MAILBOX_SETS = ["1.15", "1.14", "1.13", "1.12", "1.11", "1.10", "1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3", "1.2", "1.1"];

/** The highest Mailbox requirement set the client supports ("1.1" when it says none). */
export function highestMailboxSet(supports: (version: string) => boolean = supportsMailbox): string {
  return MAILBOX_SETS.find((v) => supports(v)) ?? "1.1";
}

/** Office's platform ("PC", "OfficeOnline", "Mac", …), for the events' client. */
export function clientName(): string {
  try {
    return String(Office.context.platform ?? Office.context.diagnostics?.platform ?? "unknown").slice(0, 64);
  } catch {
    return "unknown";
  }
}

export function outlookComplianceWiring(): PaneComplianceWiring {
  const config = loadDeploymentConfig().then((loaded) => loaded.config);
  const dialogUrl = new URL("auth-dialog.html", location.href).toString();
  const session = lazySignInSession(() => Promise.all([config, import(/* webpackChunkName: "graph-sign-in" */ "../graph/auth")]).then(([c, m]) => m.createSignInSession(c, Office, dialogUrl)));
  const graph = lazyGraphApi(() =>
    Promise.all([config, import(/* webpackChunkName: "graph-client" */ "../graph/client")]).then(([c, m]) =>
      m.createGraphApi({ tokenSource: { getToken: () => session.getTokenFor(["User.Read"], false) }, baseUrl: c.graphBaseUrl }),
    ),
  );
  return {
    storage: deviceStorage(),
    getToken: (apiScope) => (apiScope ? session.getTokenFor([apiScope], false) : Promise.reject(new Error("compliance.apiScope is not set"))),
    readDepartment: () => readMyDepartment(graph),
  };
}
