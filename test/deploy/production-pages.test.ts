import * as fs from "fs";
import * as path from "path";
import { CLOUDS, signInOrigins, type CloudName } from "../../src/graph/clouds";

// The strict production build: every production page's Content-Security-Policy allows exactly
// the add-in's own origin ('self'), the build's cloud's Office.js CDN, sign-in hosts and Graph
// endpoint; nothing on this machine (localhost, 127.0.0.1); Office.js from that cloud's CDN;
// and no playground, simulated mailbox or local Office.js copy in the output. Each cloud's pages
// are rendered from webpack.config.js and src/page.html as the build renders them; the pages
// `npm run build` wrote to dist/ are read too.

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const CLOUD_NAMES = Object.keys(CLOUDS) as CloudName[];
/** The add-in's pages (they load Office.js); the compliance dashboard (admin.html) does not. */
const ADDIN_PAGES = ["auth-dialog.html", "calendar.html", "commands.html", "taskpane.html"];
const PRODUCTION_PAGES = ["admin.html", ...ADDIN_PAGES];
const { LOCAL_HOSTS } = require("../../scripts/csp.js") as { LOCAL_HOSTS: string[] };
const template = require("lodash/template") as (text: string) => (data: object) => string;

interface PageOptions {
  filename: string;
  csp: string;
  officeJs: string;
  officeJsAfterBundle: boolean;
  title: string;
}

/** The pages webpack.config.js declares for CLOUD=cloud, rendered with src/page.html. */
function renderedPages(cloud: CloudName, env: object = {}, vars: Record<string, string> = {}): Map<string, string> {
  const settings = { CLOUD: cloud, ...vars };
  const saved = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));
  Object.assign(process.env, settings);
  try {
    const config = require("../../webpack.config.js") as (env: object, argv: object) => Array<{ plugins: Array<{ userOptions?: PageOptions }> }>;
    const render = template(fs.readFileSync(path.join(ROOT, "src", "page.html"), "utf8"));
    const [web, onSend, admin] = config(env, { mode: "production" });
    const options = [...web.plugins, ...onSend.plugins, ...admin.plugins].map((p) => p.userOptions).filter((o): o is PageOptions => !!o?.filename);
    return new Map(options.map((o) => [o.filename, render({ htmlWebpackPlugin: { options: o } })]));
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The CSP of a page (minified or not), directive → sources. */
function csp(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(["'])(.*?)\1/i.exec(html);
  expect(meta).not.toBeNull();
  return new Map(
    (meta?.[2] ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources] as const),
  );
}

function scriptSources(html: string): string[] {
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi), (m) => m[1]);
}

const origin = (url: string) => new URL(url).origin;

/** Fails unless `html` is a strict production page of `cloud`. */
function expectStrictPage(html: string, cloud: CloudName): void {
  const endpoints = CLOUDS[cloud];
  const directives = csp(html);
  const signIn = signInOrigins(endpoints).map(origin);
  expect(directives.get("script-src")).toEqual(["'self'", origin(endpoints.officeJs)]);
  expect(directives.get("connect-src")).toEqual(["'self'", ...signIn, origin(endpoints.graph)]);
  expect(directives.get("frame-src")).toEqual(["'self'", ...signIn]);
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'self'"]);
  const hosts = new Set([...directives.values()].flat().filter((s) => /^[a-z]+:\/\//.test(s)));
  expect([...hosts].sort()).toEqual([origin(endpoints.officeJs), ...signIn, origin(endpoints.graph)].sort());
  expect([...directives.values()].flat().filter((s) => s.includes("*"))).toEqual([]);
  expect(html).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]/);
  const scripts = scriptSources(html);
  if (scripts.some((s) => s.endsWith("office.js"))) expect(scripts[0]).toBe(endpoints.officeJs);
  expect(scripts.filter((s) => s.includes("vendor/"))).toEqual([]);
}

describe.each(CLOUD_NAMES)("production pages for CLOUD=%s", (cloud) => {
  const pages = renderedPages(cloud);

  it("are the add-in's pages and no playground", () => {
    expect([...pages.keys()].sort()).toEqual(PRODUCTION_PAGES);
  });

  it.each(ADDIN_PAGES)("%s allows exactly its own origin and the cloud's Office.js, sign-in and Graph hosts", (file) => {
    expectStrictPage(pages.get(file) ?? "", cloud);
    expect(scriptSources(pages.get(file) ?? "")[0]).toBe(CLOUDS[cloud].officeJs);
  });

  it("admin.html has the same strict policy and loads no Office.js (it is a web page, not an add-in page)", () => {
    expectStrictPage(pages.get("admin.html") ?? "", cloud);
    expect(scriptSources(pages.get("admin.html") ?? "").filter((src) => src.endsWith("office.js"))).toEqual([]);
  });

  it("a page of another cloud does not pass for this one", () => {
    const other = CLOUD_NAMES.find((c) => c !== cloud) as CloudName;
    expect(() => expectStrictPage(renderedPages(other).get("taskpane.html") ?? "", cloud)).toThrow();
  });
});

describe("COMPLIANCE_URL", () => {
  it("adds the compliance service's origin, and nothing else, to what the pages may reach", () => {
    const pages = renderedPages("china", {}, { COMPLIANCE_URL: "https://compliance.contoso.cn/api" });
    const endpoints = CLOUDS.china;
    const connect = csp(pages.get("taskpane.html") ?? "").get("connect-src");
    expect(connect).toEqual(["'self'", ...signInOrigins(endpoints).map(origin), origin(endpoints.graph), "https://compliance.contoso.cn"]);
  });

  it("is refused when it is not https (the service receives the users' tokens)", () => {
    expect(() => renderedPages("global", {}, { COMPLIANCE_URL: "http://compliance.contoso.com" })).toThrow(/https/);
  });
});

describe("the development output", () => {
  const pages = renderedPages("global", { dev: true });

  it("adds the playground, whose pages load the local Office.js copy", () => {
    expect([...pages.keys()].sort()).toEqual([...PRODUCTION_PAGES, "playground-meeting.html", "playground.html"].sort());
    expect(scriptSources(pages.get("playground.html") ?? "")).toContain("vendor/office-js/office.js");
  });

  it("lets the pages reach servers on this machine, and so fails the production check", () => {
    const directives = csp(pages.get("taskpane.html") ?? "");
    expect(directives.get("connect-src")).toEqual(expect.arrayContaining(LOCAL_HOSTS));
    expect(() => expectStrictPage(pages.get("taskpane.html") ?? "", "global")).toThrow();
  });
});

describe("dist/, as npm run build wrote it", () => {
  const built = fs.existsSync(path.join(DIST, "taskpane.html"));

  it("exists (npm test builds it first)", () => {
    expect(built).toBe(true);
  });

  const files = built ? fs.readdirSync(DIST) : [];
  const html = files.filter((f) => f.endsWith(".html"));

  it("holds the production pages only: no playground, no local Office.js copy", () => {
    expect(html.sort()).toEqual(PRODUCTION_PAGES);
    expect(files.filter((f) => f.startsWith("playground") || f === "vendor")).toEqual([]);
  });

  it("carries no development sign-in: its key is only in the development output", () => {
    const pagesCode = files.filter((f) => f.endsWith(".js") && !["cli.js", "server.js", "report-worker.js"].includes(f));
    expect(pagesCode).toEqual(expect.arrayContaining(["admin.js", "taskpane.js"]));
    for (const file of pagesCode) {
      const code = fs.readFileSync(path.join(DIST, file), "utf8");
      expect([file, code.includes("development signing key")]).toEqual([file, false]);
    }
  });

  it("carries no code of the simulated mailbox", () => {
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      const code = fs.readFileSync(path.join(DIST, file), "utf8");
      expect([file, code.includes("sensitivityLabelsCatalog.getIsEnabledAsync")]).toEqual([file, false]);
    }
  });

  it.each(html.length > 0 ? html : ["(none)"])("%s is a strict page of the cloud it was built for", (file) => {
    const text = fs.readFileSync(path.join(DIST, file), "utf8");
    const office = scriptSources(fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8"))[0];
    const cloud = CLOUD_NAMES.find((c) => CLOUDS[c].officeJs === office);
    expect(cloud).toBeDefined();
    expectStrictPage(text, cloud as CloudName);
  });

  it("has both manifests, for the same URL", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "manifest.json"), "utf8"));
    const xml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const page = manifest.extensions[0].runtimes[0].code.page as string;
    expect(xml).toContain(`DefaultValue="${page}"`);
  });
});
