import * as z from "zod/mini";

// The `compliance` block of the tenant policy file (issue 15, §5 supervision): whether the
// add-in records what happened to its findings, where it sends those events, and how the
// compliance service keeps them. Kept apart from config.ts so each block of the file has one
// owner; the service reads the same block from the same file, so they cannot disagree.
//
//   "compliance": { "enabled": true, "serviceUrl": "https://compliance.contoso.com",
//                   "apiScope": "api://11111111-2222-3333-4444-555555555555/Events.Record",
//                   "tenantKey": "…32+ random characters…", "retentionDays": 400 }

/**
 * The same test without the URL class: classic Outlook on Windows runs the on-send check in a
 * JavaScript-only runtime that has no DOM, hence no URL, and the tenant's policy file must still
 * validate there. Scheme, then a host with no credentials, no query and no fragment.
 */
export function isServiceUrlText(text: string): boolean {
  const scheme = text.indexOf("://");
  const protocol = text.slice(0, scheme).toLowerCase();
  if (scheme < 0 || (protocol !== "https" && protocol !== "http")) return false;
  const rest = text.slice(scheme + 3);
  if (rest === "" || /[\s?#@\\]/.test(rest)) return false;
  const slash = rest.indexOf("/");
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const colon = authority.lastIndexOf(":");
  const hostname = (colon < 0 ? authority : authority.slice(0, colon)).toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(hostname) || (colon >= 0 && !/^\d{1,5}$/.test(authority.slice(colon + 1)))) return false;
  return protocol === "https" || hostname === "localhost" || hostname === "127.0.0.1";
}

/** https anywhere; plain http only for this machine (npm start, tests). */
function isServiceUrl(text: string): boolean {
  const UrlClass = (globalThis as { URL?: typeof URL }).URL;
  if (typeof UrlClass !== "function") return isServiceUrlText(text);
  let url: URL;
  try {
    url = new UrlClass(text);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1");
}

export const complianceSchema = z
  .prefault(
    z.strictObject({
      enabled: z
        ._default(z.boolean(), true)
        .check(z.describe("Record rule ids and decisions (never the mail's text, subject or recipients) and send them to serviceUrl. false: nothing is recorded.")),
      serviceUrl: z
        ._default(z.union([z.literal(""), z.string().check(z.refine(isServiceUrl, "an https URL such as https://compliance.contoso.com (http only for localhost)"))]), "")
        .check(z.describe("The compliance service's base URL. Empty: nothing is recorded.")),
      apiScope: z
        ._default(z.string().check(z.maxLength(200)), "")
        .check(z.describe("The delegated scope of the service's Entra app the add-in and the dashboard ask tokens for, e.g. api://<app id>/Events.Record.")),
      tenantKey: z
        ._default(z.union([z.literal(""), z.string().check(z.minLength(32, "at least 32 random characters"), z.maxLength(256))]), "")
        .check(
          z.describe(
            "The tenant's key for the pseudonymous user key (HMAC-SHA256 of the user's object id); the service holds the same key and refuses events under another user's key. Empty: nothing is recorded.",
          ),
        ),
      perPerson: z._default(z.boolean(), false).check(z.describe("Show figures per person on the dashboard (names from Microsoft Graph). Off by default.")),
      retentionDays: z._default(z.int().check(z.minimum(1), z.maximum(3650)), 400).check(z.describe("Events older than this many days are purged by the service once a day.")),
      reasonRequiredForErrors: z._default(z.boolean(), true).check(z.describe("Sending anyway despite an error needs a one-line reason.")),
      queueMax: z
        ._default(z.int().check(z.minimum(10), z.maximum(5000)), 500)
        .check(z.describe("Events kept on the device while the service cannot be reached; the oldest are dropped (and counted) beyond this.")),
    }),
    {},
  )
  .check(z.describe("§5: live supervision. What is recorded, where it goes and how long it is kept."));

export type CompliancePolicy = z.output<typeof complianceSchema>;
