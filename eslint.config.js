// Lint: typescript-eslint's recommended rules, the Office add-in rules, and a wall around
// src/policy so that the engine stays pure (no Office.js, DOM, network or React).
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const regexpPlugin = require("eslint-plugin-regexp");

const OFFICE_RULES = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

const PURE_GLOBALS = ["window", "document", "fetch", "XMLHttpRequest", "Office", "OfficeRuntime", "localStorage", "sessionStorage", "navigator", "process", "require"].map(
  (name) => ({ name, message: "src/policy is the pure engine: pass what it needs in as data." }),
);

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-dev/**", "build/**", "node_modules/**", "test-output/**", "src/policy/rules/index.generated.ts"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...OFFICE_RULES,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/policy/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...PURE_GLOBALS],
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "fs", "path", "http", "https", "net", "child_process", "@microsoft/office-js", "@microsoft/microsoft-graph-client", "@azure/msal-browser"].map((name) => ({
            name,
            message: "src/policy is the pure engine: no Office.js, DOM, network, file system or React.",
          })),
          patterns: [
            { group: ["node:*", "@fluentui/*", "@azure/*"], message: "src/policy is the pure engine." },
            { group: ["**/outlook/**", "**/on-send/**", "**/message-pane/**", "**/meeting-pane/**", "**/office-sim/**", "**/playground/**", "**/graph/**", "**/cli/**", "**/i18n/**", "**/server/**", "**/admin/**"], message: "Dependencies point inward: src/policy imports nothing from the outer layers." },
          ],
        },
      ],
    },
  },
  {
    // Every text step of the engine (and of the CLI's readers that feed it) runs in linear
    // time: no pattern whose backtracking or whose scan from each start position is quadratic.
    files: ["src/policy/**/*.ts", "src/cli/eml.ts", "src/cli/ics.ts", "src/cli/json-draft.ts"],
    plugins: { regexp: regexpPlugin },
    rules: {
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "potential", ignorePartial: false }],
    },
  },
  {
    // The panes read the engine's result (findings, fixes, outcomes, parsed parts), never its
    // rules or its text readers, and name no rule id: a fix's wording comes from its rule.
    files: ["src/message-pane/**/*.{ts,tsx}", "src/meeting-pane/**/*.{ts,tsx}", "src/playground/**/*.{ts,tsx}", "src/pane-shell/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/policy/rules/**", "**/policy/text/**", "**/policy/lexicon/**"], message: "Panes use the check result (findings, outcomes, parts) and src/outlook's edit plans, not the engine's rules or text readers." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "Literal[value=/^(mail|meeting)\\/[a-z][a-z-]*$/]", message: "Panes name no rule id: act on the finding's own data." },
        { selector: "TemplateElement[value.raw=/^(mail|meeting)\\/[a-z][a-z-]*/]", message: "Panes name no rule id: act on the finding's own data." },
      ],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
