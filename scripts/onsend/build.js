// What the on-send compilation adds to the add-in's web build (webpack.config.js). Outlook
// fetches and starts launchevent.js inside the five seconds that begin when the user presses
// Send, in every client including classic Outlook on Windows' ES2016-only runtime; so the
// bundle is made small by build-time swaps that leave the engine's source and behaviour alone,
// and lowered to ES2016 without a conditional operator:
// - opencc-js/t2cn → a table of OpenCC's single-character conversions (t2s-table.js);
// - chinese-days → its schedule and the lunar dates the calendar asks for (holiday-table.js);
// - the entities package's HTML5 trie → the HTML 4.01 names (entity-table.js);
// - rule and policy-schema descriptions dropped (babel-strip-descriptions.js);
// - src/policy/text/letters.ts → \p{L} and \p{N} written out as ranges (letter-classes.js);
// - the zod/mini locale and our policy problem texts not loaded: the on-send run never shows
//   why a policy is invalid (src/policy/config-messages.ts → src/on-send/no-config-messages.ts,
//   src/policy/config-errors.ts → src/on-send/no-config-errors.ts);
// - ES2016 and no conditional operator (es2016-plugin.js).
const path = require("path");
const webpack = require("webpack");
const { OnSendEs2016Plugin } = require("./es2016-plugin");

const root = path.join(__dirname, "..", "..");
const loader = require.resolve("./generated-loader");

/** A request for one generated table in place of the package file `resource`. */
function tableRequest(table, resource) {
  return `!!${loader}?table=${table}!${resource}`;
}

function replace(pattern, table, resource, issuer) {
  return new webpack.NormalModuleReplacementPlugin(pattern, (result) => {
    if (issuer && !issuer.test(result.contextInfo?.issuer ?? "")) return;
    result.request = tableRequest(table, resource);
  });
}

/** Module rules, plugins and minifier options of the on-send compilation. */
function onSendBuild({ bundle }) {
  const stripRule = {
    test: /[\\/]src[\\/]policy[\\/](rules[\\/].+|config[^\\/]*)\.ts$/,
    enforce: "post",
    use: {
      loader: require.resolve("babel-loader"),
      options: { babelrc: false, configFile: false, sourceType: "module", plugins: [require.resolve("./babel-strip-descriptions")] },
    },
  };
  const plugins = [
    replace(/^opencc-js\/t2cn$/, "t2s", require.resolve("opencc-js/t2cn")),
    replace(/^chinese-days$/, "holidays", require.resolve("chinese-days")),
    replace(/^(\.\.?\/)+(text\/)?letters$/, "letters", path.join(root, "src", "policy", "text", "letters.ts"), /[\\/]src[\\/]policy[\\/]/),
    replace(/^\.\/generated\/decode-data-html\.js$/, "entities", require.resolve("entities/lib/decode.js"), /[\\/]entities[\\/]/),
    new webpack.NormalModuleReplacementPlugin(/[\\/]config-messages(\.ts)?$/, path.join(root, "src", "on-send", "no-config-messages.ts")),
    new webpack.NormalModuleReplacementPlugin(/[\\/]config-errors(\.ts)?$/, path.join(root, "src", "on-send", "no-config-errors.ts")),
    new OnSendEs2016Plugin({ test: new RegExp(`^${bundle.replace(/\./g, "\\.")}$`) }),
  ];
  return {
    rules: [stripRule],
    plugins,
    // ES2016 output; the conditionals it writes are rewritten after it (es2016-plugin.js), so
    // it is told not to turn `if` statements into them: the rewrite of each costs more than
    // the statement. Measured against the 117,009 B bundle and not kept: `pure_getters: true`
    // (−34 B; it also drops property reads that are there to throw on null), with it `unsafe`,
    // `unsafe_methods`, `unsafe_comps` (−232 B together; rewrites that hold only for
    // unmodified built-ins and for methods never called with `new`, not checked over the
    // dependencies), `passes: 5` (−9 B more) and `keep_fargs: false` (−20 B more; changes
    // Function.length); `toplevel` (no change: the bundle is one function expression);
    // `unsafe_arrows` (−22 B after the kept options; breaks a function used with `new`).
    minimizeOptions: { javascript: { ecma: 2016, compress: { passes: 3, conditionals: false }, format: { comments: false } } },
  };
}

module.exports = { onSendBuild };
