import { LANGS, type Lang } from "../policy/types";

/**
 * Maps an Office display language (e.g. "zh-CN", "zh-Hant-TW", "zh-HK", "en-GB", "fr-FR")
 * onto the three languages the product speaks; anything else falls back to English.
 */
export function resolveLang(displayLanguage: string | undefined | null): Lang {
  const tag = (displayLanguage ?? "").trim().toLowerCase().replace(/_/g, "-");
  if (tag.startsWith("zh")) {
    return /hant|-tw|-hk|-mo/.test(tag) ? "zh-TW" : "zh-CN";
  }
  return "en";
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
