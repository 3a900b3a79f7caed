import { useCallback, useEffect, useMemo, useState } from "react";
import { buildDepartmentView, type DepartmentView } from "../graph/departments";
import { GraphFailure } from "../graph/failure";
import type { MeetingT } from "../i18n/meeting-pane";
import type { PaneStatus } from "../pane-shell/PaneShell";
import type { Policy } from "../policy/config";
import type { Person } from "../policy/types";
import { isConsentRefused } from "./graph-problems";
import type { GraphServices } from "./graph-wiring";
import { addressKey } from "./model";

// The attendees' departments and heads from Microsoft Graph (§4.1): looked up once the pane
// is signed in and again when the attendees change (the directory's cache makes repeats free),
// with each failure explained, and a refused consent said for what it is.

export type GraphState = { kind: "checking" } | { kind: "notConfigured" } | { kind: "signedOut" } | { kind: "signingIn" } | { kind: "ready" } | { kind: "error"; message: string };

export interface Directory {
  state: GraphState;
  departments?: DepartmentView;
  failed: ReadonlyMap<string, GraphFailure>;
  signIn: () => Promise<void>;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useDirectory(graph: GraphServices | undefined, people: readonly Person[], policy: Policy, t: MeetingT, report: (s: PaneStatus[]) => void): Directory {
  const [state, setState] = useState<GraphState>({ kind: graph ? "checking" : "notConfigured" });
  const [departments, setDepartments] = useState<DepartmentView | undefined>();
  const [failed, setFailed] = useState<ReadonlyMap<string, GraphFailure>>(new Map());
  const addresses = useMemo(() => people.map((p) => addressKey(p.address)).sort().join(","), [people]);

  const lookUp = useCallback(async () => {
    if (!graph || people.length === 0) return;
    try {
      await graph.session.getToken();
      const result = await graph.directory.lookUp(people.map((p) => p.address));
      const first = Array.from(result.failed.values())[0];
      if (first?.needsSignIn || first?.code === "notConfigured") throw first;
      setDepartments(buildDepartmentView(people, result.entries, policy.departmentHeads));
      setFailed(result.failed);
      setState({ kind: "ready" });
    } catch (error) {
      if (error instanceof GraphFailure && error.code === "notConfigured") setState({ kind: "notConfigured" });
      else if (error instanceof GraphFailure && error.needsSignIn) setState({ kind: "signedOut" });
      else setState({ kind: "error", message: errorText(error) });
    }
    // people changes with every read; the addresses say when the attendees really changed.
  }, [graph, addresses, policy.departmentHeads]);

  useEffect(() => {
    if (state.kind === "checking" || state.kind === "ready") void lookUp();
    // Re-run only when the attendees change or once signed in.
  }, [addresses, state.kind === "ready"]);

  const signIn = useCallback(async () => {
    if (!graph) return;
    setState({ kind: "signingIn" });
    try {
      await graph.session.signIn();
      setState({ kind: "checking" });
      await lookUp();
    } catch (error) {
      setState(error instanceof GraphFailure && error.code === "notConfigured" ? { kind: "notConfigured" } : { kind: "signedOut" });
      report([{ intent: "error", text: isConsentRefused(error) ? t("consentRefused") : t("graphError", { message: errorText(error) }) }]);
    }
  }, [graph, lookUp, report, t]);

  return { state, departments, failed, signIn };
}
