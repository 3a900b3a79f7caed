// The build settings, read from the environment in one place (scripts/build.js, webpack.config.js
// and `npm run package` all call readBuildSettings). docs/deploy.md names each of them; a test
// checks that every setting the guide names is one of BUILD_SETTINGS.
//
//   ADDIN_URL=https://addin.contoso.com/outlook   where the built files are served (https only)
//   CLOUD=global|china|usgov                      the tenant's Microsoft cloud (default global)
//   SEND_MODE=SoftBlock|Block|PromptUser          the manifests' send mode (default SoftBlock)
//   COMPLIANCE_URL=https://compliance.contoso.com the compliance service the pages send events to (optional)
//   MAILBOX_PERMISSION=ReadWriteItem|ReadWriteMailbox  the manifests' permission (default ReadWriteItem)
const path = require("path");
const { loadTsModule } = require("./ts-module");

const root = path.join(__dirname, "..");
const { CLOUDS, DEFAULT_CLOUD, isCloudName } = loadTsModule(path.join(root, "src", "graph", "clouds.ts"));

const DEV_URL = "https://localhost:3000";

// Smart Alerts send modes: the add-in only manifest's names and the unified manifest's
// (learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events#available-send-mode-options).
const SEND_MODES = {
  SoftBlock: "softBlock",
  Block: "block",
  PromptUser: "promptUser",
};
const DEFAULT_SEND_MODE = "SoftBlock";

// Outlook add-in permission levels: the add-in only manifest's names and the unified manifest's
// (learn.microsoft.com/office/dev/add-ins/outlook/understanding-outlook-add-in-permissions).
// Read/write item is all the check and the fixes need; read/write mailbox adds item.sendAsync
// (Mailbox 1.15), which the pane's "send anyway" uses to send the mail itself.
const MAILBOX_PERMISSIONS = {
  ReadWriteItem: "MailboxItem.ReadWrite.User",
  ReadWriteMailbox: "Mailbox.ReadWrite.User",
};
const DEFAULT_MAILBOX_PERMISSION = "ReadWriteItem";

const BUILD_SETTINGS = {
  ADDIN_URL: "the https URL the built files are served from",
  CLOUD: `the tenant's Microsoft cloud: ${Object.keys(CLOUDS).join(" | ")} (default ${DEFAULT_CLOUD})`,
  SEND_MODE: `the Smart Alerts send mode: ${Object.keys(SEND_MODES).join(" | ")} (default ${DEFAULT_SEND_MODE})`,
  COMPLIANCE_URL: "the https origin of the compliance service (policy.json compliance.serviceUrl); the pages' CSP allows it",
  MAILBOX_PERMISSION: `the manifests' permission: ${Object.keys(MAILBOX_PERMISSIONS).join(" | ")} (default ${DEFAULT_MAILBOX_PERMISSION})`,
};

/** The add-in's production URL without a trailing slash; refuses anything but https. */
function addinUrl(value) {
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be an https:// URL (Outlook loads add-ins over https only): ${value}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${value}`);
  return url.toString().replace(/\/+$/, "");
}

/** The compliance service's origin, allowed by the pages' CSP; https only (it receives tokens). */
function complianceOrigin(value) {
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`COMPLIANCE_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`COMPLIANCE_URL must be an https:// URL: ${value}`);
  return url.origin;
}

function cloudName(value) {
  const name = (value || DEFAULT_CLOUD).trim().toLowerCase();
  if (!isCloudName(name)) throw new Error(`CLOUD must be one of ${Object.keys(CLOUDS).join(", ")}: ${value}`);
  return name;
}

/** The add-in only manifest's spelling of the send mode (any letter case accepted). */
function sendMode(value) {
  const wanted = (value || DEFAULT_SEND_MODE).trim().toLowerCase();
  const found = Object.keys(SEND_MODES).find((mode) => mode.toLowerCase() === wanted);
  if (!found) throw new Error(`SEND_MODE must be one of ${Object.keys(SEND_MODES).join(", ")}: ${value}`);
  return found;
}

/** The add-in only manifest's spelling of the permission (any letter case accepted). */
function mailboxPermission(value) {
  const wanted = (value || DEFAULT_MAILBOX_PERMISSION).trim().toLowerCase();
  const found = Object.keys(MAILBOX_PERMISSIONS).find((name) => name.toLowerCase() === wanted);
  if (!found) throw new Error(`MAILBOX_PERMISSION must be one of ${Object.keys(MAILBOX_PERMISSIONS).join(", ")}: ${value}`);
  return found;
}

/**
 * The settings of one build. `addinUrl` is undefined when ADDIN_URL is not set (the manifests
 * then point at the development server); `cloud` is the name, `endpoints` its hosts.
 */
function readBuildSettings(env = process.env) {
  const cloud = cloudName(env.CLOUD);
  const mode = sendMode(env.SEND_MODE);
  const permission = mailboxPermission(env.MAILBOX_PERMISSION);
  return {
    addinUrl: addinUrl(env.ADDIN_URL),
    cloud,
    endpoints: CLOUDS[cloud],
    sendMode: mode,
    unifiedSendMode: SEND_MODES[mode],
    complianceUrl: complianceOrigin(env.COMPLIANCE_URL),
    permission,
    unifiedPermission: MAILBOX_PERMISSIONS[permission],
  };
}

module.exports = { BUILD_SETTINGS, CLOUDS, DEFAULT_CLOUD, DEV_URL, SEND_MODES, DEFAULT_SEND_MODE, MAILBOX_PERMISSIONS, DEFAULT_MAILBOX_PERMISSION, addinUrl, readBuildSettings };
