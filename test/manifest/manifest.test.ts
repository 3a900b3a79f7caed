import * as fs from "fs";
import * as path from "path";
import { parseDocument } from "htmlparser2";
import { findAll, getAttributeValue, textContent } from "domutils";
import type { Element } from "domhandler";
import { validateXML } from "xmllint-wasm";
import { HANDLER_NAMES, PANE_COMMAND_IDS } from "../../src/on-send/names";
import { installOfficeFake } from "../support/office-fake";

// The add-in only manifest, checked offline: well-formed, every resource it names exists, every
// icon has the size it declares, every URL is https, and the names it calls are the names the
// on-send bundle registers. The committed manifest.xml is the development one, rendered from
// scripts/manifest/description.js like the production manifests.

const ROOT = path.join(__dirname, "..", "..");
const XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const settings = require("../../scripts/settings.js") as { addinUrl: (v?: string) => string | undefined; readBuildSettings: (env: Record<string, string | undefined>) => unknown };
const build = require("../../scripts/build.js") as { manifestFiles: (settings: unknown) => Record<string, string> };
const { devManifestXml } = require("../../scripts/manifest/write-dev.js") as { devManifestXml: () => string };
const { PAGES, BUNDLES, stem } = require("../../scripts/manifest/files.js") as { PAGES: Record<string, string>; BUNDLES: Record<string, string>; stem: (f: string) => string };

function productionXml(env: Record<string, string>): string {
  return build.manifestFiles(settings.readBuildSettings(env))["manifest.xml"];
}

function elements(xml: string): Element[] {
  return findAll(() => true, parseDocument(xml, { xmlMode: true }).children);
}

function named(all: Element[], name: string): Element[] {
  return all.filter((e) => e.name === name);
}

function attr(e: Element, name: string): string {
  return getAttributeValue(e, name) ?? "";
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function urlsOf(xml: string): string[] {
  const all = elements(xml);
  return [
    ...all.filter((e) => /^(IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation|bt:Image|bt:Url)$/.test(e.name) && attr(e, "DefaultValue")).map((e) => attr(e, "DefaultValue")),
    ...named(all, "AppDomain").map((e) => textContent(e).trim()),
  ];
}

const all = elements(XML);

describe("manifest.xml", () => {
  it("is what the description renders (node scripts/manifest/write-dev.js writes it)", () => {
    expect(XML).toBe(devManifestXml());
  });

  it("is well-formed XML", async () => {
    const result = await validateXML({ xml: [{ fileName: "manifest.xml", contents: XML }], normalization: "format" });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("has a fixed GUID id and a four-part version", () => {
    expect(textContent(named(all, "Id")[0])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(textContent(named(all, "Version")[0])).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("references only resource ids that exist, and defines none twice", () => {
    const defined = all.filter((e) => /^bt:(Image|Url|String)$/.test(e.name) && attr(e, "id")).map((e) => attr(e, "id"));
    expect(new Set(defined).size).toBe(defined.length);
    const referenced = all.filter((e) => attr(e, "resid")).map((e) => attr(e, "resid"));
    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((id) => !defined.includes(id))).toEqual([]);
  });

  it("has every icon file, at the declared size", () => {
    const images = new Map(named(all, "bt:Image").filter((e) => attr(e, "id")).map((e) => [attr(e, "id"), attr(e, "DefaultValue")]));
    const declared = named(all, "bt:Image")
      .filter((e) => attr(e, "size"))
      .map((e) => ({ size: Number(attr(e, "size")), url: images.get(attr(e, "resid"))! }));
    declared.push({ size: 64, url: attr(named(all, "IconUrl")[0], "DefaultValue") }, { size: 128, url: attr(named(all, "HighResolutionIconUrl")[0], "DefaultValue") });
    expect(new Set(declared.map((d) => d.size))).toEqual(new Set([16, 32, 64, 80, 128]));
    for (const { size, url } of declared) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("uses https everywhere", () => {
    const urls = urlsOf(XML);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("calls exactly the functions the on-send bundle registers with Office.actions.associate", () => {
    const fake = installOfficeFake();
    try {
      jest.isolateModules(() => {
        require("../../src/on-send/index");
      });
      const inManifest = named(all, "LaunchEvent").map((e) => attr(e, "FunctionName"));
      expect([...fake.sim.actions.keys()].sort()).toEqual([...inManifest].sort());
      expect(inManifest.sort()).toEqual(Object.values(HANDLER_NAMES).sort());
    } finally {
      fake.uninstall();
    }
  });

  it("holds mail and meetings on send with SoftBlock, from the runtime that loads the bundle", () => {
    const events = named(all, "LaunchEvent").map((e) => [attr(e, "Type"), attr(e, "SendMode")]);
    expect(events).toEqual([
      ["OnMessageSend", "SoftBlock"],
      ["OnAppointmentSend", "SoftBlock"],
    ]);
    const runtime = named(all, "Runtime")[0];
    const launchPoint = named(all, "ExtensionPoint").find((e) => attr(e, "xsi:type") === "LaunchEvent")!;
    const source = findAll((e) => e.name === "SourceLocation", launchPoint.children)[0];
    expect(attr(source, "resid")).toBe(attr(runtime, "resid"));
    const override = findAll((e) => e.name === "Override", runtime.children)[0];
    expect(attr(override, "type")).toBe("javascript");
    const urls = new Map(named(all, "bt:Url").map((e) => [attr(e, "id"), attr(e, "DefaultValue")]));
    expect(urls.get(attr(runtime, "resid"))).toMatch(/\/commands\.html$/);
    expect(urls.get(attr(override, "resid"))).toMatch(/\/launchevent\.js$/);
  });

  it("requires Mailbox 1.12 for the overrides and nothing newer", () => {
    const sets = named(all, "bt:Sets")[0];
    expect(attr(sets, "DefaultMinVersion")).toBe("1.12");
    expect(findAll((e) => e.name === "bt:Set", sets.children).map((e) => attr(e, "Name"))).toEqual(["Mailbox"]);
  });

  it("opens the message pane and the meeting pane from buttons whose ids the Fix button uses", () => {
    const buttons = named(all, "Control").map((c) => attr(c, "id"));
    expect(buttons).toEqual([PANE_COMMAND_IDS.mail, PANE_COMMAND_IDS.meeting]);
    const urls = new Map(named(all, "bt:Url").map((e) => [attr(e, "id"), attr(e, "DefaultValue")]));
    const pages = named(all, "Control").map((c) => urls.get(attr(findAll((e) => e.name === "SourceLocation", c.children)[0], "resid")));
    expect(pages.map((u) => u && new URL(u).pathname)).toEqual(["/taskpane.html", "/calendar.html"]);
    const surfaces = named(all, "ExtensionPoint").map((e) => attr(e, "xsi:type"));
    expect(surfaces).toEqual(["MessageComposeCommandSurface", "AppointmentOrganizerCommandSurface", "LaunchEvent"]);
  });

  it("says every string in en-US, zh-CN and zh-TW", () => {
    const strings = [...named(all, "bt:String"), ...named(all, "DisplayName"), ...named(all, "Description")].filter((e) => attr(e, "DefaultValue"));
    for (const s of strings) {
      const overrides = findAll((e) => /Override$/.test(e.name), s.children).map((e) => attr(e, "Locale"));
      expect([attr(s, "id") || s.name, overrides.sort()]).toEqual([attr(s, "id") || s.name, ["zh-CN", "zh-TW"]]);
    }
    const label = named(all, "bt:String").find((e) => attr(e, "id") === "MailButton.Label")!;
    const texts = [attr(label, "DefaultValue"), ...findAll((e) => e.name === "bt:Override", label.children).map((e) => attr(e, "Value"))];
    expect(texts).toEqual(["Check policy", "检查规范", "檢查規範"]);
  });

  it("names the pages and the bundle that the build produces, from the one list of file names", () => {
    const config = require("../../webpack.config.js") as (env: object, argv: object) => Array<{ name: string; entry: Record<string, string>; plugins: Array<{ userOptions?: { filename?: string } }> }>;
    const [web, onSend] = config({}, { mode: "production" });
    const pages = [...web.plugins, ...onSend.plugins].map((p) => p.userOptions?.filename).filter(Boolean);
    expect(pages.sort()).toEqual([PAGES.onSend, PAGES.messagePane, PAGES.meetingPane, PAGES.authDialog].sort());
    expect(Object.keys(onSend.entry)).toEqual([stem(BUNDLES.onSend)]);
    const urls = new Map(named(all, "bt:Url").map((e) => [attr(e, "id"), new URL(attr(e, "DefaultValue")).pathname.slice(1)]));
    expect([...urls.values()].sort()).toEqual([PAGES.onSend, BUNDLES.onSend, PAGES.messagePane, PAGES.meetingPane].sort());
  });
});

describe("production manifest", () => {
  const prod = productionXml({ ADDIN_URL: "https://addin.contoso.com/outlook/" });

  it("moves every URL to ADDIN_URL, all https, same structure", () => {
    const urls = urlsOf(prod);
    expect(urls.length).toBe(urlsOf(XML).length);
    expect(urls.filter((u) => !u.startsWith("https://addin.contoso.com"))).toEqual([]);
    expect(urls).toContain("https://addin.contoso.com/outlook/commands.html");
    expect(prod).not.toContain("localhost");
    expect(elements(prod).length).toBe(all.length);
    expect(prod).toContain("<AppDomain>https://addin.contoso.com</AppDomain>");
  });

  it("refuses a URL that is not https", () => {
    expect(() => settings.addinUrl("http://addin.contoso.com")).toThrow(/https/);
    expect(() => settings.addinUrl("addin.contoso.com")).toThrow();
    expect(() => settings.addinUrl("https://addin.contoso.com/?x=1")).toThrow(/query/);
    expect(settings.addinUrl("https://addin.contoso.com/outlook/")).toBe("https://addin.contoso.com/outlook");
    expect(settings.addinUrl(undefined)).toBeUndefined();
  });

  it("is the one the build wrote (npm test builds first)", () => {
    const file = path.join(ROOT, "dist", "manifest.xml");
    if (!fs.existsSync(file)) throw new Error("dist/manifest.xml is missing: run `npm run build` first (npm test does)");
    const written = fs.readFileSync(file, "utf8");
    expect(urlsOf(written).filter((u) => !u.startsWith("https://"))).toEqual([]);
    expect(elements(written).length).toBe(all.length);
  });
});
