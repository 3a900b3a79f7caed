import { Badge, Caption1, Text } from "@fluentui/react-components";
import type { MeetingT } from "../../i18n/meeting-pane";
import { MessageText } from "../../pane-shell/UserText";
import type { RuleState, RuleStatus } from "../model";
import { useMeetingStyles } from "../styles";
import { Section } from "./Section";

// Every meeting rule the policy has on, with its state in this check and what it found.

const BADGE: Record<RuleStatus, { color: "success" | "danger" | "warning" | "informative" | "subtle"; icon: string; label: "rulePass" | "ruleError" | "ruleWarning" | "ruleInfo" | "ruleSkipped" }> = {
  pass: { color: "success", icon: "✓", label: "rulePass" },
  error: { color: "danger", icon: "✕", label: "ruleError" },
  warning: { color: "warning", icon: "!", label: "ruleWarning" },
  info: { color: "informative", icon: "i", label: "ruleInfo" },
  skipped: { color: "subtle", icon: "–", label: "ruleSkipped" },
};

export function RulesSection({ rules, t }: { rules: readonly RuleState[]; t: MeetingT }) {
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
                <div key={i}>
                  <Caption1>
                    <MessageText text={f.message} />
                  </Caption1>
                </div>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}
