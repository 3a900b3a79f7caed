#!/usr/bin/env node
// Writes the development manifest.xml at the top of the repository (sideloaded with `npm start`,
// pointing at https://localhost:3000) from the description. test/manifest fails when the
// committed file differs from what this writes.
//   node scripts/manifest/write-dev.js
const fs = require("fs");
const path = require("path");
const { DEV_URL, DEFAULT_SEND_MODE } = require("../settings");
const { renderXmlManifest } = require("./xml");

const FILE = path.join(__dirname, "..", "..", "manifest.xml");

function devManifestXml() {
  return renderXmlManifest({ base: DEV_URL, sendMode: DEFAULT_SEND_MODE });
}

if (require.main === module) {
  fs.writeFileSync(FILE, devManifestXml());
  console.log(`wrote ${path.relative(process.cwd(), FILE)}`);
}
module.exports = { FILE, devManifestXml };
