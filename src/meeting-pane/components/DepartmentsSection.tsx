import { Button, Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { MeetingT } from "../../i18n/meeting-pane";
import { isolateBidi } from "../../policy/bidi";
import { joinList, type UiLang } from "../../i18n/strings";
import { useShellStyles } from "../../pane-shell/shell-styles";
import { MessageText } from "../../pane-shell/UserText";
import type { Person } from "../../policy/types";
import { describeLookupFailures } from "../graph-problems";
import { addressKey } from "../model";
import type { Directory } from "../use-directory";
import { useMeetingStyles } from "../styles";
import { Section } from "./Section";

// §4.1: the attendees by department, each department's heads (who get the minutes), whether
// the meeting is cross-department, and what Graph could not say, with the reason.

function personText(p: Person): string {
  return p.name && p.name !== p.address ? `${isolateBidi(p.name)} <${p.address}>` : p.address;
}

export function DepartmentsSection({ configured, directory, lang, t }: { configured: boolean; directory: Directory; lang: UiLang; t: MeetingT }) {
  const styles = useMeetingStyles();
  const shell = useShellStyles();
  const { state, departments, failed } = directory;
  const unknown = (departments?.unknown ?? []).filter((p) => !failed.has(addressKey(p.address)));
  const nameOf = (address: string): string => {
    const person = (departments?.unknown ?? []).find((p) => addressKey(p.address) === address);
    return person ? personText(person) : address;
  };
  return (
    <Section title={t("departmentsHeading")} testId="departments" graph={state.kind}>
      {state.kind !== "ready" && (
        <>
          <Text className={styles.muted}>{t("needGraphList")}</Text>
          {state.kind === "notConfigured" && <Text data-testid="graph-not-configured">{t("notConfigured")}</Text>}
          {state.kind === "error" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageText text={t("graphError", { message: state.message })} />
              </MessageBarBody>
            </MessageBar>
          )}
          {configured && state.kind !== "notConfigured" && (
            <Button appearance="primary" className={shell.action} onClick={() => void directory.signIn()} disabled={state.kind === "signingIn" || state.kind === "checking"} data-testid="sign-in">
              {state.kind === "signingIn" ? t("signingIn") : t("signIn")}
            </Button>
          )}
        </>
      )}
      {state.kind === "ready" && departments && (
        <>
          {/* With nobody's department known there is nothing to call single- or cross-department. */}
          {departments.departments.length > 0 && (
            <Text data-testid="cross-department" data-cross={departments.crossDepartment ? "yes" : "no"}>
              {departments.crossDepartment ? t("crossDepartment", { count: departments.departments.length }) : t("singleDepartment")}
            </Text>
          )}
          <ul className={styles.list}>
            {departments.departments.map((d) => (
              <li key={d.name} data-testid="department">
                <MessageText text={t("departmentMembers", { department: d.name, members: joinList(d.members.map((m) => m.name || m.address), lang) })} />
                <div>
                  <Caption1>
                    <MessageText text={t(d.headsFrom === "policy" ? "headsFromPolicy" : "headsLabel", { heads: d.heads.length > 0 ? joinList(d.heads.map(personText), lang) : t("headsNone") })} />
                  </Caption1>
                </div>
              </li>
            ))}
          </ul>
          {unknown.length > 0 && (
            <Caption1>
              <MessageText text={t("unknownDepartment", { names: joinList(unknown.map((p) => p.name || p.address), lang) })} />
            </Caption1>
          )}
          {describeLookupFailures(failed, nameOf, t, (names) => joinList(names, lang)).map((text) => (
            <MessageBar key={text} intent="warning" layout="multiline" data-testid="lookup-problem">
              <MessageBarBody>
                <MessageText text={text} />
              </MessageBarBody>
            </MessageBar>
          ))}
        </>
      )}
    </Section>
  );
}

