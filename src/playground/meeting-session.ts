import { GraphFailure } from "../graph/client";
import type { SignInSession } from "../graph/auth";

// A sign-in that asks nobody: the playground's stand-in for MSAL. It starts signed out (so a
// person sees which checks need Graph), and "Sign in" succeeds at once, like a user who
// consents. `?signedIn=1` starts signed in; `?consent=deny` makes sign-in fail.

export function playgroundSession(options: { signedIn?: boolean; denyConsent?: boolean; token?: string } = {}): SignInSession & { signedIn: boolean } {
  const token = options.token ?? "playground-token";
  const session = {
    method: "naa" as const,
    signedIn: !!options.signedIn,
    isSignedIn: () => session.signedIn,
    async getToken(): Promise<string> {
      if (!session.signedIn) throw new GraphFailure("sign in to use Microsoft Graph", 0, "needsSignIn");
      return token;
    },
    async getTokenFor(_scopes: string[], interactive = false): Promise<string> {
      if (!session.signedIn && !interactive) throw new GraphFailure("sign in to use Microsoft Graph", 0, "needsSignIn");
      if (options.denyConsent) throw new GraphFailure("consent was refused", 0, "needsSignIn");
      session.signedIn = true;
      return token;
    },
    async signIn(): Promise<void> {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (options.denyConsent) throw new GraphFailure("consent was refused", 0, "needsSignIn");
      session.signedIn = true;
    },
  };
  return session;
}
