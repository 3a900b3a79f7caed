import type { SimTheme } from "./sim-types";

// The values Office.js itself uses at run time (its enums are strings, not the numbers the
// type declarations suggest), so code that compares against `Office.X.Y` works with both.
export const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Html: "html", Text: "text" },
  EventType: {
    RecipientsChanged: "olkRecipientsChanged",
    AttachmentsChanged: "olkAttachmentsChanged",
    AppointmentTimeChanged: "olkAppointmentTimeChanged",
    ItemChanged: "olkItemSelectedChanged",
    InitializationContextChanged: "olkInitializationContextChanged",
    OfficeThemeChanged: "officeThemeChanged",
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
  },
  HostType: { Outlook: "Outlook" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  MailboxEnums: {
    ItemType: { Message: "message", Appointment: "appointment" },
    RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
    AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
    AttachmentStatus: { Added: "added", Removed: "removed" },
    AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
    ItemNotificationMessageType: {
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
    SendModeOverride: { PromptUser: "promptUser" },
    ComposeType: { Reply: "reply", NewMail: "newMail", Forward: "forward" },
  },
} as const;

export const DEFAULT_THEME: SimTheme = {
  bodyBackgroundColor: "#ffffff",
  bodyForegroundColor: "#242424",
  controlBackgroundColor: "#f5f5f5",
  controlForegroundColor: "#242424",
  isDarkTheme: false,
  themeId: "colorful",
};
