import * as fs from "fs";
import * as path from "path";
import { ByteBlob } from "../../src/cli/byte-blob";

// The CLI's build gives postal-mime's decoders ByteBlob as their Blob: the bytes must be the ones
// Node's own Blob gives for every kind of chunk the decoders push.

const utf8 = new TextEncoder();

async function nodeBytes(chunks: BlobPart[]): Promise<number[]> {
  return Array.from(new Uint8Array(await new Blob(chunks).arrayBuffer()));
}

async function ownBytes(chunks: ConstructorParameters<typeof ByteBlob>[0]): Promise<number[]> {
  return Array.from(new Uint8Array(await new ByteBlob(chunks).arrayBuffer()));
}

describe("ByteBlob", () => {
  const line = utf8.encode("héllo 你好 world");
  const cases: [string, () => BlobPart[]][] = [
    ["nothing", () => []],
    ["lines and newlines (the pass-through decoder)", () => [line, "\n", utf8.encode("second"), "\n"]],
    ["ArrayBuffers (the base64 decoder)", () => [utf8.encode("abc").buffer as ArrayBuffer, new Uint8Array([0, 255, 10]).buffer as ArrayBuffer]],
    ["a view into a larger buffer", () => [line.subarray(2, 9), "é\n"]],
    ["strings only, non-ASCII included", () => ["=C3=A9", "文字", "\r\n"]],
  ];

  it.each(cases)("joins %s as Node's Blob does", async (_name, chunks) => {
    expect(await ownBytes(chunks() as ConstructorParameters<typeof ByteBlob>[0])).toEqual(await nodeBytes(chunks()));
  });

  it("reports size and type as Blob does", () => {
    const own = new ByteBlob([line, "\n"], { type: "Application/Octet-Stream" });
    const node = new Blob([line, "\n"], { type: "Application/Octet-Stream" });
    expect(own.size).toBe(node.size);
    expect(own.type).toBe(node.type);
  });

  it("takes another ByteBlob as a chunk", async () => {
    const inner = new ByteBlob(["ab", utf8.encode("cd")]);
    expect(await ownBytes([inner, "e"])).toEqual(Array.from(utf8.encode("abcde")));
  });

  it("is what the CLI's build gives postal-mime's decoders, and only them", () => {
    const loader = require("../../scripts/cli/postal-mime-loader.js") as (source: string) => string;
    const decoders = ["pass-through-decoder.js", "base64-decoder.js", "qp-decoder.js"];
    const dir = path.join(path.dirname(require.resolve("postal-mime/package.json")), "dist", "esm");
    for (const file of decoders) expect(loader(fs.readFileSync(path.join(dir, file), "utf8"))).toMatch(/^import \{ ByteBlob as Blob \} from ".*byte-blob\.ts";/);
    expect(loader(fs.readFileSync(path.join(dir, "postal-mime.js"), "utf8"))).not.toMatch(/ByteBlob/);
  });
});
