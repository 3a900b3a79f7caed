// A webpack loader that answers with one of the on-send bundle's generated tables instead of
// the module it stands for (scripts/onsend/build.js points the packages at it). The table is
// computed from the package it replaces, when the bundle is built (the decoder they share is
// compact-code.js's).
const { t2sModuleSource } = require("./t2s-table");
const { entityModuleSource } = require("./entity-table");
const { holidayModuleSource } = require("./holiday-table");
const { letterClassesModuleSource } = require("./letter-classes");
const { DECODER_MODULE_SOURCE } = require("./compact-code");

const TABLES = {
  t2s: { source: () => t2sModuleSource().source, packages: ["opencc-js/t2cn"] },
  entities: { source: () => entityModuleSource().source, packages: ["entities/lib/decode.js"] },
  holidays: { source: () => holidayModuleSource().source, packages: ["chinese-days"] },
  letters: { source: () => letterClassesModuleSource().source, packages: ["regenerate-unicode-properties/package.json"] },
  // compact-code.js's decoder, which the three tables above import.
  decoder: { source: () => DECODER_MODULE_SOURCE, packages: [] },
};

module.exports = function generatedTable() {
  const { table } = this.getOptions();
  const entry = TABLES[table];
  if (!entry) throw new Error(`generated-loader: no table "${table}"`);
  for (const name of entry.packages) this.addDependency(require.resolve(name));
  return entry.source();
};

module.exports.TABLES = TABLES;
