// A webpack loader for the CLI's build only: postal-mime's body decoders get src/cli/byte-blob.ts
// as their `Blob` (why: see that file). Only modules of postal-mime that construct a Blob are
// touched, and only by an import in front of their code; nothing else in the bundle changes.
const path = require("path");

const BYTE_BLOB = path.join(__dirname, "..", "..", "src", "cli", "byte-blob.ts");

module.exports = function postalMimeBlob(source) {
  if (!/\bnew Blob\(/.test(source)) return source;
  return `import { ByteBlob as Blob } from ${JSON.stringify(BYTE_BLOB)};\n${source}`;
};
