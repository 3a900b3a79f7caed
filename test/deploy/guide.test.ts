import * as fs from "fs";
import * as path from "path";
import { CLOUDS } from "../../src/graph/clouds";
import { parsePolicy } from "../../src/policy/config";
import { parseDeploymentConfig } from "../../src/graph/config";
import { SCOPES_MINUTES, SCOPES_PANE } from "../../src/graph/auth";

// The IT guide (docs/deploy.md, docs/deploy.zh-CN.md) names only settings that exist: every
// build setting it assigns is one scripts/settings.js reads, with a value it accepts; every
// policy.json key it names is in the policy's JSON Schema, every config.json key in the config
// schema; every JSON example parses as the file it shows. And it names what IT must decide.

const ROOT = path.join(__dirname, "..", "..");
const GUIDES = ["docs/deploy.md", "docs/deploy.zh-CN.md"];
const { BUILD_SETTINGS, SEND_MODES, readBuildSettings } = require("../../scripts/settings.js");
const POLICY_SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, "assets", "policy.schema.json"), "utf8"));
const CONFIG_KEYS = ["clientId", "tenantId", "addInId", "graphBaseUrl"];

function policyPathExists(keyPath: string): boolean {
  let node = POLICY_SCHEMA;
  for (const key of keyPath.split(".")) {
    node = node?.properties?.[key];
    if (!node) return false;
  }
  return true;
}

const isPolicyTop = (key: string) => policyPathExists(key);

/** Inline code spans (outside fenced blocks) and fenced code blocks of a Markdown text. */
function codeOf(markdown: string): { spans: string[]; blocks: Array<{ lang: string; text: string }> } {
  const blocks: Array<{ lang: string; text: string }> = [];
  const prose = markdown.replace(/^[ \t]*```(\w*)\n([\s\S]*?)^[ \t]*```/gm, (_, lang: string, text: string) => {
    blocks.push({ lang, text });
    return "";
  });
  const spans = Array.from(prose.matchAll(/`([^`\n]+)`/g), (m) => m[1]);
  return { spans, blocks };
}

describe.each(GUIDES)("%s", (file) => {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const { spans, blocks } = codeOf(text);
  const code = [...spans, ...blocks.map((b) => b.text)].join("\n");

  it("assigns only the build settings the build reads, with values it accepts", () => {
    const assignments = [
      ...Array.from(code.matchAll(/(?:^|[\s;])([A-Z][A-Z_]{2,})=([^\s;`"]+)/g), (m) => [m[1], m[2]]),
      ...Array.from(code.matchAll(/\$env:([A-Z][A-Z_]{2,})="([^"]*)"/g), (m) => [m[1], m[2]]),
    ];
    expect(assignments.length).toBeGreaterThanOrEqual(4);
    for (const [name, value] of assignments) {
      expect([name, Object.keys(BUILD_SETTINGS).includes(name)]).toEqual([name, true]);
      expect(() => readBuildSettings({ [name]: value })).not.toThrow();
    }
  });

  it("names every build setting and each of their values", () => {
    for (const name of Object.keys(BUILD_SETTINGS)) expect(spans).toContain(name);
    for (const mode of Object.keys(SEND_MODES)) expect(spans).toContain(mode);
    for (const cloud of Object.keys(CLOUDS)) expect(spans).toContain(cloud);
    const capitals = spans.filter((s) => /^[A-Z][A-Z_]+$/.test(s) && s.includes("_")).concat(spans.filter((s) => ["CLOUD"].includes(s)));
    for (const name of capitals) expect([name, Object.keys(BUILD_SETTINGS).includes(name)]).toEqual([name, true]);
  });

  it("names only policy.json and config.json keys that exist", () => {
    const camel = spans.filter((s) => /^[a-z]+[A-Z][A-Za-z]*$/.test(s));
    const dotted = spans.filter((s) => /^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/.test(s) && isPolicyTop(s.split(".")[0]));
    const jsonKeys = Array.from(code.matchAll(/"([A-Za-z$][\w.]*)"\s*:/g), (m) => m[1]);
    expect(camel.length + dotted.length).toBeGreaterThan(10);
    for (const key of [...camel, ...dotted, ...jsonKeys]) {
      expect([key, key === "$schema" || policyPathExists(key) || CONFIG_KEYS.includes(key)]).toEqual([key, true]);
    }
  });

  it("shows policy values the policy accepts", () => {
    const snippets = spans.filter((s) => /^"[A-Za-z]+":\s*\S/.test(s));
    expect(snippets.length).toBeGreaterThanOrEqual(4);
    for (const snippet of snippets) {
      const parsed = parsePolicy(JSON.parse(`{${snippet}}`));
      expect([snippet, parsed.ok]).toEqual([snippet, true]);
    }
  });

  it("shows JSON examples that are a valid policy.json or a config.json of the right keys", () => {
    const json = blocks.filter((b) => b.lang === "json").map((b) => JSON.parse(b.text));
    expect(json.length).toBe(2);
    for (const example of json) {
      if ("clientId" in example) {
        expect(Object.keys(example).filter((k) => !CONFIG_KEYS.includes(k))).toEqual([]);
        expect(parseDeploymentConfig({ ...example, clientId: "11111111-2222-3333-4444-555555555555" }).problem).toBeUndefined();
      } else {
        expect(parsePolicy(example)).toMatchObject({ ok: true });
      }
    }
  });

  it("names what IT must decide and configure, and the Outlook settings against unchecked sends", () => {
    for (const key of ["failureMode", "warningsOnSend", "timeBudgetMs", "addInId", "graphBaseUrl", "OnSendAddinsEnabled", "OnSendAddinsWaitForLoad"]) expect(spans).toContain(key);
    for (const key of ["clientId", "tenantId", "addInId"]) expect(code).toContain(`"${key}"`);
    expect(text).toContain("Running Outlook for Simple MAPI Mail Sending");
    expect(text).toMatch(/"version"/);
  });

  it("asks consent for exactly the Graph scopes the code requests, and lists each cloud's hosts", () => {
    const scopes = spans.filter((s) => /^[A-Z][a-z]+\.[A-Za-z]+(\.[A-Za-z]+)?$/.test(s));
    for (const scope of [...SCOPES_PANE, ...SCOPES_MINUTES]) expect(scopes).toContain(scope);
    // User.Read signs in; User.ReadBasic.All is named as what is not enough.
    expect(scopes.filter((s) => ![...SCOPES_PANE, ...SCOPES_MINUTES, "User.Read", "User.ReadBasic.All"].includes(s))).toEqual([]);
    for (const cloud of Object.values(CLOUDS)) {
      for (const url of [cloud.officeJs, cloud.login, cloud.graph, ...cloud.loginAliases]) expect(spans).toContain(new URL(url).host);
    }
  });

  it("links the guide in the other language", () => {
    const other = path.basename(GUIDES.find((g) => g !== file) ?? "");
    expect(text).toContain(`](${other})`);
  });
});

describe("README", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

  it("links both guides", () => {
    for (const guide of GUIDES) expect(readme).toContain(`](${guide})`);
  });

  it("keeps its two commands: npm start builds and serves the playground, npm test builds both outputs first", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm test ");
    expect(pkg.scripts.start).toBe("node scripts/start.js");
    expect(pkg.scripts.pretest).toContain("npm run build");
    expect(pkg.scripts.pretest).toContain("scripts/build.js --dev");
    expect(pkg.scripts.package).toContain("scripts/manifest/package.js");
  });
});
