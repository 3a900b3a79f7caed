#!/usr/bin/env node
// `npm run package`: the app package IT uploads in the Microsoft 365 admin center (Settings →
// Integrated apps → Upload custom apps): manifest.json as `npm run build` wrote it, its language
// files, and the colour and outline icons, at the top of a zip. The package is refused (nothing
// is written) unless it passes the unified manifest's JSON schema and the project's checks, and
// unless it points at a real host: a package for https://localhost is of no use to a tenant.
//   ADDIN_URL=https://addin.contoso.com/outlook CLOUD=china npm run package
//   → build/comm-policy-assistant-<version>-<cloud>.zip
// learn.microsoft.com/microsoft-365/admin/manage/test-and-deploy-microsoft-365-apps
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const { readBuildSettings } = require("../settings");
const { ADDIN } = require("./description");
const { renderLanguageFile } = require("./unified");
const { schemaErrors, projectErrors } = require("./validate");

const root = path.join(__dirname, "..", "..");
// Fixed entry dates: the same inputs give the same zip.
const ENTRY_DATE = new Date("2026-01-01T00:00:00Z");

/** Width and height from a PNG's IHDR chunk; undefined for anything that is not a PNG. */
function pngSize(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(signature) || buffer.subarray(12, 16).toString("ascii") !== "IHDR") return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

function isLocal(url) {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/** The package's files, name → Buffer: the manifest, the language files it names, the two icons. */
function packageFiles(manifest, assetsRoot = root) {
  const files = { "manifest.json": Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) };
  for (const { languageTag, file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const locale = Object.keys(ADDIN.name).find((l) => l.toLowerCase() === languageTag);
    if (locale) files[file] = Buffer.from(`${JSON.stringify(renderLanguageFile(locale), null, 2)}\n`);
  }
  for (const icon of Object.values(ADDIN.packageIcons)) files[icon.name] = fs.readFileSync(path.join(assetsRoot, icon.file));
  return files;
}

/** Every reason the package must not be written (empty when it may). */
async function packageProblems(files) {
  const json = {};
  for (const [name, data] of Object.entries(files)) if (name.endsWith(".json")) json[name] = JSON.parse(data.toString("utf8"));
  const manifest = json["manifest.json"];
  const problems = [...(await schemaErrors(json)), ...projectErrors(manifest)];
  for (const icon of Object.values(ADDIN.packageIcons)) {
    const size = files[icon.name] && pngSize(files[icon.name]);
    if (!size || size.width !== icon.size || size.height !== icon.size) problems.push(`${icon.name}: must be a ${icon.size}×${icon.size} PNG`);
  }
  for (const runtime of manifest.extensions?.[0]?.runtimes ?? []) {
    if (isLocal(runtime.code.page)) problems.push(`the manifest points at ${new URL(runtime.code.page).origin}: build with ADDIN_URL=https://<where the files are served>`);
  }
  return [...new Set(problems)];
}

/** The zip of `files`; throws with every problem when the package would be refused. */
async function buildAppPackage(files) {
  const problems = await packageProblems(files);
  if (problems.length > 0) throw new Error(`the app package was not written:\n  ${problems.join("\n  ")}`);
  const zip = new JSZip();
  for (const name of Object.keys(files).sort()) zip.file(name, files[name], { date: ENTRY_DATE });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

function packageName(manifest, cloud) {
  return `comm-policy-assistant-${manifest.version}-${cloud}.zip`;
}

async function main() {
  const settings = readBuildSettings(process.env);
  const built = path.join(root, "dist", "manifest.json");
  if (!fs.existsSync(built)) throw new Error("dist/manifest.json is missing: run `npm run build` first (npm run package does)");
  const manifest = JSON.parse(fs.readFileSync(built, "utf8"));
  const zip = await buildAppPackage(packageFiles(manifest));
  const out = path.join(root, "build", packageName(manifest, settings.cloud));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zip);
  console.log(`package: ${path.relative(root, out)} (${zip.length} bytes) for ${manifest.extensions[0].runtimes[0].code.page.replace(/\/[^/]*$/, "")}`);
  console.log("package: upload it in the Microsoft 365 admin center → Settings → Integrated apps → Upload custom apps");
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`package: ${e.message}`);
    process.exit(1);
  });
}
module.exports = { packageFiles, packageProblems, buildAppPackage, packageName, pngSize };
