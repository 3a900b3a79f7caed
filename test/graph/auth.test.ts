import { createSignInSession, SCOPES_MINUTES, SCOPES_PANE } from "../../src/graph/auth";
import { GraphFailure } from "../../src/graph/client";
import { parseDeploymentConfig } from "../../src/graph/config";

const CONFIG = parseDeploymentConfig({ clientId: "11111111-2222-3333-4444-555555555555", tenantId: "contoso.onmicrosoft.com" }).config;

type DialogReply = { message: string } | { error: number } | "openFails";

/** Just enough of Office.js for the sign-in choice and the dialog fallback. */
function fakeOffice(options: { naa: boolean; replies?: DialogReply[] }) {
  const opened: string[] = [];
  const replies = [...(options.replies ?? [])];
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      requirements: { isSetSupported: (name: string) => options.naa && name === "NestedAppAuth" },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          opened.push(url);
          const reply = replies.shift() ?? { error: 12006 };
          if (reply === "openFails") {
            setTimeout(() => callback({ status: "failed", error: { message: "blocked" } }));
            return;
          }
          const handlers = new Map<string, (arg: unknown) => void>();
          const dialog = { addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler), close: () => undefined };
          setTimeout(() => {
            callback({ status: "succeeded", value: dialog });
            setTimeout(() => ("message" in reply ? handlers.get("dialogMessageReceived") : handlers.get("dialogEventReceived"))?.(reply));
          });
        },
      },
    },
  };
  return { office: office as unknown as typeof Office, opened };
}

describe("choosing how to sign in", () => {
  it("needs a client id from config.json, and says so instead of failing later", async () => {
    const session = createSignInSession(parseDeploymentConfig({}).config, fakeOffice({ naa: true }).office, "https://addin.contoso.com/auth-dialog.html");
    expect(session.method).toBe("none");
    await expect(session.getToken()).rejects.toMatchObject({ code: "notConfigured" });
  });

  it("uses nested app authentication where the client supports NestedAppAuth 1.1", () => {
    expect(createSignInSession(CONFIG, fakeOffice({ naa: true }).office, "x").method).toBe("naa");
  });

  it("falls back to the Office dialog elsewhere", () => {
    expect(createSignInSession(CONFIG, fakeOffice({ naa: false }).office, "x").method).toBe("dialog");
    expect(createSignInSession(CONFIG, undefined, "x").method).toBe("none");
  });
});

describe("the dialog fallback", () => {
  const good = { message: JSON.stringify({ accessToken: "token-1", expiresOn: Date.now() + 3_600_000 }) };

  it("never opens a window by itself: silent calls say sign-in is needed", async () => {
    const { office, opened } = fakeOffice({ naa: false, replies: [good] });
    const session = createSignInSession(CONFIG, office, "https://addin.contoso.com/auth-dialog.html");
    const error = (await session.getToken().catch((e) => e)) as GraphFailure;
    expect(error.needsSignIn).toBe(true);
    expect(opened).toHaveLength(0);
  });

  it("signs in through the dialog with the pane's scopes and then answers silently", async () => {
    const { office, opened } = fakeOffice({ naa: false, replies: [good] });
    const session = createSignInSession(CONFIG, office, "https://addin.contoso.com/auth-dialog.html");
    await session.signIn();
    expect(opened).toEqual([`https://addin.contoso.com/auth-dialog.html?scopes=${encodeURIComponent(SCOPES_PANE.join(" "))}`]);
    await expect(session.getToken()).resolves.toBe("token-1");
    expect(session.isSignedIn()).toBe(true);
    // Mail.ReadWrite is asked for separately, only when needed.
    await expect(session.getTokenFor(SCOPES_MINUTES)).rejects.toMatchObject({ code: "needsSignIn" });
  });

  it("reports a closed window, a blocked window and a garbled answer as needing sign-in", async () => {
    const { office } = fakeOffice({ naa: false, replies: [{ error: 12006 }, "openFails", { message: "<html>" }, { message: JSON.stringify({ error: "AADSTS65001" }) }] });
    const session = createSignInSession(CONFIG, office, "x");
    for (let i = 0; i < 4; i++) await expect(session.signIn()).rejects.toBeInstanceOf(GraphFailure);
    expect(session.isSignedIn()).toBe(false);
  });
});
