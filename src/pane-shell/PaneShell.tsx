import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useEffect, type ReactNode } from "react";
import { htmlLang, type UiLang } from "../i18n/strings";
import { useShellStyles } from "./shell-styles";
import { MessageText } from "./UserText";
import { useOfficeTheme } from "./use-office-theme";

// The frame both panes share: the Office theme (and its changes), the document language, the
// landmark, a header with the title, "Check again" and a status line, and one live region
// that announces what the last action did. The panes put their sections inside.

export interface PaneStatus {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

export interface PaneShellProps {
  lang: UiLang;
  title: string;
  /** Inside another page (the playground): a region, not the page's main landmark. */
  embedded?: boolean;
  checkAgainLabel: string;
  /** The check the user asked for is running. */
  checking: boolean;
  checkingLabel: string;
  busy: boolean;
  onCheckAgain: () => void;
  /** One line under the title ("Checked at 10:02 · 1 to fix · 2 notes"). */
  statusLine?: string;
  /** What the last action did, announced politely. */
  statuses: readonly PaneStatus[];
  testId: string;
  children: ReactNode;
}

export function PaneShell(props: PaneShellProps) {
  const styles = useShellStyles();
  const { theme } = useOfficeTheme();
  const tag = htmlLang(props.lang);
  useEffect(() => {
    if (!props.embedded) document.documentElement.lang = tag;
  }, [tag, props.embedded]);
  const Landmark = props.embedded ? "section" : "main";
  return (
    <FluentProvider theme={theme} dir="ltr" lang={tag}>
      <Landmark className={styles.root} aria-busy={props.checking} aria-label={props.title} data-testid={props.testId}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <h1 className={styles.title}>{props.title}</h1>
            <Button appearance="secondary" size="small" className={styles.action} disabled={props.busy} onClick={props.onCheckAgain} data-testid="check-again">
              {props.checkAgainLabel}
            </Button>
          </div>
          <span className={styles.status} data-testid="check-status">
            {props.checking ? <Spinner size="extra-tiny" label={props.checkingLabel} labelPosition="after" /> : props.statusLine}
          </span>
        </header>
        <div role="status" aria-live="polite" data-testid="status" className={props.statuses.length > 0 ? undefined : styles.visuallyHidden}>
          {props.statuses.map((s, i) => (
            <MessageBar key={`${i}|${s.text}`} intent={s.intent} layout="multiline">
              <MessageBarBody>
                <MessageText text={s.text} />
              </MessageBarBody>
            </MessageBar>
          ))}
        </div>
        {props.children}
      </Landmark>
    </FluentProvider>
  );
}
