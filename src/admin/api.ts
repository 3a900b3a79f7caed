import type { ComplianceSummary } from "../compliance/summary";

// The dashboard's one door to the compliance service: the summary and the CSV export, each
// with the administrator's bearer token.

export type ApiResult<T> = { ok: true; value: T } | { ok: false; problem: "forbidden" | "signed-out" | "unreachable" };

export interface DateRange {
  from: string;
  to: string;
}

function query(range: DateRange): string {
  return `from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`;
}

async function call(url: string, token: string): Promise<ApiResult<Response>> {
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" });
    if (response.status === 403) return { ok: false, problem: "forbidden" };
    if (response.status === 401) return { ok: false, problem: "signed-out" };
    if (!response.ok) return { ok: false, problem: "unreachable" };
    return { ok: true, value: response };
  } catch {
    return { ok: false, problem: "unreachable" };
  }
}

export async function fetchSummary(serviceUrl: string, token: string, range: DateRange): Promise<ApiResult<ComplianceSummary>> {
  const answer = await call(`${serviceUrl}/api/summary?${query(range)}`, token);
  if (!answer.ok) return answer;
  try {
    return { ok: true, value: (await answer.value.json()) as ComplianceSummary };
  } catch {
    return { ok: false, problem: "unreachable" };
  }
}

/** Downloads the export through a temporary blob URL (the token cannot ride on a plain link). */
export async function downloadCsv(serviceUrl: string, token: string, range: DateRange): Promise<boolean> {
  const answer = await call(`${serviceUrl}/api/export.csv?${query(range)}`, token);
  if (!answer.ok) return false;
  const url = URL.createObjectURL(await answer.value.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = `compliance-${range.from}-${range.to}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
