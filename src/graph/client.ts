import { Client, RetryHandler, RetryHandlerOptions, type Context, type Middleware } from "@microsoft/microsoft-graph-client";
import { GraphFailure, MAX_BATCH_SIZE, type BatchRequest, type BatchResponse, type GraphApi, type TokenSource } from "./failure";

export { GraphFailure, MAX_BATCH_SIZE, type BatchRequest, type BatchResponse, type GraphApi, type TokenSource };

// The one door to Microsoft Graph. The official client runs the request through a chain of
// middleware: our token step (the token source is injected, so the same client works with
// MSAL in Outlook, with a fixed token in tests and with the playground's fake directory),
// the library's RetryHandler (429 / 503 / 504, honouring Retry-After), and a transport that
// calls `fetch` (or an in-page fake). Everything above this file sees plain promises and one
// error type, GraphFailure.

export const GRAPH_BASE_URL = "https://graph.microsoft.com/";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface GraphClientOptions {
  tokenSource: TokenSource;
  /** Root of the Graph service, e.g. https://graph.microsoft.com/ or the test server's URL. */
  baseUrl?: string;
  version?: "v1.0" | "beta";
  /** Seconds before the first retry when the answer has no Retry-After (library default 3). */
  retryDelaySeconds?: number;
  maxRetries?: number;
  /** The transport; defaults to the global fetch. */
  fetch?: FetchLike;
  /** Called once per HTTP request that leaves the client (retries included): for counting. */
  onRequest?: (method: string, url: string) => void;
}

type HeaderBag = Record<string, string>;

function setHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) headers.push([name, value]);
  else options.headers = { ...((headers as HeaderBag | undefined) ?? {}), [name]: value };
}

/** Puts the bearer token on every request, and asks once for a fresh token after a 401. */
class TokenHandler implements Middleware {
  private next?: Middleware;
  constructor(private readonly source: TokenSource) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    setHeader(context, "Authorization", `Bearer ${await this.token()}`);
    await this.next?.execute(context);
    if (context.response?.status === 401) {
      setHeader(context, "Authorization", `Bearer ${await this.token(true)}`);
      await this.next?.execute(context);
    }
  }

  /** The library turns a thrown error into its GraphError with `code = error.name`: keep our code. */
  private async token(forceRefresh = false): Promise<string> {
    try {
      return await this.source.getToken(forceRefresh ? { forceRefresh } : undefined);
    } catch (error) {
      const code = error instanceof GraphFailure ? error.code : "needsSignIn";
      throw Object.assign(new Error(error instanceof Error ? error.message : String(error)), { name: code });
    }
  }
}

/** The last link of the chain: the actual HTTP call. */
class TransportHandler implements Middleware {
  constructor(
    private readonly fetchImpl: FetchLike,
    private readonly onRequest?: (method: string, url: string) => void,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === "string" ? context.request : context.request.url;
    const init = (context.options ?? {}) as RequestInit;
    this.onRequest?.(init.method ?? "GET", url);
    context.response = await this.fetchImpl(url, init);
  }
}

interface LibraryError {
  statusCode?: number;
  code?: string | null;
  message?: string;
}

function toFailure(error: unknown): GraphFailure {
  if (error instanceof GraphFailure) return error;
  const e = (error ?? {}) as LibraryError;
  const status = typeof e.statusCode === "number" && e.statusCode > 0 ? e.statusCode : 0;
  const code = typeof e.code === "string" && e.code !== "" ? e.code : status === 0 ? "networkError" : `http${status}`;
  return new GraphFailure(e.message || String(error), status, code);
}

function normalizeBase(baseUrl: string): string {
  return baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
}

export function createGraphApi(options: GraphClientOptions): GraphApi {
  const baseUrl = normalizeBase(options.baseUrl ?? GRAPH_BASE_URL);
  const version = options.version ?? "v1.0";
  const root = `${baseUrl}${version}`;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const retry = new RetryHandler(new RetryHandlerOptions(options.retryDelaySeconds ?? 3, options.maxRetries ?? 3));
  const client = Client.initWithMiddleware({
    baseUrl,
    defaultVersion: version,
    middleware: [new TokenHandler(options.tokenSource), retry, new TransportHandler(fetchImpl, options.onRequest)],
  });

  async function call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toFailure(error);
    }
  }

  /** nextLink is absolute; only links under our own root are followed (the token must not leak). */
  function relativeToRoot(link: string): string {
    if (!link.startsWith(root)) throw new GraphFailure(`refusing to follow a next link outside ${root}`, 0, "foreignNextLink");
    return link.slice(root.length) || "/";
  }

  const api: GraphApi = {
    get: <T>(path: string) => call(() => client.api(path).get() as Promise<T>),
    async getAll<T>(path: string, maxPages = 20): Promise<T[]> {
      const items: T[] = [];
      let next: string | undefined = path;
      for (let page = 0; next !== undefined && page < maxPages; page++) {
        const current: string = next;
        const answer = await call(() => client.api(current).get() as Promise<{ value?: T[]; "@odata.nextLink"?: string }>);
        if (!answer || !Array.isArray(answer.value)) throw new GraphFailure("a collection without a value array", 0, "malformedResponse");
        items.push(...answer.value);
        next = answer["@odata.nextLink"] ? relativeToRoot(answer["@odata.nextLink"]) : undefined;
      }
      return items;
    },
    post: <T>(path: string, body: unknown) => call(() => client.api(path).post(body) as Promise<T>),
    patch: <T>(path: string, body: unknown) => call(() => client.api(path).patch(body) as Promise<T | undefined>),
    async batch(requests: BatchRequest[]): Promise<BatchResponse[]> {
      if (requests.length === 0) return [];
      if (requests.length > MAX_BATCH_SIZE) throw new GraphFailure(`a batch holds at most ${MAX_BATCH_SIZE} requests`, 0, "batchTooLarge");
      const payload = {
        requests: requests.map((r) => ({
          id: r.id,
          method: r.method,
          url: r.url,
          ...(r.body !== undefined ? { body: r.body, headers: { "Content-Type": "application/json", ...(r.headers ?? {}) } } : r.headers ? { headers: r.headers } : {}),
        })),
      };
      const answer = await call(() => client.api("/$batch").post(payload) as Promise<{ responses?: BatchResponse[] }>);
      if (!answer || !Array.isArray(answer.responses)) throw new GraphFailure("a $batch answer without responses", 0, "malformedResponse");
      return answer.responses.filter((r) => r && typeof r.id === "string" && typeof r.status === "number");
    },
  };
  return api;
}
