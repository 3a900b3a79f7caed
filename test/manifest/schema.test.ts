import * as fs from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

// Validation against the published manifest schemas ([MS-OWEMXML] Appendix A), offline. The
// schema files live in test/manifest/schemas/ (see its README for their source).

const ROOT = path.join(__dirname, "..", "..");
const SCHEMAS = path.join(__dirname, "schemas");
const MAIN = "OfficeAppManifestV1_1.xsd";
const IMPORTED = ["MailAppVersionOverridesV1_0.xsd", "MailAppVersionOverridesV1_1.xsd", "OfficeAppBasicTypesV1_0.xsd", "ContentAppVersionOverridesV1_0.xsd", "TaskPaneAppVersionOverridesV1_0.xsd"];
const present = [MAIN, ...IMPORTED].every((f) => fs.existsSync(path.join(SCHEMAS, f)));
const build = require("../../scripts/build.js") as { manifestFiles: (settings: unknown) => Record<string, string> };
const { readBuildSettings } = require("../../scripts/settings.js") as { readBuildSettings: (env: Record<string, string>) => unknown };

function file(name: string) {
  return { fileName: name, contents: fs.readFileSync(path.join(SCHEMAS, name), "utf8") };
}

async function validate(xml: string) {
  return validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], schema: file(MAIN), preload: IMPORTED.map(file) });
}

(present ? describe : describe.skip)("manifest.xml against the published XSD schemas (test/manifest/schemas/)", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  it("validates the dev manifest", async () => {
    const result = await validate(xml);
    expect(result.errors.map((e) => e.message)).toEqual([]);
  });

  it("validates the production manifest", async () => {
    const result = await validate(build.manifestFiles(readBuildSettings({ ADDIN_URL: "https://addin.contoso.com/outlook" }))["manifest.xml"]);
    expect(result.errors.map((e) => e.message)).toEqual([]);
  });
});
