import { z } from "zod";

// The `compliance` block of the tenant policy file (issue 15, §5 supervision): whether the
// add-in records what happened to its findings, where it sends those events, and how the
// compliance service keeps them. Kept apart from config.ts so each block of the file has one
// owner; the service reads the same block from the same file, so they cannot disagree.
//
//   "compliance": { "enabled": true, "serviceUrl": "https://compliance.contoso.com",
//                   "apiScope": "api://11111111-2222-3333-4444-555555555555/Events.Record",
//                   "tenantKey": "…32+ random characters…", "retentionDays": 400 }

/** https anywhere; plain http only for this machine (npm start, tests). */
function isServiceUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1");
}

export const complianceSchema = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe("Record rule ids and decisions (never the mail's text, subject or recipients) and send them to serviceUrl. false: nothing is recorded."),
    serviceUrl: z
      .union([z.literal(""), z.string().refine(isServiceUrl, "an https URL such as https://compliance.contoso.com (http only for localhost)")])
      .default("")
      .describe("The compliance service's base URL. Empty: nothing is recorded."),
    apiScope: z
      .string()
      .max(200)
      .default("")
      .describe("The delegated scope of the service's Entra app the add-in and the dashboard ask tokens for, e.g. api://<app id>/Events.Record."),
    tenantKey: z
      .union([z.literal(""), z.string().min(32, "at least 32 random characters").max(256)])
      .default("")
      .describe("The tenant's key for the pseudonymous user key (HMAC-SHA256 of the user's object id); the service holds the same key and refuses events under another user's key. Empty: nothing is recorded."),
    perPerson: z.boolean().default(false).describe("Show figures per person on the dashboard (names from Microsoft Graph). Off by default."),
    retentionDays: z.number().int().min(1).max(3650).default(400).describe("Events older than this many days are purged by the service once a day."),
    reasonRequiredForErrors: z.boolean().default(true).describe("Sending anyway despite an error needs a one-line reason."),
    queueMax: z.number().int().min(10).max(5000).default(500).describe("Events kept on the device while the service cannot be reached; the oldest are dropped (and counted) beyond this."),
  })
  .strict()
  .prefault({})
  .describe("§5: live supervision. What is recorded, where it goes and how long it is kept.");

export type CompliancePolicy = z.output<typeof complianceSchema>;
