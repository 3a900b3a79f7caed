import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Subtitle2, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import type { ComplianceSummary } from "../compliance/summary";
import type { Lang } from "../policy/types";
import { ruleOutcomeChart, weeklyTrendChart } from "./charts";
import { Chart } from "./components/Chart";
import { DepartmentTable, RuleTable } from "./components/FigureTables";
import { PeopleSection } from "./components/PeopleSection";
import { ReasonsTable, ScorecardTable } from "./components/ReasonsAndScores";
import type { NameResolver } from "./directory-names";
import type { TokenSource } from "./sign-in";
import { ADMIN_STRINGS, type AdminStrings } from "./strings";
import { useDashboard, type DashboardStatus } from "./use-dashboard";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXXL, maxWidth: "1200px", margin: "0 auto" },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const PROBLEMS: Partial<Record<DashboardStatus, keyof AdminStrings>> = { forbidden: "forbidden", unreachable: "unreachable", "not-configured": "notConfigured", "signed-out": "signedOut" };

function Section(props: { title: string; children: React.ReactNode }): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={props.title}>
      <Subtitle2 as="h2">{props.title}</Subtitle2>
      {props.children}
    </section>
  );
}

function Figures({ summary, text, lang, names }: { summary: ComplianceSummary; text: AdminStrings; lang: Lang; names?: NameResolver }): JSX.Element {
  const trend = useCallback((width: number) => weeklyTrendChart(summary, text, width), [summary, text]);
  const outcomes = useCallback((width: number) => ruleOutcomeChart(summary, text, width), [summary, text]);
  if (summary.byRule.length === 0) return <MessageBar intent="info"><MessageBarBody>{text.noData}</MessageBarBody></MessageBar>;
  return (
    <>
      {summary.droppedOnDevices > 0 && <MessageBar intent="warning"><MessageBarBody>{text.dropped(summary.droppedOnDevices)}</MessageBarBody></MessageBar>}
      <Section title={text.trend}><Chart draw={trend} label={text.trend} testId="trend-chart" /></Section>
      <Section title={text.byRule}>
        <Chart draw={outcomes} label={text.trendByRule} testId="outcome-chart" />
        <RuleTable summary={summary} text={text} lang={lang} />
        <p>{text.tuningHint}</p>
      </Section>
      <Section title={text.byDepartment}><DepartmentTable summary={summary} text={text} lang={lang} /></Section>
      <Section title={text.scorecard}><ScorecardTable summary={summary} text={text} lang={lang} /></Section>
      {summary.byPerson && <Section title={text.people}><PeopleSection summary={summary} text={text} lang={lang} resolver={names} /></Section>}
      <Section title={text.reasons}><ReasonsTable summary={summary} text={text} lang={lang} /></Section>
      <p>{text.retention(summary.settings.retentionDays)}</p>
    </>
  );
}

/** `names`: how the per-person table finds names (directory-names.ts); none: it shows the keys. */
export function Dashboard(props: { lang: Lang; serviceUrl: string; tokens: TokenSource; names?: NameResolver }): JSX.Element {
  const styles = useStyles();
  const text = ADMIN_STRINGS[props.lang];
  const { state, range, setRange, load, signIn, exportCsv } = useDashboard(props.serviceUrl, props.tokens);
  const problem = PROBLEMS[state.status];
  const signedIn = state.status === "ready" || state.status === "loading";
  return (
    <main className={styles.page} data-testid="dashboard" data-status={state.status}>
      <Title2 as="h1">{text.title}</Title2>
      {problem && <MessageBar intent={state.status === "signed-out" ? "info" : "error"}><MessageBarBody>{text[problem] as string}</MessageBarBody></MessageBar>}
      <div className={styles.toolbar}>
        {!signedIn && state.status !== "not-configured" && <Button appearance="primary" onClick={() => void signIn()}>{props.tokens.kind === "dev" ? text.signInDev : text.signIn}</Button>}
        <Field label={text.from}><Input type="date" value={range.from} onChange={(_e, d) => setRange({ ...range, from: d.value })} /></Field>
        <Field label={text.to}><Input type="date" value={range.to} onChange={(_e, d) => setRange({ ...range, to: d.value })} /></Field>
        <Button onClick={() => void load()} disabled={!signedIn && state.status !== "forbidden"}>{text.refresh}</Button>
        <Button onClick={() => void exportCsv()} disabled={state.status !== "ready"}>{text.exportCsv}</Button>
      </div>
      {state.exportFailed && <MessageBar intent="error"><MessageBarBody>{text.exportFailed}</MessageBarBody></MessageBar>}
      {state.status === "loading" && <Spinner label={text.loading} />}
      {state.summary && state.status === "ready" && <Figures summary={state.summary} text={text} lang={props.lang} names={props.names} />}
    </main>
  );
}
