// Writes a generated TypeScript file that exports one string constant, split over lines of a
// few pieces each so that diffs of the data stay readable (scripts/gen-*.js).
const fs = require("fs");
const path = require("path");

/**
 * `pieces` joined with `separator` into `export const NAME: string = "…" + "…";`, `perLine`
 * pieces a line; the separator stays at the end of a line, so the joined value is unchanged.
 */
function writeStringConstant({ target, comments, name, pieces, perLine, separator = "" }) {
  const lines = [];
  for (let i = 0; i < pieces.length; i += perLine) {
    const last = i + perLine >= pieces.length;
    lines.push(`  ${JSON.stringify(pieces.slice(i, i + perLine).join(separator) + (last ? "" : separator))}`);
  }
  const text = [...comments.map((c) => `// ${c}`), `export const ${name}: string =\n${lines.join(" +\n")};`, ""].join("\n");
  fs.writeFileSync(target, text);
  return path.relative(process.cwd(), target);
}

module.exports = { writeStringConstant };
