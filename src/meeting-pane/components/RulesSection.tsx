import { Badge, Caption1, Text } from "@fluentui/react-components";
import type { MeetingT } from "../../i18n/meeting-pane";
import { findingKey } from "../../compliance/pane-events";
import { ReportWrong } from "../../pane-shell/ReportWrong";
import { MessageText } from "../../pane-shell/UserText";
import type { Finding } from "../../policy/types";
import type { RuleState, RuleStatus } from "../model";
import { useMeetingStyles } from "../styles";
import { Section } from "./Section";

// Every meeting rule the policy has on, with its state in this check and what it found, and
// on each finding "this finding is wrong" while recording is on (the report goes to the
// compliance service).

export interface FindingReports {
  reported: ReadonlySet<string>;
  onReport: (finding: Finding, comment: string) => Promise<void>;
}

const BADGE: Record<RuleStatus, { color: "success" | "danger" | "warning" | "informative" | "subtle"; icon: string; label: "rulePass" | "ruleError" | "ruleWarning" | "ruleInfo" | "ruleSkipped" }> = {
  pass: { color: "success", icon: "✓", label: "rulePass" },
  error: { color: "danger", icon: "✕", label: "ruleError" },
  warning: { color: "warning", icon: "!", label: "ruleWarning" },
  info: { color: "informative", icon: "i", label: "ruleInfo" },
  skipped: { color: "subtle", icon: "–", label: "ruleSkipped" },
};

export function RulesSection({ rules, t, report }: { rules: readonly RuleState[]; t: MeetingT; report?: FindingReports }) {
  const styles = useMeetingStyles();
  const failing = rules.filter((r) => r.status === "error" || r.status === "warning");
  return (
    <Section title={t("rulesHeading")} testId="rules">
      {failing.length === 0 && <Text data-testid="all-pass">{t("allPass")}</Text>}
      <ul className={styles.rules}>
        {rules.map((rule) => (
          <li key={rule.id} className={styles.rule} data-testid={`rule-${rule.id}`} data-status={rule.status}>
            <Badge appearance="filled" color={BADGE[rule.status].color} aria-label={t(BADGE[rule.status].label)}>
              {BADGE[rule.status].icon}
            </Badge>
            <div>
              <Text>
                {rule.description} <Caption1 className={styles.muted}>{rule.clause}</Caption1>
              </Text>
              {rule.findings.map((f, i) => (
                <div key={i} data-testid="rule-finding" data-rule={f.rule}>
                  <Caption1>
                    <MessageText text={f.message} />
                  </Caption1>
                  {report && <ReportWrong message={f.message} t={t} reported={report.reported.has(findingKey(f))} onReport={(comment) => report.onReport(f, comment)} />}
                </div>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}
