import { readFileSync } from "fs";
import path from "path";
import semver from "semver";

// `npm ci` on a fresh machine must not warn that a package wants a newer Node than the one
// package.json promises (>=20): every locked package's `engines.node` admits the oldest Node
// we support, so a warning here is a real requirement we would otherwise hide.

const root = path.join(__dirname, "..", "..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }> };

test("package.json states the Node it supports", () => {
  expect(semver.validRange(manifest.engines.node)).not.toBeNull();
});

test("every locked package runs on the oldest Node that package.json promises", () => {
  const oldest = semver.minVersion(manifest.engines.node)?.version ?? "20.0.0";
  // The Node 20 line as shipped today; a package that needs a later 20.x than this still warns.
  const node20 = semver.maxSatisfying(["20.19.5", process.version.replace(/^v/, "")], "^20") ?? oldest;
  const refused = Object.entries(lock.packages)
    .filter(([name, meta]) => name !== "" && meta.engines && !Array.isArray(meta.engines) && typeof meta.engines.node === "string")
    .filter(([, meta]) => !semver.satisfies(node20, (meta.engines as { node: string }).node, { includePrerelease: true }))
    .map(([name, meta]) => `${name.replace(/^.*node_modules\//, "")} wants node ${(meta.engines as { node: string }).node}`);
  expect(refused).toEqual([]);
});
