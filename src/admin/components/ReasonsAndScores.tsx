import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { EventAction } from "../../compliance/event";
import { SCORE_DIMENSIONS, type ComplianceSummary } from "../../compliance/summary";
import type { AdminStrings } from "../strings";

// The reasons users gave (shown exactly as typed, as text: they may hold anything) and the
// §5.2 scorecard per department.

interface Props {
  summary: ComplianceSummary;
  text: AdminStrings;
  lang: string;
}

function actionLabel(action: EventAction, text: AdminStrings): string {
  const labels: Record<EventAction, string> = { shown: text.shown, fixed: text.fixed, "sent-despite": text.sentDespite, "reported-wrong": text.reportedWrong, blocked: text.blocked };
  return labels[action];
}

export function ReasonsTable({ summary, text, lang }: Props): JSX.Element {
  const when = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Table size="small" aria-label={text.reasons} data-testid="reasons-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.time}</TableHeaderCell>
          <TableHeaderCell>{text.rule}</TableHeaderCell>
          <TableHeaderCell>{text.action}</TableHeaderCell>
          <TableHeaderCell>{text.department}</TableHeaderCell>
          <TableHeaderCell>{text.reason}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {summary.reasons.map((r, i) => (
          <TableRow key={`${r.time}:${i}`}>
            <TableCell>{when.format(new Date(r.time))}</TableCell>
            <TableCell>{r.rule}</TableCell>
            <TableCell>{actionLabel(r.action, text)}</TableCell>
            <TableCell>{r.department || text.noDepartment}</TableCell>
            <TableCell data-testid="reason-text" style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
              {r.reason}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ScorecardTable({ summary, text }: Props): JSX.Element {
  return (
    <Table size="small" aria-label={text.scorecard} data-testid="scorecard-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.department}</TableHeaderCell>
          {SCORE_DIMENSIONS.map((d) => (
            <TableHeaderCell key={d}>{text.dimensions[d]}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {summary.scorecard.map((row) => (
          <TableRow key={row.department}>
            <TableCell>{row.department || text.noDepartment}</TableCell>
            {SCORE_DIMENSIONS.map((d) => (
              <TableCell key={d}>{row.scores[d] === null ? "–" : String(row.scores[d])}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
