#!/usr/bin/env node
// The builds.
//   npm run build                  production: dist/ holds the add-in's pages and bundles, the
//                                  CLI, the assets and policy.json, and both manifests
//                                  (manifest.xml, manifest.json) for the build settings below
//   node scripts/build.js --dev    development: dist-dev/ holds the same pages plus the
//                                  playground, the simulated mailbox and a local Office.js copy,
//                                  with manifests for https://localhost:3000 (`npm start`, the
//                                  browser tests); add --mode development for unminified bundles
// Settings (scripts/settings.js): ADDIN_URL=https://… CLOUD=global|china|usgov SEND_MODE=SoftBlock|Block|PromptUser
// MAILBOX_PERMISSION=ReadWriteItem|ReadWriteMailbox
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { DEV_URL, addinUrl, readBuildSettings } = require("./settings");
const { renderXmlManifest } = require("./manifest/xml");
const { renderUnifiedManifest } = require("./manifest/unified");
const { BUNDLES } = require("./manifest/files");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const distDev = path.join(root, "dist-dev");

/** Both manifests for `settings`, file name → text. Without ADDIN_URL they point at the development server. */
function manifestFiles(settings) {
  const base = settings.addinUrl ?? DEV_URL;
  return {
    "manifest.xml": renderXmlManifest({ base, sendMode: settings.sendMode, permission: settings.permission }),
    "manifest.json": `${JSON.stringify(renderUnifiedManifest({ base, unifiedSendMode: settings.unifiedSendMode, unifiedPermission: settings.unifiedPermission }), null, 2)}\n`,
  };
}

function writeManifests(outDir, settings) {
  for (const [name, text] of Object.entries(manifestFiles(settings))) fs.writeFileSync(path.join(outDir, name), text);
}

function copyFile(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function copyAssets(outDir = dist) {
  const assets = path.join(root, "assets");
  for (const name of fs.readdirSync(assets)) {
    const from = path.join(assets, name);
    if (!fs.statSync(from).isFile()) continue;
    copyFile(from, path.join(outDir, "assets", name));
    // IT edits policy.json beside the pages; the on-send check fetches it from there.
    if (/^policy(\.schema)?\.json$/.test(name)) copyFile(from, path.join(outDir, name));
  }
}

/** Office.js and the files it loads itself (host scripts, app table, strings in our languages), for the playground. */
function copyOfficeJs(outDir = distDev) {
  const src = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const target = path.join(outDir, "vendor", "office-js");
  const files = fs.readdirSync(src).filter((f) => f === "office.js" || f === "o15apptofilemappingtable.js" || (/^outlook.*\.js$/.test(f) && !f.includes("debug")));
  for (const f of files) copyFile(path.join(src, f), path.join(target, f));
  for (const locale of ["en-us", "zh-cn", "zh-tw", "zh-hk"]) {
    const dir = path.join(src, locale);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => !n.includes("debug"))) copyFile(path.join(dir, f), path.join(target, locale, f));
  }
  return files.length;
}

function webpack(args, env, stdio = "inherit") {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), ...args], { cwd: root, stdio, env });
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function buildProduction(env = process.env) {
  const settings = readBuildSettings(env);
  // Nothing of an earlier build may linger (a playground page from before the split, say).
  fs.rmSync(dist, { recursive: true, force: true });
  webpack(["--mode", "production"], env);
  writeManifests(dist, settings);
  copyAssets(dist);
  const base = settings.addinUrl ?? DEV_URL;
  if (!settings.addinUrl) console.warn(`build: ADDIN_URL is not set; the manifests point at ${DEV_URL}`);
  const bundle = fs.readFileSync(path.join(dist, BUNDLES.onSend));
  console.log(`build: dist/manifest.xml and dist/manifest.json for ${base} (cloud ${settings.cloud}, send mode ${settings.sendMode}, permission ${settings.permission})`);
  console.log(`build: on-send bundle dist/${BUNDLES.onSend} ${kib(bundle.length)}, gzip ${kib(zlib.gzipSync(bundle, { level: 9 }).length)}`);
}

/** The development output; its manifests always point at the development server. */
function buildDevelopment({ mode = "production", env = process.env } = {}) {
  const settings = readBuildSettings({ ...env, ADDIN_URL: "" });
  fs.rmSync(distDev, { recursive: true, force: true });
  webpack(["--mode", mode, "--env", "dev", "--env", "only=addin"], { ...env, ADDIN_URL: "" });
  writeManifests(distDev, settings);
  copyAssets(distDev);
  const officeFiles = copyOfficeJs(distDev);
  console.log(`build: dist-dev/ (${mode} bundles, the playground, Office.js copied: ${officeFiles} scripts + strings) for ${DEV_URL}`);
}

/**
 * The CLI alone (cli.js and its report worker): into dist/ as `npm start` builds it beside
 * dist-dev/, or into `outDir` quietly (the tests of the built CLI, each in a folder of its own).
 */
function buildCli({ env = process.env, outDir } = {}) {
  if (outDir === undefined) {
    webpack(["--mode", "production", "--env", "only=cli"], env);
    console.log("build: dist/cli.js (the comm-policy CLI)");
  } else webpack(["--mode", "production", "--env", "only=cli", "--output-path", outDir], env, "pipe");
}

function main(args) {
  const modeAt = args.indexOf("--mode");
  if (args.includes("--dev")) buildDevelopment({ mode: modeAt >= 0 ? args[modeAt + 1] : "production" });
  else buildProduction();
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(1);
  }
}
module.exports = { addinUrl, manifestFiles, copyAssets, copyOfficeJs, buildDevelopment, buildCli, DIST: dist, DIST_DEV: distDev };
