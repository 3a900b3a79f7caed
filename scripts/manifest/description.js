// The one description of the add-in: what it is called in each language, its commands, its
// on-send events, its icons and pages. scripts/manifest/xml.js renders the add-in only manifest
// (manifest.xml, for Outlook on Mac, perpetual Office and 21Vianet) and
// scripts/manifest/unified.js the unified manifest for Microsoft 365 (manifest.json) from it,
// so the two cannot drift. Build-time data: nothing here ships in a bundle.
//
// The handler names and the pane buttons' ids are the code's (src/on-send/names.ts): Outlook
// calls the handlers by name, and Smart Alerts' Fix button opens a pane by its button's id.
const path = require("path");
const { loadTsModule } = require("../ts-module");
const { PAGES, BUNDLES, ICONS, PACKAGE_ICONS } = require("./files");

const { HANDLER_NAMES, PANE_COMMAND_IDS } = loadTsModule(path.join(__dirname, "..", "..", "src", "on-send", "names.ts"));

/** The default locale first; every string below is given in each of these. */
const LOCALES = ["en-US", "zh-CN", "zh-TW"];

const ADDIN = {
  /** Fixed: Outlook and the admin center know the add-in by it; config.json's addInId repeats it. */
  id: "ddd05af6-6d96-42ca-afa0-548598a340c3",
  /** Raise it for every release IT uploads (the XML manifest writes it with a fourth part, .0). */
  version: "1.0.0",
  provider: "Contoso IT",
  accentColor: "#0F6CBD",
  name: {
    "en-US": "Communication Policy Assistant",
    "zh-CN": "沟通规范助手",
    "zh-TW": "溝通規範助手",
  },
  /** At most 80 characters (the unified manifest's description.short). */
  shortDescription: {
    "en-US": "Checks mail and meetings against the company's communication policy.",
    "zh-CN": "按公司沟通规范检查邮件和会议邀请。",
    "zh-TW": "依公司溝通規範檢查郵件與會議邀請。",
  },
  description: {
    "en-US": "Checks every mail and meeting invitation against the company's IT communication policy when you press Send, and helps you fix what it finds.",
    "zh-CN": "在您点击发送时，按公司 IT 沟通规范检查每封邮件和会议邀请，并帮助您修正发现的问题。",
    "zh-TW": "在您按下傳送時，依公司 IT 溝通規範檢查每封郵件與會議邀請，並協助您修正發現的問題。",
  },
  /** The base manifest installs on Mailbox 1.1; the commands and events need 1.12 (Smart Alerts). */
  requirements: { install: "1.1", commands: "1.12" },
  icons: ICONS,
  packageIcons: PACKAGE_ICONS,
  /** The page Outlook opens for the legacy item form and the support link. */
  supportPage: PAGES.messagePane,
  group: {
    id: "Group.Label",
    label: { "en-US": "Communication policy", "zh-CN": "沟通规范", "zh-TW": "溝通規範" },
  },
  /** The pane buttons, in ribbon order. */
  commands: [
    {
      id: PANE_COMMAND_IDS.mail,
      item: "Message",
      groupId: "msgComposeGroup",
      page: PAGES.messagePane,
      urlId: "Taskpane.Url",
      runtimeId: "messagePane",
      actionId: "openMessagePane",
      label: { id: "MailButton.Label", "en-US": "Check policy", "zh-CN": "检查规范", "zh-TW": "檢查規範" },
      tooltip: {
        id: "MailButton.Tooltip",
        "en-US": "Check this mail against the company's communication policy and fix what it finds.",
        "zh-CN": "按公司沟通规范检查这封邮件，并修正发现的问题。",
        "zh-TW": "依公司溝通規範檢查這封郵件，並修正發現的問題。",
      },
    },
    {
      id: PANE_COMMAND_IDS.meeting,
      item: "Appointment",
      groupId: "apptComposeGroup",
      page: PAGES.meetingPane,
      urlId: "Calendar.Url",
      runtimeId: "meetingPane",
      actionId: "openMeetingPane",
      label: { id: "MeetingButton.Label", "en-US": "Check meeting", "zh-CN": "检查会议", "zh-TW": "檢查會議" },
      tooltip: {
        id: "MeetingButton.Tooltip",
        "en-US": "Check this meeting invitation against the company's meeting rules: agenda, time, attendees and minutes.",
        "zh-CN": "按公司会议规范检查这个会议邀请：议程、时间、参会人和会议纪要。",
        "zh-TW": "依公司會議規範檢查這個會議邀請：議程、時間、與會者和會議記錄。",
      },
    },
  ],
  /** Smart Alerts: the events, their names in each manifest, and the handler each calls. */
  events: [
    { xmlType: "OnMessageSend", unifiedType: "messageSending", handler: HANDLER_NAMES.mail },
    { xmlType: "OnAppointmentSend", unifiedType: "appointmentSending", handler: HANDLER_NAMES.meeting },
  ],
  /** One runtime runs the handlers: an HTML page, or the bundle alone in classic Outlook on Windows. */
  eventRuntime: { id: "onSend", page: PAGES.onSend, script: BUNDLES.onSend, pageUrlId: "Commands.Url", scriptUrlId: "LaunchEventJs.Url" },
};

/** Where each command sits: the compose surfaces of the two manifests. */
const SURFACES = {
  Message: { xml: "MessageComposeCommandSurface", unified: "mailCompose" },
  Appointment: { xml: "AppointmentOrganizerCommandSurface", unified: "meetingDetailsOrganizer" },
};

/** `base` + "/" + a file of the build. */
function urlOf(base, file) {
  return `${base.replace(/\/+$/, "")}/${file}`;
}

module.exports = { ADDIN, LOCALES, SURFACES, HANDLER_NAMES, PANE_COMMAND_IDS, urlOf };
