import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { loadDeploymentConfig } from "./config";
import { STORAGE_KEYS } from "../policy/names";

// The page the Office dialog fallback opens (auth-dialog.html). It signs in with MSAL's
// standard redirect flow (Entra redirect URI of type SPA: https://<origin>/auth-dialog.html)
// and hands the token to the pane with Office.context.ui.messageParent (DialogApi 1.1). The
// token never leaves the add-in's origin.

function reply(message: object): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

async function run(): Promise<void> {
  const { config } = await loadDeploymentConfig();
  if (!config.clientId) {
    reply({ error: "config.json has no clientId" });
    return;
  }
  const here = `${location.origin}${location.pathname}`;
  const pca = await createStandardPublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority, redirectUri: here },
    cache: { cacheLocation: "sessionStorage" },
  });
  const result = await pca.handleRedirectPromise();
  const scopes = (new URLSearchParams(location.search).get("scopes") ?? sessionStorage.getItem(STORAGE_KEYS.dialogScopes) ?? "User.Read").split(" ").filter(Boolean);
  if (result?.accessToken) {
    reply({ accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3_000_000 });
    return;
  }
  sessionStorage.setItem(STORAGE_KEYS.dialogScopes, scopes.join(" "));
  await pca.acquireTokenRedirect({ scopes });
}

Office.onReady(() => {
  run().catch((error) => reply({ error: error instanceof Error ? error.message : String(error) }));
});
