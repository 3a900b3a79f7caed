#!/usr/bin/env node
// Production build: the web bundles and the CLI (webpack), then the production manifest for
// ADDIN_URL, the assets beside the pages, and a local copy of Office.js for the offline pages.
//   ADDIN_URL=https://addin.contoso.com/outlook npm run build
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const DEV_URL = "https://localhost:3000";

/** The add-in's production URL without a trailing slash; refuses anything but https. */
function addinUrl(value) {
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be an https:// URL (Outlook loads add-ins over https only): ${value}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${value}`);
  return url.toString().replace(/\/+$/, "");
}

/** The dev manifest with every URL moved to the production origin. */
function productionManifest(xml, url) {
  const out = xml.split(DEV_URL).join(url);
  const hosts = [...out.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
  const insecure = hosts.filter((u) => !u.startsWith("https://"));
  if (insecure.length > 0) throw new Error(`manifest.xml has non-https URLs: ${insecure.join(", ")}`);
  // An AppDomain is an origin, not a URL with a path.
  return out.replace(/<AppDomain>([^<]+)<\/AppDomain>/g, (_, u) => `<AppDomain>${new URL(u).origin}</AppDomain>`);
}

function copyFile(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function copyAssets() {
  const assets = path.join(root, "assets");
  for (const name of fs.readdirSync(assets)) {
    const from = path.join(assets, name);
    if (!fs.statSync(from).isFile()) continue;
    copyFile(from, path.join(dist, "assets", name));
    // IT edits policy.json beside the pages; the on-send check fetches it from there.
    if (/^policy(\.schema)?\.json$/.test(name)) copyFile(from, path.join(dist, name));
  }
}

/** Office.js and the files it loads itself (host scripts, app table, strings in our languages). */
function copyOfficeJs() {
  const src = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const target = path.join(dist, "vendor", "office-js");
  const files = fs.readdirSync(src).filter((f) => f === "office.js" || f === "o15apptofilemappingtable.js" || /^outlook.*\.js$/.test(f) && !f.includes("debug"));
  for (const f of files) copyFile(path.join(src, f), path.join(target, f));
  for (const locale of ["en-us", "zh-cn", "zh-tw", "zh-hk"]) {
    const dir = path.join(src, locale);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => !n.includes("debug"))) copyFile(path.join(dir, f), path.join(target, locale, f));
  }
  return files.length;
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function main() {
  const url = addinUrl(process.env.ADDIN_URL);
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ADDIN_URL: url ?? "" },
  });

  const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  fs.writeFileSync(path.join(dist, "manifest.xml"), productionManifest(manifest, url ?? DEV_URL));
  if (!url) console.warn("build: ADDIN_URL is not set; dist/manifest.xml points at " + DEV_URL);
  copyAssets();
  const officeFiles = copyOfficeJs();

  const bundle = fs.readFileSync(path.join(dist, "launchevent.js"));
  console.log(`build: dist/manifest.xml for ${url ?? DEV_URL}`);
  console.log(`build: Office.js copied to dist/vendor/office-js (${officeFiles} scripts + strings)`);
  console.log(`build: on-send bundle dist/launchevent.js ${kib(bundle.length)}, gzip ${kib(zlib.gzipSync(bundle, { level: 9 }).length)}`);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(1);
  }
}
module.exports = { addinUrl, productionManifest, copyAssets, copyOfficeJs };
