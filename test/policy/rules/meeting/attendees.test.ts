import rule from "../../../../src/policy/rules/meeting/attendees";
import { meeting, people } from "../../../support/drafts";
import { runRuleTable } from "../../../support/rule-tester";

const room301 = { name: "上海-3F-301会议室 (12)", address: "room.sh3f301@contoso.com" };
const boardroom = { name: "Boardroom 18F", address: "boardroom18@contoso.com" };

runRuleTable(rule, {
  valid: [
    { name: "two required attendees", draft: meeting() },
    { name: "one colleague in Traditional Chinese", draft: meeting({ requiredAttendees: [people.chen] }) },
    { name: "only optional attendees", draft: meeting({ requiredAttendees: [], optionalAttendees: [people.lisa] }) },
    { name: "external partner", draft: meeting({ subject: "Fabrikam 接口联调 / API integration", requiredAttendees: [people.partner] }) },
    { name: "organizer listed among the attendees as well", draft: meeting({ requiredAttendees: [people.tom, people.wang] }) },
    { name: "organizer and a room and one person", draft: meeting({ requiredAttendees: [people.tom, room301, people.li] }) },
    {
      name: "unresolved name typed by the organizer",
      draft: meeting({ requiredAttendees: [{ name: "张磊", address: "" }] }),
    },
    {
      name: "organizer address in different case",
      draft: meeting({ organizer: { name: "Tom Chen", address: "Tom.Chen@contoso.com" }, requiredAttendees: [people.tom, people.lisa] }),
    },
    { name: "no organizer known, attendees present", draft: meeting({ organizer: undefined, requiredAttendees: [people.wang] }) },
    { name: "large all-hands", draft: meeting({ subject: "2026 年终全员大会 / Year-end all-hands", requiredAttendees: [people.lisa, people.wang, people.li, people.chen], optionalAttendees: [people.partner] }) },
    { name: "distribution list", draft: meeting({ requiredAttendees: [{ name: "IT-基础架构组", address: "it-infra@contoso.com" }] }) },
    { name: "optional attendees undefined", draft: meeting({ requiredAttendees: [people.li], optionalAttendees: undefined }) },
  ],
  invalid: [
    { name: "nobody invited", draft: meeting({ requiredAttendees: [], optionalAttendees: [] }), errors: [{ messageId: "noAttendees" }] },
    { name: "only the organizer", draft: meeting({ requiredAttendees: [people.tom] }), errors: [{ messageId: "noAttendees" }] },
    {
      name: "organizer in upper case only",
      draft: meeting({ requiredAttendees: [{ name: "Tom Chen", address: "TOM.CHEN@CONTOSO.COM" }] }),
      errors: [{ messageId: "noAttendees" }],
    },
    { name: "only a meeting room", draft: meeting({ requiredAttendees: [room301] }), errors: [{ messageId: "noAttendees" }] },
    { name: "organizer and the boardroom", draft: meeting({ requiredAttendees: [people.tom], optionalAttendees: [boardroom] }), errors: [{ messageId: "noAttendees" }] },
    { name: "empty entries left by the form", draft: meeting({ requiredAttendees: [{ name: "", address: "" }, { name: " ", address: " " }] }), errors: [{ messageId: "noAttendees" }] },
    {
      name: "Chinese organizer alone on a Traditional meeting",
      draft: meeting({ subject: "專案週會", organizer: people.chen, requiredAttendees: [people.chen], optionalAttendees: [] }),
      errors: [{ messageId: "noAttendees" }],
    },
    {
      name: "organizer known by name only",
      draft: meeting({ organizer: { name: "王伟", address: "" }, requiredAttendees: [{ name: "王伟", address: "" }] }),
      errors: [{ messageId: "noAttendees" }],
    },
  ],
});
