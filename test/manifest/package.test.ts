import JSZip from "jszip";

// `npm run package`: the app package IT uploads in Integrated apps. Its layout (manifest.json,
// the language files, color.png 192×192 and outline.png 32×32 at the top), its contents passing
// the schema and the project's checks, and refusals that write nothing.

const { readBuildSettings } = require("../../scripts/settings.js");
const { renderUnifiedManifest } = require("../../scripts/manifest/unified.js");
const { packageFiles, buildAppPackage, packageName, pngSize } = require("../../scripts/manifest/package.js");
const { schemaErrors, projectErrors } = require("../../scripts/manifest/validate.js");

function manifestFor(env: Record<string, string>): any {
  const s = readBuildSettings(env);
  return renderUnifiedManifest({ base: s.addinUrl ?? "https://localhost:3000", unifiedSendMode: s.unifiedSendMode, unifiedPermission: s.unifiedPermission });
}

async function unzip(buffer: Buffer): Promise<Record<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, Buffer> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.files[name].async("nodebuffer");
  return out;
}

describe("the app package", () => {
  it.each(["global", "china", "usgov"])("for CLOUD=%s holds the manifest, its language files and the two icons at the top, and they validate", async (cloud) => {
    const manifest = manifestFor({ ADDIN_URL: "https://addin.contoso.com/outlook", CLOUD: cloud });
    const zip = await unzip(await buildAppPackage(packageFiles(manifest)));
    expect(Object.keys(zip).sort()).toEqual(["color.png", "manifest.json", "outline.png", "zh-cn.json", "zh-tw.json"]);
    expect(pngSize(zip["color.png"])).toEqual({ width: 192, height: 192 });
    expect(pngSize(zip["outline.png"])).toEqual({ width: 32, height: 32 });
    const json = Object.fromEntries(Object.entries(zip).filter(([n]) => n.endsWith(".json")).map(([n, b]) => [n, JSON.parse(b.toString("utf8"))]));
    expect(json["manifest.json"]).toEqual(manifest);
    expect(json["manifest.json"].icons).toEqual({ color: "color.png", outline: "outline.png" });
    expect(await schemaErrors(json)).toEqual([]);
    expect(projectErrors(json["manifest.json"])).toEqual([]);
    expect(json["zh-tw.json"]["name.short"]).toBe("溝通規範助手");
  });

  it("is the same bytes for the same inputs", async () => {
    const manifest = manifestFor({ ADDIN_URL: "https://addin.contoso.com" });
    const [a, b] = await Promise.all([buildAppPackage(packageFiles(manifest)), buildAppPackage(packageFiles(manifest))]);
    expect(a.equals(b)).toBe(true);
  });

  it("is named for its version and cloud", () => {
    expect(packageName({ version: "1.2.3" }, "china")).toBe("comm-policy-assistant-1.2.3-china.zip");
  });

  it("is refused for a manifest built without ADDIN_URL (it would point at localhost)", async () => {
    await expect(buildAppPackage(packageFiles(manifestFor({})))).rejects.toThrow(/points at https:\/\/localhost:3000: build with ADDIN_URL/);
  });

  it("is refused when the manifest breaks the schema or the project's checks, naming each problem", async () => {
    const manifest = manifestFor({ ADDIN_URL: "https://addin.contoso.com" });
    manifest.extensions[0].autoRunEvents[0].events[0].options.sendMode = "Block";
    manifest.extensions[0].autoRunEvents[0].events[1].type = "appointmentSend";
    await expect(buildAppPackage(packageFiles(manifest))).rejects.toThrow(/sendMode must be equal to one of the allowed values[\s\S]*unknown event type appointmentSend/);
  });

  it("is refused when an icon is not a PNG of its size", async () => {
    const files = packageFiles(manifestFor({ ADDIN_URL: "https://addin.contoso.com" }));
    files["color.png"] = files["outline.png"];
    files["outline.png"] = Buffer.from("not a png");
    await expect(buildAppPackage(files)).rejects.toThrow(/color\.png: must be a 192×192 PNG[\s\S]*outline\.png: must be a 32×32 PNG/);
  });
});
