// Offline validation of the unified manifest and its language files against the JSON schemas
// that @microsoft/app-manifest ships (build/json-schemas/teams/vX.Y/), with its
// validateManifestAgainstSchema (ajv, draft-04), plus what those schemas cannot see.
const fs = require("fs");
const path = require("path");
const { ManifestUtil } = require("@microsoft/app-manifest");
const { SCHEMA_VERSION } = require("./unified");
const { ADDIN } = require("./description");

const SCHEMA_DIR = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams", `v${SCHEMA_VERSION}`);

function readSchema(name) {
  // The localization schema writes `\b]` in some patterns, which a Unicode regular expression
  // (ajv compiles with the u flag) refuses as a lone bracket; `\]` is the bracket it means. The
  // package works around a similar slip (`\a`) the same way when it fetches a schema.
  const text = fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8").replace(/\\\\b\]/g, "\\\\b\\\\]");
  return JSON.parse(text);
}

const MANIFEST_SCHEMA = readSchema("MicrosoftTeams.schema.json");
const LOCALIZATION_SCHEMA = readSchema("MicrosoftTeams.Localization.schema.json");

// The schema takes any string as an event type: these are the names Outlook knows for the events
// the description declares (learn.microsoft.com/office/dev/add-ins/develop/event-based-activation#supported-events).
const KNOWN_EVENTS = { OnMessageSend: "messageSending", OnAppointmentSend: "appointmentSending" };

/** Schema errors of manifest.json and of each language file it names, as "file: message". */
async function schemaErrors(files) {
  const manifest = files["manifest.json"];
  const errors = (await ManifestUtil.validateManifestAgainstSchema(manifest, MANIFEST_SCHEMA)).map((e) => `manifest.json: ${e}`);
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    if (!files[file]) {
      errors.push(`${file}: named in localizationInfo but missing`);
      continue;
    }
    errors.push(...(await ManifestUtil.validateManifestAgainstSchema(files[file], LOCALIZATION_SCHEMA)).map((e) => `${file}: ${e}`));
  }
  return errors;
}

function allUrls(value, found = []) {
  if (typeof value === "string" && /^[a-z]+:\/\//i.test(value)) found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allUrls(v, found));
  else if (value && typeof value === "object") Object.entries(value).forEach(([k, v]) => k !== "$schema" && allUrls(v, found));
  return found;
}

/** What the schema does not check: event names, handler names, https, the version's form, and that every action is defined. */
function projectErrors(manifest) {
  const errors = [];
  const extension = manifest.extensions?.[0] ?? {};
  const actions = new Set((extension.runtimes ?? []).flatMap((r) => (r.actions ?? []).map((a) => a.id)));
  const events = (extension.autoRunEvents ?? []).flatMap((g) => g.events ?? []);
  const expected = ADDIN.events.map((e) => [KNOWN_EVENTS[e.xmlType], e.handler]);
  const declared = events.map((e) => [e.type, e.actionId]);
  if (JSON.stringify(declared) !== JSON.stringify(expected)) errors.push(`autoRunEvents: ${JSON.stringify(declared)}, expected ${JSON.stringify(expected)}`);
  for (const e of events) if (!Object.values(KNOWN_EVENTS).includes(e.type)) errors.push(`autoRunEvents: unknown event type ${e.type}`);
  const controls = (extension.ribbons ?? []).flatMap((r) => r.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls)));
  for (const target of [...events.map((e) => e.actionId), ...controls.map((c) => c.actionId)]) {
    if (!actions.has(target)) errors.push(`action ${target} is not defined by any runtime`);
  }
  for (const url of allUrls(manifest)) if (!url.startsWith("https://")) errors.push(`not https: ${url}`);
  // The schema takes any string; Office wants n.n.n (learn.microsoft.com/office/dev/add-ins/develop/unified-manifest-overview#base-properties).
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(String(manifest.version))) errors.push(`version ${manifest.version}: must be n.n.n, each n at most five digits`);
  return errors;
}

module.exports = { SCHEMA_DIR, MANIFEST_SCHEMA, LOCALIZATION_SCHEMA, KNOWN_EVENTS, schemaErrors, projectErrors };
