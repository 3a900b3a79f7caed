import type { SignInSession } from "./auth";
import type { BatchRequest, BatchResponse, GraphApi } from "./failure";

// Microsoft Graph for a pane that may never need it: MSAL (sign-in) and the Graph SDK are a
// fifth of the meeting pane's bytes, so they load as chunks of their own on the first call
// that needs them (a sign-in, a directory look-up, saving the meeting), not with the page.

/** A GraphApi whose client is created by `load` on the first request. */
export function lazyGraphApi(load: () => Promise<GraphApi>): GraphApi {
  let api: Promise<GraphApi> | undefined;
  const ready = (): Promise<GraphApi> => (api ??= load());
  return {
    get: <T>(path: string) => ready().then((a) => a.get<T>(path)),
    getAll: <T>(path: string, maxPages?: number) => ready().then((a) => a.getAll<T>(path, maxPages)),
    post: <T>(path: string, body: unknown) => ready().then((a) => a.post<T>(path, body)),
    patch: <T>(path: string, body: unknown) => ready().then((a) => a.patch<T>(path, body)),
    batch: (requests: BatchRequest[]): Promise<BatchResponse[]> => ready().then((a) => a.batch(requests)),
  };
}

/** A sign-in session whose MSAL client is created by `load` on the first token or sign-in. */
export function lazySignInSession(load: () => Promise<SignInSession>): SignInSession {
  let session: SignInSession | undefined;
  let loading: Promise<SignInSession> | undefined;
  const ready = (): Promise<SignInSession> =>
    (loading ??= load().then((s) => {
      session = s;
      return s;
    }));
  return {
    get method() {
      return session?.method ?? "none";
    },
    isSignedIn: () => session?.isSignedIn() ?? false,
    getToken: (options) => ready().then((s) => s.getToken(options)),
    getTokenFor: (scopes, interactive) => ready().then((s) => s.getTokenFor(scopes, interactive)),
    signIn: (scopes) => ready().then((s) => s.signIn(scopes)),
  };
}
