import { createStandardPublicClientApplication, type AccountInfo, type IPublicClientApplication } from "@azure/msal-browser";
import type { DeploymentConfig } from "../graph/config";
import { DEV_BUILD } from "./setup";

// The dashboard's sign-in. In production: MSAL for a single-page app (the same Entra app as
// the panes, "Single-page application" platform with this page as a redirect URI), a popup
// the first time and silent tokens after, for the service's delegated scope
// (compliance.apiScope). In a development build without an Entra app: a token signed with
// the development key (src/compliance/dev-token.ts), which only a development service trusts.

export interface TokenSource {
  readonly kind: "msal" | "dev" | "none";
  signIn(): Promise<void>;
  getToken(): Promise<string>;
  /** A Microsoft Graph token for `scope` (the per-person names); silent, else a popup. */
  graphToken(scope: string): Promise<string>;
}

function msalSource(deployment: DeploymentConfig & { clientId: string }, apiScope: string): TokenSource {
  let app: Promise<IPublicClientApplication> | undefined;
  let account: AccountInfo | null = null;
  const client = () =>
    (app ??= createStandardPublicClientApplication({
      auth: { clientId: deployment.clientId, authority: `https://login.microsoftonline.com/${encodeURIComponent(deployment.tenantId)}`, redirectUri: location.origin + location.pathname },
      cache: { cacheLocation: "sessionStorage" },
    }));
  return {
    kind: "msal",
    async signIn() {
      const pca = await client();
      const result = await pca.loginPopup({ scopes: [apiScope] });
      account = result.account;
      pca.setActiveAccount(account);
    },
    async getToken() {
      const pca = await client();
      account ??= pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
      if (!account) throw new Error("not signed in");
      return (await pca.acquireTokenSilent({ scopes: [apiScope], account })).accessToken;
    },
    async graphToken(scope) {
      const pca = await client();
      account ??= pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
      if (!account) throw new Error("not signed in");
      try {
        return (await pca.acquireTokenSilent({ scopes: [scope], account })).accessToken;
      } catch {
        // First use of the scope: the administrator consents in a popup (the click on "Show names" allows one).
        return (await pca.acquireTokenPopup({ scopes: [scope], account })).accessToken;
      }
    },
  };
}

/** An administrator of the development tenant; the object id is fixed so the dashboard's figures are stable. */
function devSource(): TokenSource {
  let token: string | undefined;
  return {
    kind: "dev",
    async signIn() {
      // The condition is written out here so webpack drops the import, and the key with it, from the production output.
      const dev = process.env.DEV_OUTPUT === "1" ? await import("../compliance/dev-token") : undefined;
      if (!dev) throw new Error("development sign-in is not in a production build");
      token = await dev.mintDevToken({ oid: "0d0d0d0d-0000-4000-8000-00000000ad01", name: "Development administrator", roles: ["Compliance.Admin"] });
    },
    async getToken() {
      if (!token) throw new Error("not signed in");
      return token;
    },
    // The development tenant has no directory: names come only from a local Graph (?graph=, directory-names.ts).
    graphToken: () => Promise.reject(new Error("no directory in a development sign-in")),
  };
}

const none: TokenSource = {
  kind: "none",
  signIn: () => Promise.reject(new Error("no Entra app configured")),
  getToken: () => Promise.reject(new Error("no Entra app configured")),
  graphToken: () => Promise.reject(new Error("no Entra app configured")),
};

export function createTokenSource(deployment: DeploymentConfig, apiScope: string): TokenSource {
  const clientId = deployment.clientId;
  if (clientId && apiScope) return msalSource({ ...deployment, clientId }, apiScope);
  return DEV_BUILD ? devSource() : none;
}
