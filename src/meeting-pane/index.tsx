import { loadDeploymentConfig } from "../graph/config";
import { lazySignInSession } from "../graph/lazy";
import { resolveUiLang } from "../i18n/strings";
import { outlookComplianceWiring } from "../pane-shell/compliance-wiring";
import { wireGraph } from "./graph-wiring";
import { createOfficeMeetingHost } from "./meeting-host";
import { mountMeetingPane } from "./mount";

// The meeting pane in Outlook (AppointmentOrganizerCommandSurface). config.json says which
// Entra app to sign in with; without it every local check still runs. MSAL loads when the
// organizer first needs Graph.

void Office.onReady(async () => {
  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  document.body.style.margin = "0";
  const { config } = await loadDeploymentConfig();
  const dialogUrl = new URL("auth-dialog.html", location.href).toString();
  const session = lazySignInSession(() => import(/* webpackChunkName: "graph-sign-in" */ "../graph/auth").then((m) => m.createSignInSession(config, Office, dialogUrl)));
  mountMeetingPane(container, {
    host: createOfficeMeetingHost(),
    lang: resolveUiLang(Office.context.displayLanguage),
    graph: config.clientId ? wireGraph({ session, baseUrl: config.graphBaseUrl, addInId: config.addInId }) : undefined,
    compliance: outlookComplianceWiring(),
  });
});
