import * as fs from "fs";
import * as path from "path";
import { parseDocument } from "htmlparser2";
import { findAll, getAttributeValue } from "domutils";
import type { Element } from "domhandler";
import { HANDLER_NAMES, PANE_COMMAND_IDS } from "../../src/on-send/names";
import { installOfficeFake } from "../support/office-fake";

// The unified manifest for Microsoft 365: valid against the JSON schema @microsoft/app-manifest
// ships (offline, with its validateManifestAgainstSchema), and what that schema cannot see: event
// names, handler names equal to what the on-send bundle registers, icons at their sizes, https
// everywhere, SEND_MODE, and the same commands, events and strings as manifest.xml.

const ROOT = path.join(__dirname, "..", "..");
const { readBuildSettings } = require("../../scripts/settings.js");
const { manifestFiles } = require("../../scripts/build.js");
const { renderUnifiedFiles, SCHEMA_VERSION } = require("../../scripts/manifest/unified.js");
const { schemaErrors, projectErrors, SCHEMA_DIR } = require("../../scripts/manifest/validate.js");
const { ManifestUtil } = require("@microsoft/app-manifest");
const { pngSize } = require("../../scripts/manifest/package.js");

const PROD = { ADDIN_URL: "https://addin.contoso.com/outlook" };

function build(env: Record<string, string> = PROD): { json: any; xml: string } {
  const files = manifestFiles(readBuildSettings(env));
  return { json: JSON.parse(files["manifest.json"]), xml: files["manifest.xml"] };
}

function filesFor(env: Record<string, string> = PROD): Record<string, any> {
  const s = readBuildSettings(env);
  return renderUnifiedFiles({ base: s.addinUrl, unifiedSendMode: s.unifiedSendMode, unifiedPermission: s.unifiedPermission });
}

function xmlElements(xml: string): Element[] {
  return findAll(() => true, parseDocument(xml, { xmlMode: true }).children);
}

const attr = (e: Element, name: string) => getAttributeValue(e, name) ?? "";

const { json: manifest, xml } = build();
const extension = manifest.extensions[0];

describe("manifest.json against the published JSON schema", () => {
  it(`uses schema v${SCHEMA_VERSION}, the one the package ships`, () => {
    expect(manifest.manifestVersion).toBe(SCHEMA_VERSION);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`);
    expect(fs.existsSync(path.join(SCHEMA_DIR, "MicrosoftTeams.schema.json"))).toBe(true);
  });

  it.each(["global", "china", "usgov"])("validates, with its language files, for CLOUD=%s", async (cloud) => {
    expect(await schemaErrors(filesFor({ ...PROD, CLOUD: cloud }))).toEqual([]);
  });

  it.each(["SoftBlock", "Block", "PromptUser"])("validates with SEND_MODE=%s", async (mode) => {
    expect(await schemaErrors(filesFor({ ...PROD, SEND_MODE: mode }))).toEqual([]);
  });

  it("is the same schema check the package's helper runs (validateManifestAgainstSchema) and it does catch mistakes", async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, "MicrosoftTeams.schema.json"), "utf8"));
    expect(await ManifestUtil.validateManifestAgainstSchema(manifest, schema)).toEqual([]);
    const broken = JSON.parse(JSON.stringify(manifest));
    broken.extensions[0].autoRunEvents[0].events[0].options.sendMode = "hardBlock";
    delete broken.developer;
    broken.accentColor = "blue";
    const errors: string[] = await ManifestUtil.validateManifestAgainstSchema(broken, schema);
    expect(errors.some((e) => e.includes("sendMode"))).toBe(true);
    expect(errors.some((e) => e.includes("developer"))).toBe(true);
    expect(errors.some((e) => e.includes("/accentColor"))).toBe(true);
  });

  it("refuses language files with too long or missing strings", async () => {
    const files = filesFor();
    files["zh-cn.json"]["name.short"] = "沟".repeat(31);
    delete files["zh-tw.json"];
    const errors: string[] = await schemaErrors(files);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^zh-cn\.json: \/name\.short/), "zh-tw.json: named in localizationInfo but missing"]));
  });
});

describe("manifest.json beyond the schema", () => {
  it("passes the project's checks, which fail on a wrong event name, a missing action or plain http", () => {
    expect(projectErrors(manifest)).toEqual([]);
    const broken = JSON.parse(JSON.stringify(manifest));
    broken.extensions[0].autoRunEvents[0].events[1].type = "OnAppointmentSend";
    broken.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].actionId = "openNothing";
    broken.extensions[0].runtimes[1].code.page = "http://addin.contoso.com/taskpane.html";
    broken.version = "1.0.0.0";
    const errors: string[] = projectErrors(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        "autoRunEvents: unknown event type OnAppointmentSend",
        "action openNothing is not defined by any runtime",
        "not https: http://addin.contoso.com/taskpane.html",
        "version 1.0.0.0: must be n.n.n, each n at most five digits",
      ]),
    );
  });

  it("runs on messageSending and appointmentSending, calling exactly the functions the on-send bundle registers", () => {
    const events = extension.autoRunEvents.flatMap((g: any) => g.events);
    expect(events.map((e: any) => [e.type, e.actionId])).toEqual([
      ["messageSending", HANDLER_NAMES.mail],
      ["appointmentSending", HANDLER_NAMES.meeting],
    ]);
    const fake = installOfficeFake();
    try {
      jest.isolateModules(() => {
        require("../../src/on-send/index");
      });
      expect([...fake.sim.actions.keys()].sort()).toEqual(events.map((e: any) => e.actionId).sort());
    } finally {
      fake.uninstall();
    }
  });

  it("runs the handlers from commands.html, and from launchevent.js alone in classic Outlook on Windows", () => {
    const runtime = extension.runtimes.find((r: any) => r.actions.some((a: any) => a.id === HANDLER_NAMES.mail));
    expect(runtime.code).toEqual({ page: "https://addin.contoso.com/outlook/commands.html", script: "https://addin.contoso.com/outlook/launchevent.js" });
    expect(runtime.actions).toEqual([
      { id: HANDLER_NAMES.mail, type: "executeFunction" },
      { id: HANDLER_NAMES.meeting, type: "executeFunction" },
    ]);
    expect(runtime.requirements.capabilities).toEqual([{ name: "Mailbox", minVersion: "1.12" }]);
  });

  it.each([
    ["SoftBlock", "softBlock"],
    ["Block", "block"],
    ["PromptUser", "promptUser"],
    ["promptuser", "promptUser"],
  ])("SEND_MODE=%s writes %s in manifest.json and the same mode in manifest.xml", (setting, unified) => {
    const built = build({ ...PROD, SEND_MODE: setting });
    const modes = built.json.extensions[0].autoRunEvents.flatMap((g: any) => g.events.map((e: any) => e.options.sendMode));
    expect(modes).toEqual([unified, unified]);
    const xmlModes = xmlElements(built.xml).filter((e) => e.name === "LaunchEvent").map((e) => attr(e, "SendMode"));
    expect(xmlModes.map((m) => m.toLowerCase())).toEqual([unified.toLowerCase(), unified.toLowerCase()]);
  });

  it("defaults to SoftBlock and refuses an unknown SEND_MODE or CLOUD", () => {
    expect(readBuildSettings({}).sendMode).toBe("SoftBlock");
    expect(() => readBuildSettings({ SEND_MODE: "Hard" })).toThrow(/SEND_MODE must be one of SoftBlock, Block, PromptUser/);
    expect(() => readBuildSettings({ CLOUD: "germany" })).toThrow(/CLOUD must be one of global, china, usgov/);
    expect(readBuildSettings({ CLOUD: " China " }).cloud).toBe("china");
  });

  it("declares read/write item by default and read/write mailbox when MAILBOX_PERMISSION says so, in both manifests", () => {
    const permissionOf = (files: { json: any; xml: string }) => [files.json.authorization.permissions.resourceSpecific, /<Permissions>(\w+)<\/Permissions>/.exec(files.xml)?.[1]];
    expect(permissionOf(build())).toEqual([[{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }], "ReadWriteItem"]);
    expect(permissionOf(build({ ...PROD, MAILBOX_PERMISSION: "readwritemailbox" }))).toEqual([[{ name: "Mailbox.ReadWrite.User", type: "Delegated" }], "ReadWriteMailbox"]);
    expect(() => readBuildSettings({ MAILBOX_PERMISSION: "ReadItem" })).toThrow(/MAILBOX_PERMISSION must be one of ReadWriteItem, ReadWriteMailbox/);
  });

  it("has every icon it names, at its size, and only https URLs", () => {
    const icons = extension.ribbons.flatMap((r: any) => r.tabs[0].groups[0].controls[0].icons);
    expect(icons.map((i: any) => i.size)).toEqual([16, 32, 80, 16, 32, 80]);
    for (const icon of icons) {
      const url = new URL(icon.url);
      expect(url.protocol).toBe("https:");
      const file = path.join(ROOT, url.pathname.replace(/^\/outlook\//, ""));
      expect(pngSize(fs.readFileSync(file))).toEqual({ width: icon.size, height: icon.size });
    }
    expect(pngSize(fs.readFileSync(path.join(ROOT, "assets", "icon-color-192.png")))).toEqual({ width: 192, height: 192 });
    expect(pngSize(fs.readFileSync(path.join(ROOT, "assets", "icon-outline-32.png")))).toEqual({ width: 32, height: 32 });
    const text = JSON.stringify(manifest);
    expect(text).not.toContain("http://");
    expect(text).not.toContain("localhost");
  });

  it("the outline icon is white on transparent", () => {
    const { render } = require("../../scripts/make-icons.js");
    const rgba: Buffer = render(32, { outline: true });
    const colours = new Set<string>();
    for (let o = 0; o < rgba.length; o += 4) if (rgba[o + 3] > 0) colours.add(rgba.subarray(o, o + 3).toString("hex"));
    expect([...colours]).toEqual(["ffffff"]);
    expect(rgba[3]).toBe(0);
  });
});

describe("manifest.json and manifest.xml declare the same add-in", () => {
  const all = xmlElements(xml);
  const named = (name: string) => all.filter((e) => e.name === name);
  const strings = new Map(
    named("bt:String").map((e) => [attr(e, "id"), [attr(e, "DefaultValue"), ...findAll((o) => o.name === "bt:Override", e.children).map((o) => attr(o, "Value"))]]),
  );
  const localeOf = (e: Element) => [attr(e, "DefaultValue"), ...findAll((o) => o.name === "Override", e.children).map((o) => attr(o, "Value"))];
  const languageFiles = filesFor();

  it("the same id, version, name and description in en-US, zh-CN and zh-TW", () => {
    expect(manifest.id).toBe(findAll((e) => e.name === "Id", all)[0].children.map((c: any) => c.data).join(""));
    expect(`${manifest.version}.0`).toBe(findAll((e) => e.name === "Version", all)[0].children.map((c: any) => c.data).join(""));
    const [name] = named("DisplayName");
    const [description] = named("Description");
    expect([manifest.name.short, languageFiles["zh-cn.json"]["name.short"], languageFiles["zh-tw.json"]["name.short"]]).toEqual(localeOf(name));
    expect([manifest.description.full, languageFiles["zh-cn.json"]["description.full"], languageFiles["zh-tw.json"]["description.full"]]).toEqual(localeOf(description));
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: "en-us",
      additionalLanguages: [
        { languageTag: "zh-cn", file: "zh-cn.json" },
        { languageTag: "zh-tw", file: "zh-tw.json" },
      ],
    });
  });

  it("the same two pane buttons (ids the Fix button opens), pages, labels and tooltips in each language", () => {
    const controls = named("Control");
    expect(controls.map((c) => attr(c, "id"))).toEqual([PANE_COMMAND_IDS.mail, PANE_COMMAND_IDS.meeting]);
    const xmlUrls = new Map(named("bt:Url").map((e) => [attr(e, "id"), attr(e, "DefaultValue")]));
    extension.ribbons.forEach((ribbon: any, i: number) => {
      const group = ribbon.tabs[0].groups[0];
      const control = group.controls[0];
      const xmlControl = controls[i];
      expect(control.id).toBe(attr(xmlControl, "id"));
      const labelId = attr(findAll((e) => e.name === "Label", xmlControl.children)[0], "resid");
      const tipId = attr(findAll((e) => e.name === "Description", xmlControl.children)[0], "resid");
      const key = `extensions[0].ribbons[${i}].tabs[0].groups[0]`;
      const inJson = (k: string, base: string) => [base, languageFiles["zh-cn.json"][`${key}.${k}`], languageFiles["zh-tw.json"][`${key}.${k}`]];
      expect(inJson("controls[0].label", control.label)).toEqual(strings.get(labelId));
      expect(inJson("controls[0].supertip.description", control.supertip.description)).toEqual(strings.get(tipId));
      expect(inJson("label", group.label)).toEqual(strings.get("Group.Label"));
      const action = extension.runtimes.flatMap((r: any) => r.actions.map((a: any) => ({ ...a, page: r.code.page }))).find((a: any) => a.id === control.actionId);
      expect(action.type).toBe("openPage");
      const xmlPage = xmlUrls.get(attr(findAll((e) => e.name === "SourceLocation", xmlControl.children)[0], "resid"));
      expect(action.page).toBe(xmlPage);
    });
    expect(extension.ribbons.map((r: any) => r.contexts)).toEqual([["mailCompose"], ["meetingDetailsOrganizer"]]);
    expect(named("ExtensionPoint").map((e) => attr(e, "xsi:type")).slice(0, 2)).toEqual(["MessageComposeCommandSurface", "AppointmentOrganizerCommandSurface"]);
  });

  it("the same events and handlers, and the same requirement sets", () => {
    const xmlEvents = named("LaunchEvent").map((e) => [attr(e, "Type"), attr(e, "FunctionName")]);
    const jsonEvents = extension.autoRunEvents.flatMap((g: any) => g.events.map((e: any) => [e.type, e.actionId]));
    expect(xmlEvents.map(([, handler]) => handler)).toEqual(jsonEvents.map(([, handler]: string[]) => handler));
    expect(xmlEvents.map(([type]) => type)).toEqual(["OnMessageSend", "OnAppointmentSend"]);
    expect(attr(named("bt:Sets")[0], "DefaultMinVersion")).toBe(extension.autoRunEvents[0].requirements.capabilities[0].minVersion);
    expect(attr(named("Set")[0], "MinVersion")).toBe(extension.requirements.capabilities[0].minVersion);
  });

  it("strings of every language file sit at keys the manifest has", () => {
    const valueAt = (key: string) => key.split(/\.|\[(\d+)\]/).filter(Boolean).reduce((v: any, k) => v?.[k], manifest);
    for (const file of ["zh-cn.json", "zh-tw.json"]) {
      for (const key of Object.keys(languageFiles[file]).filter((k) => k !== "$schema")) expect([file, key, typeof valueAt(key)]).toEqual([file, key, "string"]);
    }
  });
});
