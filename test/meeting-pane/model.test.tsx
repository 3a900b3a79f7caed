import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DepartmentsSection } from "../../src/meeting-pane/components/DepartmentsSection";
import { MaterialsSection } from "../../src/meeting-pane/components/PeopleSections";
import { fromRows, meetingPeople, ruleStates, toRow } from "../../src/meeting-pane/model";
import type { Directory } from "../../src/meeting-pane/use-directory";
import { meetingTranslator } from "../../src/i18n/meeting-pane";
import { buildMinutesMessage } from "../../src/outlook/minutes-message";
import { parseMinutesMarker } from "../../src/outlook/minutes-link";
import { ruleCatalog } from "../../src/policy/catalog";
import { DEFAULT_POLICY, policySchema } from "../../src/policy/config";
import { checkDraft } from "../../src/policy/engine";
import type { MeetingDraft } from "../../src/policy/types";
import { meeting as draftOf, people } from "../support/drafts";

// The meeting pane's pure parts and two of its sections rendered to markup: each rule's state
// from the engine's outcomes (the pane names no rule), the minutes message, the agenda rows,
// and user text isolated, with Chinese punctuation full-width.

const meeting: MeetingDraft = {
  kind: "meeting",
  subject: "Q3 预算评审会",
  organizer: { name: "Tom Chen", address: "tom.chen@contoso.com" },
  requiredAttendees: [
    { name: "Tom Chen", address: "tom.chen@contoso.com" },
    { name: "Lisa Wang", address: "lisa.wang@contoso.com" },
    { name: "李娜", address: "li.na@contoso.com" },
  ],
  optionalAttendees: [{ name: "陳志明", address: "chen.zhiming@contoso.com" }],
  start: "2026-09-30T06:00:00Z",
  end: "2026-09-30T07:00:00Z",
};

describe("rule states from the engine's outcomes", () => {
  test("every meeting rule the policy has on, with the worst severity it found, passed or not checked", () => {
    const catalog = ruleCatalog("meeting", "en");
    const policy = policySchema.parse({ rules: { [catalog[0].id]: "off" } });
    const draft = draftOf({ body: "Hi all,\n\nLet's sync.", subject: undefined });
    const result = checkDraft(draft, policy, { lang: "en" });
    const states = ruleStates(catalog, result);
    expect(states.map((s) => s.id)).toEqual(catalog.slice(1).map((r) => r.id));
    for (const s of states) {
      const outcome = result.outcomes[s.id];
      if (outcome === "found") expect(["error", "warning", "info"]).toContain(s.status);
      else expect(s.status).toBe(outcome === "passed" ? "pass" : "skipped");
    }
    expect(states.some((s) => s.status === "error")).toBe(true);
    expect(states.some((s) => s.status === "skipped")).toBe(true);
  });
});

describe("the minutes message", () => {
  test("to the attendees, Cc the heads who are not attendees, the template and the link", () => {
    const message = buildMinutesMessage(meeting, { lang: "zh-CN", policy: DEFAULT_POLICY, heads: [{ address: "zhang.min@contoso.com" }, { address: "li.na@contoso.com" }], minutesDue: "2026-10-09", withMarker: true });
    expect(message.subject).toBe("会议纪要：Q3 预算评审会");
    expect(message.to.map((p) => p.address)).toEqual(["lisa.wang@contoso.com", "li.na@contoso.com", "chen.zhiming@contoso.com"]);
    expect(message.cc.map((p) => p.address)).toEqual(["zhang.min@contoso.com"]);
    expect(message.html).toContain("一、讨论内容");
    expect(parseMinutesMarker(message.html)).toEqual(message.link);
    expect(message.link.minutesDue).toBe("2026-10-09");
    expect(buildMinutesMessage(meeting, { lang: "zh-TW", policy: DEFAULT_POLICY, heads: [], withMarker: false }).subject).toBe("會議紀要：Q3 预算评审会");
    expect(buildMinutesMessage(meeting, { lang: "en", policy: DEFAULT_POLICY, heads: [], withMarker: false }).html).not.toContain("cpa-minutes-of");
  });
});

describe("the agenda editor's rows", () => {
  test("typed rows become agenda items; empty titles and bad minutes are dropped", () => {
    const rows = [toRow({ title: " Budget ", minutes: 20, owner: "王伟" }), { ...toRow({ title: "" }) }, { ...toRow({ title: "Hiring" }), minutes: "abc" }];
    expect(fromRows(rows)).toEqual([{ title: "Budget", minutes: 20, owner: "王伟" }, { title: "Hiring" }]);
    expect(meetingPeople(meeting).map((p) => p.address)).toEqual(["tom.chen@contoso.com", "lisa.wang@contoso.com", "li.na@contoso.com", "chen.zhiming@contoso.com"]);
  });
});

const render = (node: ReactElement): string => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const text = (html: string): string => html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("sections as rendered", () => {
  const directory: Directory = {
    state: { kind: "ready" },
    failed: new Map(),
    signIn: async () => undefined,
    departments: {
      departments: [{ name: "财务部", members: [{ name: "李娜", address: "li.na@contoso.com" }, { name: "王伟", address: "wang.wei@contoso.com" }], heads: [{ name: "周杰", address: "zhou.jie-finance-hq@contoso.com" }], headsFrom: "policy" }],
      unknown: [],
      crossDepartment: false,
      heads: [{ name: "周杰", address: "zhou.jie-finance-hq@contoso.com" }],
    },
  };

  test("zh-CN: full-width colon and list marks, the policy note in full-width brackets", () => {
    const out = text(render(<DepartmentsSection configured directory={directory} lang="zh-CN" t={meetingTranslator("zh-CN")} />));
    expect(out).toContain("财务部：李娜、王伟");
    expect(out).toContain("负责人：周杰 <zhou.jie-finance-hq@contoso.com>（来自规范配置）");
    expect(out).not.toMatch(/[\u4e00-\u9fff][,:;()]/);
  });

  test("a long address gets a break opportunity after each hyphen", () => {
    const html = render(<DepartmentsSection configured directory={directory} lang="en" t={meetingTranslator("en")} />);
    expect(html).toContain("zhou.<wbr/>jie-<wbr/>finance-<wbr/>hq@<wbr/>contoso.<wbr/>com");
  });

  test("an attachment name with a right-to-left override is isolated in a <bdi>", () => {
    const html = render(<MaterialsSection attachments={[{ name: "slides\u202Exslx.exe" }, { name: people.li.name }]} findings={[]} t={meetingTranslator("en")} />);
    expect(html).toMatch(/<bdi[^>]*>slides\u202Exslx\.exe<\/bdi>/);
  });
});
