import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ComposeToolbar, type ToolbarState } from "../../src/playground/ComposeToolbar";
import { SAMPLES } from "../../src/playground/samples";
import { playgroundTranslator } from "../../src/i18n/playground";

// The playground's toolbar, rendered: each drop-down (one Choice component for all) offers
// its choices in the page's language and shows the current one selected.

const STATE: ToolbarState = { sample: "zh-tw", lang: "zh-TW", theme: "dark", clock: "2026-11-25T10:00", mailbox: "1.12", policy: "unreachable" };

function render(lang: "en" | "zh-CN"): string {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ComposeToolbar state={STATE} sending={false} t={playgroundTranslator(lang)} uiLang={lang} onSend={() => undefined} onChange={() => undefined} onReopen={() => undefined} />
    </FluentProvider>,
  );
  return html;
}

const unescape = (text: string): string => text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

/** The options of one drop-down in the markup, and the selected one (React marks it `selected`). */
function choice(html: string, testId: string): { values: string[]; labels: string[]; selected: string | undefined } {
  const select = new RegExp(`<select[^>]*data-testid="${testId}"[^>]*>(.*?)</select>`).exec(html);
  const options = Array.from((select?.[1] ?? "").matchAll(/<option value="([^"]*)"( selected="")?>(.*?)<\/option>/g));
  return { values: options.map((o) => o[1]), labels: options.map((o) => unescape(o[3])), selected: options.find((o) => o[2])?.[1] };
}

test.each(["en", "zh-CN"] as const)("every drop-down offers its choices with the current one selected (%s)", (lang) => {
  const doc = render(lang);
  const t = playgroundTranslator(lang);
  expect(choice(doc, "sample")).toEqual({ values: SAMPLES.map((s) => s.id), labels: SAMPLES.map((s) => s.label[lang]), selected: "zh-tw" });
  expect(choice(doc, "lang").values).toEqual(["en-US", "zh-CN", "zh-TW", "fr-FR", "qps-ploc"]);
  expect(choice(doc, "lang").labels.slice(3)).toEqual([t("langFallback"), t("langPseudo")]);
  expect(choice(doc, "theme")).toEqual({ values: ["light", "dark"], labels: [t("themeLight"), t("themeDark")], selected: "dark" });
  expect(choice(doc, "mailbox")).toMatchObject({ values: ["1.15", "1.14", "1.13", "1.12", "1.8", "1.2"], selected: "1.12" });
  expect(choice(doc, "policy")).toEqual({ values: ["server", "unreachable"], labels: [t("policyServer"), t("policyUnreachable")], selected: "unreachable" });
  expect(doc).toContain(`>${t("sample")}</label>`);
});
