// What the rest of the product knows of Microsoft Graph without loading its client: the one
// error type, the API the client offers, and where tokens come from. Importing this module
// costs nothing; the Graph SDK loads with client.ts, when the pane first needs Graph.

/** Where tokens come from. `forceRefresh` is asked once after a 401. */
export interface TokenSource {
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
}

/** A Graph call that did not give an answer the product can use. */
export class GraphFailure extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the network failed or the answer could not be read. */
    readonly status: number,
    /** Graph's error code (e.g. "Request_ResourceNotFound", "ErrorAccessDenied"). */
    readonly code: string,
  ) {
    super(message);
    this.name = "GraphFailure";
  }

  /** True when signing in again (or consenting) could help. */
  get needsSignIn(): boolean {
    return this.status === 401 || this.code === "needsSignIn";
  }
}

export interface BatchRequest {
  id: string;
  method: "GET" | "POST" | "PATCH";
  /** Relative to the version root, starting with "/" (e.g. "/users/a@b.com"). */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** JSON batching accepts at most 20 requests (documented limit of /$batch). */
export const MAX_BATCH_SIZE = 20;

export interface GraphApi {
  get<T>(path: string): Promise<T>;
  /** Follows @odata.nextLink until the collection ends (or `maxPages` is reached). */
  getAll<T>(path: string, maxPages?: number): Promise<T[]>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T | undefined>;
  /** One POST /$batch; throws when the batch itself fails, not when some of its requests fail. */
  batch(requests: BatchRequest[]): Promise<BatchResponse[]>;
}
