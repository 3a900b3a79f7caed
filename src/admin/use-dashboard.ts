import { useCallback, useState } from "react";
import type { ComplianceSummary } from "../compliance/summary";
import { downloadCsv, fetchSummary, type DateRange } from "./api";
import type { TokenSource } from "./sign-in";

// The dashboard's state and calls: sign in, load the summary for a range, export it.

export type DashboardStatus = "signed-out" | "loading" | "ready" | "forbidden" | "unreachable" | "not-configured";

export interface DashboardState {
  status: DashboardStatus;
  summary?: ComplianceSummary;
  exportFailed: boolean;
}

export function defaultRange(today = new Date()): DateRange {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

export function useDashboard(serviceUrl: string, tokens: TokenSource) {
  const [state, setState] = useState<DashboardState>({ status: serviceUrl ? "signed-out" : "not-configured", exportFailed: false });
  const [range, setRange] = useState<DateRange>(defaultRange);

  const load = useCallback(
    async (wanted: DateRange) => {
      setState((s) => ({ ...s, status: "loading" }));
      let token: string;
      try {
        token = await tokens.getToken();
      } catch {
        setState({ status: "signed-out", exportFailed: false });
        return;
      }
      const answer = await fetchSummary(serviceUrl, token, wanted);
      setState(answer.ok ? { status: "ready", summary: answer.value, exportFailed: false } : { status: answer.problem, exportFailed: false });
    },
    [serviceUrl, tokens],
  );

  const signIn = useCallback(async () => {
    try {
      await tokens.signIn();
    } catch {
      setState({ status: "signed-out", exportFailed: false });
      return;
    }
    await load(range);
  }, [tokens, load, range]);

  const exportCsv = useCallback(async () => {
    const ok = await tokens.getToken().then(
      (token) => downloadCsv(serviceUrl, token, range),
      () => false,
    );
    setState((s) => ({ ...s, exportFailed: !ok }));
  }, [tokens, serviceUrl, range]);

  return { state, range, setRange, load: () => load(range), signIn, exportCsv };
}
