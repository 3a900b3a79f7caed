import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ComplianceSummary } from "../../compliance/summary";
import type { Lang } from "../../policy/types";
import { usePersonNames, type NameResolver } from "../directory-names";
import type { AdminStrings } from "../strings";
import { PeopleTable } from "./FigureTables";

// The per-person figures (only when the policy enables them), with the names from the
// directory on an administrator's request: until then, and for anyone the directory does not
// have, the pseudonymous key shows.

export function PeopleSection({ summary, text, lang, resolver }: { summary: ComplianceSummary; text: AdminStrings; lang: Lang; resolver?: NameResolver }): JSX.Element {
  const [state, lookUp] = usePersonNames(resolver);
  const keys = Array.from(new Set((summary.byPerson ?? []).map((p) => p.userKey)));
  return (
    <>
      {resolver && (
        <div>
          <Button onClick={() => lookUp(keys)} disabled={state.status === "loading" || keys.length === 0} data-testid="show-names">
            {text.showNames}
          </Button>
        </div>
      )}
      {state.status === "loading" && <Spinner size="small" label={text.namesLoading} />}
      {state.status === "ready" && (
        <MessageBar intent="info" data-testid="names-status">
          <MessageBarBody>{text.namesFound(state.names.size, state.rows)}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent="warning" data-testid="names-status">
          <MessageBarBody>{text.namesFailed}</MessageBarBody>
        </MessageBar>
      )}
      <PeopleTable summary={summary} text={text} lang={lang} names={state.names} />
    </>
  );
}
