// The add-in only manifest (manifest.xml) rendered from the description. Outlook on Mac,
// perpetual Office and the 21Vianet cloud install add-ins from this format only
// (learn.microsoft.com/office/dev/add-ins/develop/unified-manifest-overview#client-and-platform-support).
// Elements: learn.microsoft.com/javascript/api/manifest (LaunchEvent, Runtimes with an Override
// of type javascript for classic Outlook on Windows).
const { ADDIN, LOCALES, SURFACES, urlOf } = require("./description");
const { DEFAULT_MAILBOX_PERMISSION } = require("../settings");

const [DEFAULT_LOCALE, ...OTHER_LOCALES] = LOCALES;

/** Escapes a text for an XML attribute value or element content. */
function esc(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function overrides(strings, element, indent) {
  return OTHER_LOCALES.map((locale) => `${indent}<${element} Locale="${locale}" Value="${esc(strings[locale])}"/>`).join("\n");
}

/** `<Name DefaultValue="…">` with one Override per other locale. */
function localized(name, strings, indent, attrs = "", override = "Override") {
  return `${indent}<${name}${attrs} DefaultValue="${esc(strings[DEFAULT_LOCALE])}">\n${overrides(strings, override, `${indent}  `)}\n${indent}</${name}>`;
}

function iconRefs(indent) {
  return [16, 32, 80].map((size) => `${indent}<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`).join("\n");
}

function commandSurface(command) {
  const i = "            ";
  return `${i}<ExtensionPoint xsi:type="${SURFACES[command.item].xml}">
${i}  <OfficeTab id="TabDefault">
${i}    <Group id="${command.groupId}">
${i}      <Label resid="${ADDIN.group.id}"/>
${i}      <Control xsi:type="Button" id="${command.id}">
${i}        <Label resid="${command.label.id}"/>
${i}        <Supertip>
${i}          <Title resid="${command.label.id}"/>
${i}          <Description resid="${command.tooltip.id}"/>
${i}        </Supertip>
${i}        <Icon>
${iconRefs(`${i}          `)}
${i}        </Icon>
${i}        <Action xsi:type="ShowTaskpane">
${i}          <SourceLocation resid="${command.urlId}"/>
${i}          <SupportsPinning>true</SupportsPinning>
${i}        </Action>
${i}      </Control>
${i}    </Group>
${i}  </OfficeTab>
${i}</ExtensionPoint>`;
}

function launchEvents(sendMode) {
  const i = "            ";
  const events = ADDIN.events.map((e) => `${i}    <LaunchEvent Type="${e.xmlType}" FunctionName="${e.handler}" SendMode="${sendMode}"/>`).join("\n");
  return `${i}<ExtensionPoint xsi:type="LaunchEvent">
${i}  <LaunchEvents>
${events}
${i}  </LaunchEvents>
${i}  <SourceLocation resid="${ADDIN.eventRuntime.pageUrlId}"/>
${i}</ExtensionPoint>`;
}

function resources(base) {
  const i = "      ";
  const images = [16, 32, 80].map((size) => `${i}    <bt:Image id="Icon.${size}x${size}" DefaultValue="${esc(urlOf(base, ADDIN.icons[size]))}"/>`).join("\n");
  const runtime = ADDIN.eventRuntime;
  const urls = [
    [runtime.pageUrlId, runtime.page],
    [runtime.scriptUrlId, runtime.script],
    ...ADDIN.commands.map((c) => [c.urlId, c.page]),
  ]
    .map(([id, file]) => `${i}    <bt:Url id="${id}" DefaultValue="${esc(urlOf(base, file))}"/>`)
    .join("\n");
  const shortStrings = [{ id: ADDIN.group.id, ...ADDIN.group.label }, ...ADDIN.commands.map((c) => c.label)];
  const longStrings = ADDIN.commands.map((c) => c.tooltip);
  const strings = (list) => list.map((s) => localized("bt:String", s, `${i}    `, ` id="${s.id}"`, "bt:Override")).join("\n");
  return `${i}<Resources>
${i}  <bt:Images>
${images}
${i}  </bt:Images>
${i}  <bt:Urls>
${urls}
${i}  </bt:Urls>
${i}  <bt:ShortStrings>
${strings(shortStrings)}
${i}  </bt:ShortStrings>
${i}  <bt:LongStrings>
${strings(longStrings)}
${i}  </bt:LongStrings>
${i}</Resources>`;
}

/**
 * The manifest for the add-in served at `base` (an https origin and path), with `sendMode`
 * (SoftBlock, Block, PromptUser) and `permission` (ReadWriteItem, ReadWriteMailbox: settings.js).
 */
function renderXmlManifest({ base, sendMode, permission = DEFAULT_MAILBOX_PERMISSION }) {
  const origin = new URL(base).origin;
  const rules = ADDIN.commands.map((c) => `    <Rule xsi:type="ItemIs" ItemType="${c.item}" FormType="Edit"/>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Communication Policy Assistant (沟通规范助手): add-in only XML manifest for Outlook.
  Generated from scripts/manifest/description.js (node scripts/manifest/write-dev.js writes this
  development copy, pointing at ${base}); \`npm run build\` writes dist/manifest.xml and
  dist/manifest.json for ADDIN_URL, CLOUD and SEND_MODE. Edit the description, not this file.
-->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0"
           xsi:type="MailApp">
  <Id>${ADDIN.id}</Id>
  <Version>${ADDIN.version}.0</Version>
  <ProviderName>${esc(ADDIN.provider)}</ProviderName>
  <DefaultLocale>${DEFAULT_LOCALE}</DefaultLocale>
${localized("DisplayName", ADDIN.name, "  ")}
${localized("Description", ADDIN.description, "  ")}
  <IconUrl DefaultValue="${esc(urlOf(base, ADDIN.icons[64]))}"/>
  <HighResolutionIconUrl DefaultValue="${esc(urlOf(base, ADDIN.icons[128]))}"/>
  <SupportUrl DefaultValue="${esc(urlOf(base, ADDIN.supportPage))}"/>
  <AppDomains>
    <AppDomain>${esc(origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="${ADDIN.requirements.install}"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="${esc(urlOf(base, ADDIN.supportPage))}"/>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>${permission}</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
${rules}
  </Rule>
  <DisableEntityHighlighting>false</DisableEntityHighlighting>

  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <!-- Smart Alerts (OnMessageSend / OnAppointmentSend) need Mailbox 1.12; the 1.14 and 1.15
           options (Send Anyway, the Fix button, contextData, Markdown) are detected at run time. -->
      <Requirements>
        <bt:Sets DefaultMinVersion="${ADDIN.requirements.commands}">
          <bt:Set Name="Mailbox"/>
        </bt:Sets>
      </Requirements>
      <Hosts>
        <Host xsi:type="MailHost">
          <!-- Event-based activation: an HTML page for Outlook on the web, new Outlook and Mac; the
               bundle alone for the JavaScript-only runtime of classic Outlook on Windows. -->
          <Runtimes>
            <Runtime resid="${ADDIN.eventRuntime.pageUrlId}">
              <Override type="javascript" resid="${ADDIN.eventRuntime.scriptUrlId}"/>
            </Runtime>
          </Runtimes>
          <DesktopFormFactor>
            <FunctionFile resid="${ADDIN.eventRuntime.pageUrlId}"/>

${ADDIN.commands.map(commandSurface).join("\n\n")}

${launchEvents(sendMode)}
          </DesktopFormFactor>
        </Host>
      </Hosts>
${resources(base)}
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
`;
}

module.exports = { renderXmlManifest };
