import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { PaneT } from "../../i18n/message-pane";
import type { FixMode } from "../../outlook/fixes";
import type { Finding, FixAction, Lang } from "../../policy/types";
import { findingKey, groupFindings } from "../model";
import { offersFor, type SupportTest } from "../offers";
import { usePaneStyles } from "../styles";
import { FindingCard } from "./FindingCard";

// The findings by severity, each group in the engine's order (reading order: subject,
// recipients, body top to bottom), or the all-clear once a check found nothing.

const GROUP_TITLE = { error: "groupError", warning: "groupWarning", info: "groupInfo" } as const;

export interface FindingsListProps {
  findings: readonly Finding[];
  checked: boolean;
  held: ReadonlySet<string>;
  lang: Lang;
  t: PaneT;
  busy: boolean;
  supports: SupportTest;
  onApply: (fix: FixAction, mode: FixMode) => void;
}

export function FindingsList({ findings, checked, held, lang, t, busy, supports, onApply }: FindingsListProps) {
  const styles = usePaneStyles();
  return (
    <section aria-label={t("findingsRegion")} data-testid="findings">
      {checked && findings.length === 0 && (
        <MessageBar intent="success" layout="multiline" data-testid="all-clear">
          <MessageBarBody>{t("allClear")}</MessageBarBody>
        </MessageBar>
      )}
      {groupFindings(findings).map((group) => (
        <div key={group.severity} data-severity={group.severity}>
          <h2 className={styles.groupHeading}>{t(GROUP_TITLE[group.severity], { count: group.findings.length })}</h2>
          <ul className={styles.list}>
            {group.findings.map((finding) => (
              <li key={findingKey(finding)}>
                <FindingCard finding={finding} offers={offersFor(finding, supports)} lang={lang} t={t} held={held.has(findingKey(finding))} busy={busy} onApply={onApply} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
