import { createSignInSession } from "../graph/auth";
import { loadDeploymentConfig } from "../graph/config";
import { resolveLang } from "../i18n/lang";
import { loadPolicy, mountMeetingPane, wireGraph } from "./app";
import { createOfficeMeetingHost } from "./meeting-host";

// The meeting pane in Outlook (AppointmentOrganizerCommandSurface). config.json says which
// Entra app to sign in with; without it every local check still runs.

Office.onReady(async () => {
  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  const [{ config }, { policy, problem }] = await Promise.all([loadDeploymentConfig(), loadPolicy()]);
  const dialogUrl = new URL("auth-dialog.html", location.href).toString();
  const session = createSignInSession(config, Office, dialogUrl);
  mountMeetingPane(container, {
    host: createOfficeMeetingHost(),
    lang: resolveLang(Office.context.displayLanguage),
    policy,
    policyProblem: problem,
    graph: wireGraph({ session, baseUrl: config.graphBaseUrl, addInId: config.addInId }),
    dark: Office.context.officeTheme?.isDarkTheme ?? false,
  });
});
