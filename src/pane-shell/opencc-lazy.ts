// Stands in for `opencc-js/t2cn` in the panes' bundles (webpack.config.js): OpenCC's
// Traditional → Simplified tables are a fifth of a pane's gzipped bytes and compress poorly,
// so they load as a chunk of their own, in parallel with policy.json, before the first check
// (loadOpenCC, awaited by the panes' policy loader). The on-send bundle and the CLI keep the
// package itself. Until the tables are loaded nothing may fold text: the converter refuses
// (a check run too early would cache unfolded characters); if the chunk cannot be fetched,
// text is matched as written (Traditional text then meets only its own word lists).

type Convert = (text: string) => string;

interface OpenCCModule {
  Converter(options: { from: string; to: string }): Convert;
  Locale?: unknown;
}

let convert: Convert | undefined;
let loading: Promise<boolean> | undefined;

/** OpenCC's dictionaries, once loaded (script.ts reads them to derive Simplified → Traditional). */
export let Locale: unknown = { to: {}, from: {} };

export function loadOpenCC(): Promise<boolean> {
  loading ??= import(/* webpackChunkName: "opencc" */ "opencc-js/t2cn").then(
    (module) => {
      const real = module as unknown as OpenCCModule;
      convert = real.Converter({ from: "tw", to: "cn" });
      Locale = real.Locale ?? Locale;
      return true;
    },
    () => {
      convert = (text) => text;
      return false;
    },
  );
  return loading;
}

/** The converter script.ts makes at load; it answers once loadOpenCC has settled. */
export function Converter(_options: { from: string; to: string }): Convert {
  return (text) => {
    if (!convert) throw new Error("OpenCC's tables are not loaded yet (await loadOpenCC() before checking)");
    return convert(text);
  };
}
