// The vocabulary of the fake Graph (meeting-graph.ts): what it is asked and answers, the
// faults a test can inject, its documented error body, and the sample directory.

export interface FakeUser {
  displayName: string;
  mail: string;
  department?: string;
  /** Address of the manager, who must be a FakeUser too. */
  manager?: string;
  jobTitle?: string;
}

export interface FakeRequest {
  method: string;
  /** Path after the version, with its query: "/users/a%40b.com?$select=..." */
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  /** True for a sub-request of a $batch. */
  inBatch?: boolean;
}

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  /** A JSON value, or a raw string sent as is (malformed answers). */
  body?: unknown;
  raw?: string;
  delayMs?: number;
}

export interface Fault {
  /** Matched against "METHOD /path?query" (decoded). */
  match: RegExp;
  status?: number;
  code?: string;
  retryAfterSeconds?: number;
  /** Sent instead of a JSON body. */
  raw?: string;
  /** Answer after this many milliseconds (the answer itself unchanged unless status is set). */
  delayMs?: number;
  /** How many matching requests it applies to (default 1). */
  times?: number;
  /** Only top-level requests, or only sub-requests of a batch. */
  scope?: "top" | "batch" | "any";
}

export interface FakeGraphOptions {
  users: FakeUser[];
  /** Address of the signed-in user. */
  me: string;
  /** Tokens accepted in Authorization; undefined: any bearer token. */
  validTokens?: string[];
  /** Page size of collections (todo lists). */
  pageSize?: number;
  /** The base URL nextLinks are written with, e.g. "http://127.0.0.1:1234/v1.0". */
  root?: string;
  /** Events the product PATCHes without having been created here first are created (the playground). */
  autoCreateEvents?: boolean;
}

export const CUSTOM_TYPES = { "Content-Type": "application/json; charset=utf-8" };

export function graphError(status: number, code: string, message: string, extra: Record<string, string> = {}): FakeResponse {
  return { status, headers: { ...CUSTOM_TYPES, ...extra }, body: { error: { code, message, innerError: { date: new Date(0).toISOString(), "request-id": "fake" } } } };
}

export function ok(body: unknown, status = 200): FakeResponse {
  return { status, headers: { ...CUSTOM_TYPES }, body };
}

export function splitPath(path: string): { segments: string[]; query: URLSearchParams } {
  const [p, q = ""] = path.split("?", 2);
  return { segments: p.split("/").filter(Boolean).map((s) => decodeURIComponent(s)), query: new URLSearchParams(q) };
}

export function select<T extends object>(value: T, query: URLSearchParams): Partial<T> {
  const fields = query.get("$select");
  if (!fields) return value;
  const keep = new Set(fields.split(",").map((f) => f.trim()));
  return Object.fromEntries(Object.entries(value).filter(([k]) => keep.has(k) || k.startsWith("@odata"))) as Partial<T>;
}

let counter = 0;
export const newId = (prefix: string) => `${prefix}${(++counter).toString(36).padStart(6, "0")}`;

/** A small org across three departments, for the playground and the tests. */
export function sampleDirectory(): FakeUser[] {
  return [
    { displayName: "Tom Chen", mail: "tom.chen@contoso.com", department: "IT", manager: "zhang.min@contoso.com" },
    { displayName: "Lisa Wang", mail: "lisa.wang@contoso.com", department: "IT", manager: "zhang.min@contoso.com" },
    { displayName: "李娜", mail: "li.na@contoso.com", department: "Finance", manager: "zhou.jie@contoso.com" },
    { displayName: "陳志明", mail: "chen.zhiming@contoso.com", department: "Sales", manager: "he.li@contoso.com" },
    { displayName: "张敏", mail: "zhang.min@contoso.com", department: "IT", jobTitle: "Head of IT" },
    { displayName: "周杰", mail: "zhou.jie@contoso.com", department: "Finance", jobTitle: "CFO" },
    { displayName: "何丽", mail: "he.li@contoso.com", department: "Sales", jobTitle: "Head of Sales" },
  ];
}
