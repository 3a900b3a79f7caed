import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { resolveLang } from "../i18n/lang";
import { Dashboard } from "./Dashboard";
import { directoryNameResolver } from "./directory-names";
import { loadSetup } from "./setup";
import { createTokenSource } from "./sign-in";

// admin.html: the compliance dashboard for administrators, outside Outlook (a plain web page
// beside the add-in's pages). ?lang=en|zh-CN|zh-TW overrides the browser's language.

async function start(): Promise<void> {
  const setup = await loadSetup();
  const lang = resolveLang(new URLSearchParams(location.search).get("lang") ?? navigator.language);
  document.documentElement.lang = lang;
  const tokens = createTokenSource(setup.deployment, setup.compliance.apiScope);
  const root = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  createRoot(root).render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      <Dashboard lang={lang} serviceUrl={setup.serviceUrl} tokens={tokens} names={directoryNameResolver(setup, tokens)} />
    </FluentProvider>,
  );
}

void start();
