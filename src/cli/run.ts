import { resolveLang } from "../i18n/lang";
import type { Policy } from "../policy/config";
import { checkDraft } from "../policy/engine";
import type { Draft, Lang, Notice } from "../policy/types";
import type { Command } from "./args";
import { parseCliArgs } from "./args";
import { displayText } from "../policy/display-text";
import { EXIT, type CliIo, type ExitCode } from "./io";
import { errorDetail, reasonText } from "./input-error";
import { loadItems } from "./load";
import { messageText, say } from "./messages";
import { langInArgs } from "./options";
import { loadPolicy } from "./policy-file";
import { fsErrorReason } from "./read-file";
import { policySchemaText } from "./policy-schema";
import { runReport } from "./report/run-report";
import { renderJson, renderText, type ItemResult } from "./report";
import { t } from "./strings";
import { usage } from "./usage";

// `comm-policy`: arguments in, exit code out, everything else through `io` so that tests
// run it in-process. Bad files are reported on stderr one line each and the rest are checked.
// Everything it prints is in the user's language (--lang, else LC_ALL / LC_MESSAGES / LANG),
// usage errors included, and every piece of user text in it is display-safe.

const PROGRAM = "comm-policy";

type FileCommand = Extract<Command, { name: "check" | "draft" }>;

interface LoadedFile {
  file: string;
  drafts: Draft[];
  /** What was set aside while reading the file, in the user's language. */
  notes: string[];
}

function langFromEnv(env: CliIo["env"]): Lang {
  return resolveLang(env.LC_ALL || env.LC_MESSAGES || env.LANG || "");
}

function langOf(command: FileCommand, env: CliIo["env"]): Lang {
  return command.lang ?? langFromEnv(env);
}

function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}

async function loadFiles(command: FileCommand, policy: Policy, io: CliIo, lang: Lang): Promise<{ loaded: LoadedFile[]; unusable: number }> {
  const loaded: LoadedFile[] = [];
  let unusable = 0;
  const refuse = (file: string, text: string) => {
    io.stderr(`${PROGRAM}: ${displayText(file)}: ${text}\n`);
    unusable += 1;
  };
  for (const file of command.files) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (e) {
      refuse(file, reasonText(fsErrorReason(e), lang));
      continue;
    }
    const result = await loadItems(file, bytes, { timeZone: policy.workingHours.timeZone, now: command.now });
    if (!result.ok) {
      refuse(file, reasonText(result.reason, lang));
      continue;
    }
    // A meeting that could not be read is refused on its own; the others in the file are checked.
    for (const problem of result.problems) refuse(file, reasonText(problem, lang));
    loaded.push({ file, drafts: result.items.map((i) => i.draft), notes: result.notes.map((n) => reasonText(n, lang)) });
  }
  return { loaded, unusable };
}

/** The engine speaks of Outlook; here the draft came from a file. */
function inFileTerms(notice: Notice, lang: Lang): Notice {
  if (notice.code !== "fieldUnavailable" || notice.data?.fields === undefined) return notice;
  return { ...notice, message: t("fieldUnavailable", lang, { fields: notice.data.fields }) };
}

function checkAll(loaded: readonly LoadedFile[], policy: Policy, lang: Lang, now: Date | undefined): ItemResult[] {
  return loaded.flatMap(({ file, drafts, notes }) =>
    drafts.map((draft, index) => {
      const { kind, findings, notices: engineNotices } = checkDraft(draft, policy, { lang, now });
      const notices = engineNotices.map((n) => inFileTerms(n, lang));
      const item = drafts.length > 1 ? { item: index + 1 } : {};
      // Notes are about the file: told once, with its first item.
      const inputNotes = notes.length > 0 && index === 0 ? { inputNotes: notes } : {};
      return { file, kind, ...item, subject: draft.subject ?? "", findings, notices, ...inputNotes };
    }),
  );
}

async function runFiles(command: FileCommand, io: CliIo): Promise<ExitCode> {
  const lang = langOf(command, io.env);
  const policyResult = await loadPolicy(command.policy, io, lang);
  if (!policyResult.ok) {
    for (const problem of policyResult.errors) io.stderr(`${PROGRAM}: ${say("policyProblem", lang, { file: command.policy ?? "", problem })}\n`);
    return EXIT.unusable;
  }
  const { policy } = policyResult;
  const { loaded, unusable } = await loadFiles(command, policy, io, lang);
  if (command.name === "draft") {
    io.stdout(`${JSON.stringify(loaded.flatMap((l) => l.drafts), null, 2)}\n`);
    return unusable > 0 ? EXIT.unusable : EXIT.ok;
  }
  const results = checkAll(loaded, policy, lang, command.now);
  io.stdout(command.json ? renderJson(results) : renderText(results, { lang, color: useColor(io), unusable, timeZone: policy.workingHours.timeZone }));
  if (unusable > 0) return EXIT.unusable;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? EXIT.findings : EXIT.ok;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseCliArgs(argv);
  const argvLang = langInArgs(argv) ?? langFromEnv(io.env);
  if (!parsed.ok) {
    io.stderr(`${PROGRAM}: ${messageText(parsed.error, argvLang)}\n\n${usage(argvLang)}`);
    return EXIT.unusable;
  }
  const { command } = parsed;
  try {
    switch (command.name) {
      case "help":
        io.stdout(usage(argvLang));
        return EXIT.ok;
      case "schema":
        io.stdout(policySchemaText());
        return EXIT.ok;
      case "report":
        if (!io.report) throw new Error("report needs the worker pool (run dist/cli.js)");
        return await runReport(command.options, { ...io, ...io.report }, command.options.lang ?? langFromEnv(io.env));
      default:
        return await runFiles(command, io);
    }
  } catch (e) {
    // The engine and the parsers are total; this is the last net, still one line and exit 2.
    io.stderr(`${PROGRAM}: ${say("internalError", argvLang, { detail: errorDetail(e) })}\n`);
    return EXIT.unusable;
  }
}
