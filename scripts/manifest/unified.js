// The unified manifest for Microsoft 365 (manifest.json) and its language files, rendered from
// the description. Schema v1.30, the newest released one @microsoft/app-manifest ships
// (build/json-schemas/teams/v1.30); it has the Outlook extensions used here: ribbons with
// contexts, runtimes whose code has a page and a script, autoRunEvents with options.sendMode,
// requirements, and localizationInfo with additional language files.
//   learn.microsoft.com/office/dev/add-ins/develop/unified-manifest-overview
//   learn.microsoft.com/office/dev/add-ins/develop/json-manifest-overview
//   learn.microsoft.com/office/dev/add-ins/outlook/smart-alerts-onmessagesend-walkthrough (runtime "code.page" + "code.script",
//     "autoRunEvents" with "messageSending"; event names: learn.microsoft.com/office/dev/add-ins/develop/event-based-activation#supported-events)
//   learn.microsoft.com/office/dev/add-ins/develop/localization (unified manifest: localizationInfo, "name.short", "extensions[0]…" keys)
const { ADDIN, LOCALES, SURFACES, urlOf } = require("./description");
const { DEFAULT_MAILBOX_PERMISSION, MAILBOX_PERMISSIONS } = require("../settings");

const SCHEMA_VERSION = "1.30";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`;

const [DEFAULT_LOCALE, ...OTHER_LOCALES] = LOCALES;

/** The unified manifest's language tags are lower case ("zh-cn"); the file of each is "<tag>.json". */
function languageTag(locale) {
  return locale.toLowerCase();
}

function languageFile(locale) {
  return `${languageTag(locale)}.json`;
}

function mailbox(minVersion) {
  return { capabilities: [{ name: "Mailbox", minVersion }] };
}

function icons(base) {
  return [16, 32, 80].map((size) => ({ size, url: urlOf(base, ADDIN.icons[size]) }));
}

/** One ribbon per command: its compose surface, the default tab, one group with the button. */
function ribbon(command, base) {
  return {
    requirements: mailbox(ADDIN.requirements.commands),
    contexts: [SURFACES[command.item].unified],
    tabs: [
      {
        builtInTabId: "TabDefault",
        groups: [
          {
            id: command.groupId,
            label: ADDIN.group.label[DEFAULT_LOCALE],
            controls: [
              {
                id: command.id,
                type: "button",
                label: command.label[DEFAULT_LOCALE],
                icons: icons(base),
                supertip: { title: command.label[DEFAULT_LOCALE], description: command.tooltip[DEFAULT_LOCALE] },
                actionId: command.actionId,
              },
            ],
          },
        ],
      },
    ],
  };
}

function runtimes(base) {
  const events = ADDIN.eventRuntime;
  return [
    {
      requirements: mailbox(ADDIN.requirements.commands),
      id: events.id,
      type: "general",
      // The page for Outlook on the web, new Outlook and Mac; the script alone for classic Outlook on Windows.
      code: { page: urlOf(base, events.page), script: urlOf(base, events.script) },
      lifetime: "short",
      actions: ADDIN.events.map((e) => ({ id: e.handler, type: "executeFunction" })),
    },
    ...ADDIN.commands.map((command) => ({
      requirements: mailbox(ADDIN.requirements.commands),
      id: command.runtimeId,
      type: "general",
      code: { page: urlOf(base, command.page) },
      lifetime: "short",
      actions: [{ id: command.actionId, type: "openPage", pinnable: true }],
    })),
  ];
}

function autoRunEvents(unifiedSendMode) {
  return [
    {
      requirements: { ...mailbox(ADDIN.requirements.commands), scopes: ["mail"] },
      events: ADDIN.events.map((e) => ({ type: e.unifiedType, actionId: e.handler, options: { sendMode: unifiedSendMode } })),
    },
  ];
}

/** The manifest for the add-in served at `base`, with `unifiedSendMode` (softBlock, block, promptUser). */
function renderUnifiedManifest({ base, unifiedSendMode, unifiedPermission = MAILBOX_PERMISSIONS[DEFAULT_MAILBOX_PERMISSION] }) {
  const developerPage = urlOf(base, ADDIN.supportPage);
  return {
    $schema: SCHEMA_URL,
    manifestVersion: SCHEMA_VERSION,
    id: ADDIN.id,
    version: ADDIN.version,
    name: { short: ADDIN.name[DEFAULT_LOCALE] },
    description: { short: ADDIN.shortDescription[DEFAULT_LOCALE], full: ADDIN.description[DEFAULT_LOCALE] },
    developer: { name: ADDIN.provider, websiteUrl: developerPage, privacyUrl: developerPage, termsOfUseUrl: developerPage },
    icons: { color: ADDIN.packageIcons.color.name, outline: ADDIN.packageIcons.outline.name },
    accentColor: ADDIN.accentColor,
    localizationInfo: {
      defaultLanguageTag: languageTag(DEFAULT_LOCALE),
      additionalLanguages: OTHER_LOCALES.map((locale) => ({ languageTag: languageTag(locale), file: languageFile(locale) })),
    },
    validDomains: [new URL(base).host],
    // The add-in's permission level (understanding-outlook-add-in-permissions: "authorization.permissions.resourceSpecific").
    authorization: { permissions: { resourceSpecific: [{ name: unifiedPermission, type: "Delegated" }] } },
    extensions: [
      {
        requirements: { scopes: ["mail"], ...mailbox(ADDIN.requirements.install) },
        runtimes: runtimes(base),
        ribbons: ADDIN.commands.map((command) => ribbon(command, base)),
        autoRunEvents: autoRunEvents(unifiedSendMode),
      },
    ],
  };
}

/** The strings of one other locale, keyed by their place in the manifest. */
function renderLanguageFile(locale) {
  const strings = {
    $schema: LOCALIZATION_SCHEMA_URL,
    "name.short": ADDIN.name[locale],
    "description.short": ADDIN.shortDescription[locale],
    "description.full": ADDIN.description[locale],
  };
  ADDIN.commands.forEach((command, i) => {
    const group = `extensions[0].ribbons[${i}].tabs[0].groups[0]`;
    strings[`${group}.label`] = ADDIN.group.label[locale];
    strings[`${group}.controls[0].label`] = command.label[locale];
    strings[`${group}.controls[0].supertip.title`] = command.label[locale];
    strings[`${group}.controls[0].supertip.description`] = command.tooltip[locale];
  });
  return strings;
}

/** manifest.json and each language file, file name → JSON value. */
function renderUnifiedFiles(settings) {
  const files = { "manifest.json": renderUnifiedManifest(settings) };
  for (const locale of OTHER_LOCALES) files[languageFile(locale)] = renderLanguageFile(locale);
  return files;
}

module.exports = { SCHEMA_VERSION, renderUnifiedManifest, renderLanguageFile, renderUnifiedFiles, languageFile };
