import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { GraphFailure, type TokenSource } from "./client";
import type { DeploymentConfig } from "./config";

// Signing in to Microsoft Graph from a pane.
// - Where Outlook supports Nested App Authentication (requirement set NestedAppAuth 1.1:
//   Outlook on the web, new Outlook, classic Outlook on Windows and Mac with current builds),
//   MSAL's nestable client gets tokens from Outlook itself: silent first, a popup only when
//   the user presses "Sign in" (consent, MFA). Redirect URI in Entra: brk-multihub://<origin>.
// - Elsewhere, the Office dialog API (DialogApi 1.1) opens auth-dialog.html, which signs in
//   with MSAL's standard redirect flow and posts the token back with messageParent.
// Tokens are asked for with the fewest scopes; Mail.ReadWrite only when the organizer writes
// minutes (incremental consent). The authority is the build's cloud's sign-in host
// (src/graph/config.ts): login.chinacloudapi.cn for 21Vianet, login.microsoftonline.us for GCC High.

/** Directory: department and manager of each attendee (User.ReadBasic.All lacks department). */
export const SCOPES_DIRECTORY = ["User.Read.All"];
/** The event's reminder and the meeting's policy data (extended property) after saving. */
export const SCOPES_CALENDAR = ["Calendars.ReadWrite"];
/** The organizer's "send the minutes" task in Microsoft To Do. */
export const SCOPES_TASKS = ["Tasks.ReadWrite"];
/** The minutes draft with its link to the meeting (asked for only by "Write minutes"). */
export const SCOPES_MINUTES = ["Mail.ReadWrite"];
export const SCOPES_PANE = [...SCOPES_DIRECTORY, ...SCOPES_CALENDAR, ...SCOPES_TASKS];

export interface SignInSession extends TokenSource {
  readonly method: "naa" | "dialog" | "none";
  /** Interactive sign-in (and consent) for the given scopes; resolves once a token is held. */
  signIn(scopes?: string[]): Promise<void>;
  isSignedIn(): boolean;
  /** Silent token for other scopes (Mail.ReadWrite); throws GraphFailure needsSignIn. */
  getTokenFor(scopes: string[], interactive?: boolean): Promise<string>;
}

function needsSignIn(message: string): GraphFailure {
  return new GraphFailure(message, 0, "needsSignIn");
}

/** No client id configured: every Graph check says it needs configuration. */
export function noSignIn(reason: string): SignInSession {
  const fail = async (): Promise<never> => {
    throw new GraphFailure(reason, 0, "notConfigured");
  };
  return { method: "none", signIn: fail, isSignedIn: () => false, getToken: fail, getTokenFor: fail };
}

function supportsNaa(office: typeof Office | undefined): boolean {
  try {
    return !!office?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1");
  } catch {
    return false;
  }
}

function createNaaSession(config: DeploymentConfig & { clientId: string }): SignInSession {
  let pca: Promise<IPublicClientApplication> | undefined;
  let account: AccountInfo | null = null;
  let signedIn = false;
  const app = () => (pca ??= createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } }));

  async function acquire(scopes: string[], interactive: boolean): Promise<string> {
    const client = await app();
    account ??= client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
    try {
      const result = await client.acquireTokenSilent({ scopes, ...(account ? { account } : {}) });
      account = result.account;
      signedIn = true;
      return result.accessToken;
    } catch (error) {
      if (!interactive) throw needsSignIn(error instanceof InteractionRequiredAuthError ? "consent or sign-in required" : String(error));
      const result = await client.acquireTokenPopup({ scopes });
      account = result.account;
      client.setActiveAccount(account);
      signedIn = true;
      return result.accessToken;
    }
  }

  return {
    method: "naa",
    isSignedIn: () => signedIn,
    getToken: () => acquire(SCOPES_PANE, false),
    getTokenFor: (scopes, interactive = false) => acquire(scopes, interactive),
    signIn: async (scopes = SCOPES_PANE) => {
      await acquire(scopes, true);
    },
  };
}

interface DialogToken {
  accessToken: string;
  expiresOn: number;
  scopes: string[];
}

/** The Office dialog fallback: one dialog per interactive sign-in; tokens kept in memory only. */
function createDialogSession(office: typeof Office, dialogUrl: string): SignInSession {
  const tokens: DialogToken[] = [];
  const valid = (scopes: string[]) =>
    tokens.find((t) => t.expiresOn - 60_000 > Date.now() && scopes.every((s) => t.scopes.map((x) => x.toLowerCase()).includes(s.toLowerCase())));

  function openDialog(scopes: string[]): Promise<DialogToken> {
    return new Promise((resolve, reject) => {
      const url = `${dialogUrl}?scopes=${encodeURIComponent(scopes.join(" "))}`;
      // DialogApi 1.1
      office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
        if (opened.status !== office.AsyncResultStatus.Succeeded) {
          reject(needsSignIn(opened.error?.message ?? "the sign-in window could not open"));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          try {
            const message = JSON.parse((arg as { message: string }).message) as Partial<DialogToken> & { error?: string };
            if (message.accessToken && typeof message.expiresOn === "number") resolve({ accessToken: message.accessToken, expiresOn: message.expiresOn, scopes });
            else reject(needsSignIn(message.error ?? "sign-in did not complete"));
          } catch {
            reject(needsSignIn("sign-in answered something unreadable"));
          }
        });
        dialog.addEventHandler(office.EventType.DialogEventReceived, () => reject(needsSignIn("the sign-in window was closed")));
      });
    });
  }

  async function acquire(scopes: string[], interactive: boolean): Promise<string> {
    const held = valid(scopes);
    if (held) return held.accessToken;
    if (!interactive) throw needsSignIn("sign in to use Microsoft Graph");
    const token = await openDialog(scopes);
    tokens.push(token);
    return token.accessToken;
  }

  return {
    method: "dialog",
    isSignedIn: () => tokens.some((t) => t.expiresOn > Date.now()),
    getToken: (options) => (options?.forceRefresh ? Promise.reject(needsSignIn("the token was refused")) : acquire(SCOPES_PANE, false)),
    getTokenFor: (scopes, interactive = false) => acquire(scopes, interactive),
    signIn: async (scopes = SCOPES_PANE) => {
      await acquire(scopes, true);
    },
  };
}

/** Picks the sign-in method the client supports; `dialogUrl` is auth-dialog.html beside the pane. */
export function createSignInSession(config: DeploymentConfig, office: typeof Office | undefined, dialogUrl: string): SignInSession {
  const clientId = config.clientId;
  if (!clientId) return noSignIn("No Entra app is configured (config.json has no clientId).");
  if (supportsNaa(office)) return createNaaSession({ ...config, clientId });
  if (office?.context?.ui?.displayDialogAsync) return createDialogSession(office, dialogUrl);
  return noSignIn("This Outlook cannot sign in to Microsoft Graph.");
}
