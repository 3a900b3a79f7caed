import { mkdirSync, mkdtempSync } from "fs";
import * as path from "path";

// The CLI as users get it: webpack's production build of dist/cli.js and its worker file,
// built into a folder of its own under build/ (so that a build elsewhere in the tree is never
// disturbed, and so that piscina, loaded from node_modules, resolves as it does from dist/).

// The same build as `npm start` makes of dist/cli.js (scripts/build.js), only elsewhere.
const build = require("../../scripts/build") as { buildCli: (options: { outDir: string }) => void };

export const ROOT = path.join(__dirname, "..", "..");

export function buildCli(prefix: string): string {
  mkdirSync(path.join(ROOT, "build"), { recursive: true });
  const outDir = mkdtempSync(path.join(ROOT, "build", `${prefix}-`));
  build.buildCli({ outDir });
  return outDir;
}
