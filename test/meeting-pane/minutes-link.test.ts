import { customPropertiesId, customPropertiesValue, PROPERTY_MINUTES_OF, readCustomProperty } from "../../src/graph/extended-properties";
import { minutesLinkFrom, minutesMarkerHtml, parseLinkedMeeting, parseMinutesMarker, readMinutesLink } from "../../src/outlook/minutes-link";
import type { LinkedMeeting } from "../../src/policy/types";
import { fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

const link: LinkedMeeting = {
  subject: "Q3 預算評審會 / Q3 budget review",
  start: "2026-11-26T06:00:00.000Z",
  end: "2026-11-26T07:00:00.000Z",
  attendees: [{ name: "李娜", address: "li.na@contoso.com" }, { name: "Lisa Wang", address: "lisa.wang@contoso.com" }],
  departmentHeads: [{ name: "张敏", address: "zhang.min@contoso.com" }],
  minutesDue: "2026-11-30",
};

let fake: OfficeFake | undefined;
afterEach(() => fake?.uninstall());

const item = () => (fake as OfficeFake).office.context.mailbox.item as unknown as Office.MessageCompose;

describe("readMinutesLink", () => {
  it("reads the link from the custom property the pane wrote through Graph", async () => {
    // What Office.js finds in `cecp-<add-in id>` is the JSON bag Graph wrote: one property per name.
    const bag = JSON.parse(customPropertiesValue({ [PROPERTY_MINUTES_OF]: JSON.stringify(link) })) as Record<string, unknown>;
    fake = installOfficeFake({ item: fakeMessage({ subject: "会议纪要：Q3 预算评审会", customProperties: bag }) });
    await expect(readMinutesLink(item())).resolves.toEqual(link);
  });

  it("falls back to the hidden marker in the body (the path without Graph)", async () => {
    fake = installOfficeFake({ item: fakeMessage({ body: { type: "html", content: `<div>一、讨论内容</div><div>- </div>${minutesMarkerHtml(link)}` } }) });
    await expect(readMinutesLink(item())).resolves.toEqual(link);
  });

  it("is undefined for an ordinary mail, for broken data and when both reads fail", async () => {
    fake = installOfficeFake({ item: fakeMessage({ body: { type: "html", content: "<div>Hi Lisa, see you at 3.</div>" } }) });
    await expect(readMinutesLink(item())).resolves.toBeUndefined();
    fake.uninstall();
    fake = installOfficeFake({ item: fakeMessage({ customProperties: { [PROPERTY_MINUTES_OF]: "{\"subject\": 3" }, body: { type: "html", content: "cpa-minutes-of:!!!!notbase64" } }) });
    await expect(readMinutesLink(item())).resolves.toBeUndefined();
    fake.sim.fail("loadCustomPropertiesAsync").fail("body.getAsync");
    await expect(readMinutesLink(item())).resolves.toBeUndefined();
  });
});

describe("link data", () => {
  it("accepts only well-formed links", () => {
    expect(parseLinkedMeeting(JSON.stringify(link))).toEqual(link);
    expect(parseLinkedMeeting({ ...link, attendees: [{ name: "no address" }] })).toBeUndefined();
    const { minutesDue: _due, ...withoutDue } = link;
    expect(parseLinkedMeeting({ ...link, minutesDue: "next Monday" })).toStrictEqual(withoutDue);
    expect(parseLinkedMeeting(null)).toBeUndefined();
  });

  it("combines a property and a body the caller already read", () => {
    expect(minutesLinkFrom(JSON.stringify(link), undefined)).toEqual(link);
    expect(minutesLinkFrom(undefined, minutesMarkerHtml(link))).toEqual(link);
    expect(minutesLinkFrom("garbage", "<p>no marker</p>")).toBeUndefined();
  });

  it("round-trips CJK text through the body marker", () => {
    expect(parseMinutesMarker(`<p>x</p>${minutesMarkerHtml(link)}<p>y</p>`)).toEqual(link);
  });

  it("names the extended property as Office.js stores custom properties", () => {
    expect(customPropertiesId("7C1D6A2E-4B1F-4E2A-9D7E-3F0A5B6C7D8E")).toBe("String {00020329-0000-0000-C000-000000000046} Name cecp-7c1d6a2e-4b1f-4e2a-9d7e-3f0a5b6c7d8e");
    expect(readCustomProperty("not json", "x")).toBeUndefined();
  });
});
