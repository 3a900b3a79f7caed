import * as fs from "fs";
import * as path from "path";
import type { Policy } from "../../../src/policy/config";
import { checkDraft } from "../../../src/policy/engine";
import { ALL_RULES } from "../../../src/policy/rules/index.generated";
import type { Lang, MailDraft } from "../../../src/policy/types";
import { EVAL_DIR } from "./corpus";

// Published prose (test/eval/prose/<lang>/*.txt, one paragraph per block) checked as the body
// of a mail to a colleague and to a partner outside the company. None of it was written as a
// mail, so only the rules that judge wording and content are asked, and every finding of
// theirs at error or warning is a false alarm.

export const PROSE_RULES = ["mail/language-slang", "mail/language-typo", "mail/politeness", "mail/attachment-missing", "mail/confidential-external"];
const RULES = ALL_RULES.filter((r) => PROSE_RULES.includes(r.id));

const SUBJECT: Record<Lang, string> = { en: "Notes for the project wiki", "zh-CN": "项目知识库资料整理", "zh-TW": "專案知識庫資料整理" };
const SENDER = { name: "Lin Yijun", address: "yijun.lin@contoso.com" };
const RECIPIENTS = { internal: { name: "Chen Zhiming", address: "zhiming.chen@contoso.com" }, external: { name: "Partner", address: "partner@fabrikam.com" } };
// A Tuesday morning: send-time is not asked, but the moment is fixed for repeatable runs.
const SENT_AT = "2026-11-24T02:00:00.000Z";

export interface Paragraph {
  lang: Lang;
  file: string;
  /** 1-based paragraph number and the line it starts on. */
  index: number;
  line: number;
  text: string;
}

export interface ProseAlarm {
  lang: Lang;
  source: string;
  recipient: "internal" | "external";
  rule: string;
  message: string;
  excerpt: string;
  paragraph: string;
}

export interface ProseReport {
  paragraphs: Record<string, number>;
  alarms: ProseAlarm[];
}

export function readParagraphs(dir: string = path.join(EVAL_DIR, "prose")): Paragraph[] {
  const out: Paragraph[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const lang of ["en", "zh-CN", "zh-TW"] as Lang[]) {
    const langDir = path.join(dir, lang);
    if (!fs.existsSync(langDir)) continue;
    for (const name of fs.readdirSync(langDir).filter((n) => n.endsWith(".txt")).sort()) {
      const lines = fs.readFileSync(path.join(langDir, name), "utf8").replace(/\r\n?/g, "\n").split("\n");
      let block: string[] = [];
      let start = 0;
      let index = 0;
      const flush = (): void => {
        if (block.length > 0) out.push({ lang, file: `${lang}/${name}`, index: ++index, line: start, text: block.join("\n") });
        block = [];
      };
      lines.forEach((line, i) => {
        if (line.trim() === "") flush();
        else {
          if (block.length === 0) start = i + 1;
          block.push(line);
        }
      });
      flush();
    }
  }
  return out;
}

function draftOf(p: Paragraph, recipient: keyof typeof RECIPIENTS): MailDraft {
  return { kind: "mail", subject: SUBJECT[p.lang], body: { contentType: "text", content: p.text }, from: SENDER, to: [RECIPIENTS[recipient]], cc: [], bcc: [], attachments: [], importance: "normal", sentAt: SENT_AT };
}

export function runProse(policy: Policy, paragraphs: readonly Paragraph[] = readParagraphs()): ProseReport {
  const counts: Record<string, number> = {};
  const alarms: ProseAlarm[] = [];
  for (const p of paragraphs) {
    counts[p.lang] = (counts[p.lang] ?? 0) + 1;
    for (const recipient of ["internal", "external"] as const) {
      const { findings } = checkDraft(draftOf(p, recipient), policy, { lang: p.lang, rules: RULES });
      for (const f of findings) {
        if (f.severity === "info") continue;
        alarms.push({ lang: p.lang, source: `${p.file} ¶${p.index} (line ${p.line})`, recipient, rule: f.rule, message: f.message, excerpt: f.location?.excerpt ?? "", paragraph: p.text });
      }
    }
  }
  return { paragraphs: counts, alarms };
}

/** Alarms per rule and language: { rule: { lang: n } }. */
export function proseCounts(report: ProseReport): Record<string, Record<string, number>> {
  const table: Record<string, Record<string, number>> = {};
  for (const rule of PROSE_RULES) table[rule] = {};
  for (const a of report.alarms) table[a.rule][a.lang] = (table[a.rule][a.lang] ?? 0) + 1;
  return table;
}
