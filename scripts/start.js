#!/usr/bin/env node
// `npm start`: builds the development output (dist-dev/, development mode) and the CLI the README
// uses (dist/cli.js), serves dist-dev/ on port 3000 and prints the playground's URL, how to
// sideload manifest.xml and how to run the CLI. HTTPS with a development certificate made
// by openssl in .certs/ (git-ignored) when openssl is there; plain http on localhost otherwise
// (the playground works either way; Outlook itself needs https).
//
//   npm start                 build, then serve on https://localhost:3000 (or http)
//   PORT=4000 npm start       another port
//   npm start -- --no-build   serve the existing dist-dev/
//   npm start -- --no-service without the compliance service
//
// The compliance service (src/server) runs beside it on http://localhost:3100 with its embedded
// database (PGlite, data in .data/compliance) and development sign-in, for the dashboard
// (admin.html). COMPLIANCE_PORT changes its port; DATABASE_URL points it at a PostgreSQL.
const { execFileSync, spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { createStaticServer } = require("./static-server");

const root = path.join(__dirname, "..");
const { buildCli, buildDevelopment, copyOfficeJs, DIST: distCli, DIST_DEV: dist } = require("./build");
const certDir = path.join(root, ".certs");
const port = Number(process.env.PORT || 3000);
const args = process.argv.slice(2);

function build() {
  console.log("start: building the add-in (development mode)…");
  execFileSync("node", [path.join(root, "scripts", "gen-rules.js")], { cwd: root, stdio: "inherit" });
  // Its manifests (dist-dev/manifest.xml, manifest.json) point at https://localhost:3000.
  buildDevelopment({ mode: "development" });
  console.log("start: building the comm-policy CLI…");
  buildCli();
}

/** A self-signed certificate for localhost, made once; undefined when openssl is missing or fails. */
function devCertificate() {
  const key = path.join(certDir, "localhost.key");
  const cert = path.join(certDir, "localhost.crt");
  if (fs.existsSync(key) && fs.existsSync(cert)) return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), path: cert };
  if (spawnSync("openssl", ["version"], { stdio: "ignore" }).status !== 0) return undefined;
  fs.mkdirSync(certDir, { recursive: true });
  const made = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "365", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", cert],
    { stdio: "ignore" },
  );
  if (made.status !== 0 || !fs.existsSync(cert)) return undefined;
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), path: cert };
}

const compliancePort = Number(process.env.COMPLIANCE_PORT || 3100);

/** The compliance service as a child process (TypeScript run directly), stopped with this script. */
function startComplianceService(origins) {
  const child = spawn(process.execPath, ["-r", path.join(root, "scripts", "ts-register.js"), path.join(root, "src", "server", "index.ts")], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "development",
      DEV_AUTH: "1",
      HOST: "localhost",
      PORT: String(compliancePort),
      PGLITE_DIR: process.env.PGLITE_DIR || path.join(root, ".data", "compliance"),
      CORS_ORIGINS: origins.join(","),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  child.on("exit", (code, signal) => {
    if (signal !== "SIGTERM") console.error(`start: the compliance service stopped (${signal || `exit ${code}`})`);
  });
  return child;
}

function main() {
  if (!args.includes("--no-build")) build();
  if (!fs.existsSync(path.join(dist, "playground.html"))) {
    console.error("start: dist-dev/playground.html is missing; run without --no-build");
    process.exit(1);
  }
  // The playground pages load Office.js from dist-dev/vendor/office-js (the simulated mailbox goes under it).
  if (!fs.existsSync(path.join(dist, "vendor", "office-js", "office.js"))) copyOfficeJs(dist);
  const tls = args.includes("--http") ? undefined : devCertificate();
  const server = createStaticServer(dist, tls);
  server.on("error", (e) => {
    console.error(`start: cannot listen on port ${port}: ${e.message}`);
    process.exit(1);
  });
  const base = `${tls ? "https" : "http"}://localhost:${port}`;
  const service = args.includes("--no-service") ? undefined : startComplianceService([base, `http://127.0.0.1:${port}`]);
  server.listen(port, "localhost", () => {
    console.log("");
    // With the service running, the playground records to it, and the dashboard shows what was tried.
    console.log(`  Playground (no Outlook needed):  ${base}/playground.html${service ? `?service=${encodeURIComponent(`http://localhost:${compliancePort}`)}` : ""}`);
    console.log(`  Meeting playground:              ${base}/playground-meeting.html`);
    if (service) {
      console.log(`  Compliance dashboard:            ${base}/admin.html   ("Sign in (development key)")`);
      console.log(`  Compliance service:              http://localhost:${compliancePort}/health   (embedded PostgreSQL in .data/compliance)`);
    }
    console.log("");
    if (tls) {
      console.log(`  HTTPS uses a self-signed development certificate: ${path.relative(root, tls.path)}`);
      console.log("  Your browser warns once; to let Outlook load the add-in, trust that certificate");
      console.log("  (Windows: certutil -addstore -user Root .certs\\localhost.crt; macOS: add it to the login keychain and mark it trusted).");
    } else {
      console.log("  openssl was not found, so this is plain http: the playground works, Outlook needs https.");
    }
    console.log("");
    console.log("  Try it in Outlook (sideload manifest.xml, which points at https://localhost:3000):");
    console.log("    Outlook on the web / new Outlook: Get Add-ins → My add-ins → Custom add-ins → Add a custom add-in → Add from file… → manifest.xml");
    console.log("    Classic Outlook on Windows: File → Manage Add-ins (or Get Add-ins) → My add-ins → Add a custom add-in → Add from file…");
    console.log("    Tenant-wide: Microsoft 365 admin center → Settings → Integrated apps → Upload custom apps.");
    console.log("");
    if (fs.existsSync(path.join(distCli, "cli.js"))) {
      console.log("  The CLI (the same checks on saved mail): node dist/cli.js check --lang zh-CN test/fixtures/*.eml");
      console.log("");
    }
    console.log("  Press Ctrl+C to stop.");
  });
  const stop = () => {
    service?.kill("SIGTERM");
    server.close(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) main();
module.exports = { build };
