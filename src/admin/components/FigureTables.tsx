import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { ActionCounts, ComplianceSummary } from "../../compliance/summary";
import { count, percent, putBefore, shortKey } from "../format";
import type { AdminStrings } from "../strings";

// Per rule (with the tuning rates), per department and per person. Every value is rendered
// as text by React: department names and keys come from clients and are never markup.

interface Props {
  summary: ComplianceSummary;
  text: AdminStrings;
  lang: string;
}

export function RuleTable({ summary, text, lang }: Props): JSX.Element {
  return (
    <Table size="small" aria-label={text.byRule} data-testid="rule-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.rule}</TableHeaderCell>
          <TableHeaderCell>{text.putBefore}</TableHeaderCell>
          <TableHeaderCell>{text.fixed}</TableHeaderCell>
          <TableHeaderCell>{text.sentDespite}</TableHeaderCell>
          <TableHeaderCell>{text.reportedWrong}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {summary.byRule.map((r) => (
          <TableRow key={r.rule} data-rule={r.rule}>
            <TableCell>{r.rule}</TableCell>
            <TableCell>{count(putBefore(r.counts), lang)}</TableCell>
            <TableCell>{percent(r.fixedRate, lang)}</TableCell>
            <TableCell>{percent(r.sentDespiteRate, lang)}</TableCell>
            <TableCell>{percent(r.reportedWrongRate, lang)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function CountCells({ counts, lang }: { counts: ActionCounts; lang: string }): JSX.Element {
  return (
    <>
      <TableCell>{count(counts.shown, lang)}</TableCell>
      <TableCell>{count(counts.blocked, lang)}</TableCell>
      <TableCell>{count(counts.fixed, lang)}</TableCell>
      <TableCell>{count(counts["sent-despite"], lang)}</TableCell>
      <TableCell>{count(counts["reported-wrong"], lang)}</TableCell>
    </>
  );
}

function CountHeaders({ text }: { text: AdminStrings }): JSX.Element {
  return (
    <>
      <TableHeaderCell>{text.shown}</TableHeaderCell>
      <TableHeaderCell>{text.blocked}</TableHeaderCell>
      <TableHeaderCell>{text.fixed}</TableHeaderCell>
      <TableHeaderCell>{text.sentDespite}</TableHeaderCell>
      <TableHeaderCell>{text.reportedWrong}</TableHeaderCell>
    </>
  );
}

export function DepartmentTable({ summary, text, lang }: Props): JSX.Element {
  return (
    <Table size="small" aria-label={text.byDepartment} data-testid="department-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.department}</TableHeaderCell>
          <CountHeaders text={text} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {summary.byDepartment.map((d) => (
          <TableRow key={d.department}>
            <TableCell>{d.department || text.noDepartment}</TableCell>
            <CountCells counts={d.counts} lang={lang} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Only when the policy enables per-person figures; names are those the directory gave, else the key. */
export function PeopleTable({ summary, text, lang, names }: Props & { names: ReadonlyMap<string, string> }): JSX.Element {
  return (
    <Table size="small" aria-label={text.people} data-testid="people-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.person}</TableHeaderCell>
          <TableHeaderCell>{text.department}</TableHeaderCell>
          <CountHeaders text={text} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {(summary.byPerson ?? []).map((p) => (
          <TableRow key={`${p.userKey}:${p.department}`}>
            <TableCell title={p.userKey}>{names.get(p.userKey) ?? shortKey(p.userKey)}</TableCell>
            <TableCell>{p.department || text.noDepartment}</TableCell>
            <CountCells counts={p.counts} lang={lang} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
