// The one bridge from Office.js's callback style to promises, so that reads can be issued
// together with Promise.all and no call site needs a cast. Every "…Async" method takes a last
// argument `callback(asyncResult: Office.AsyncResult<T>)`
// (https://learn.microsoft.com/javascript/api/office/office.asyncresult); `officeCall` hands
// the method that callback, so TypeScript checks the value type the caller names against the
// method's own declaration in @types/office-js. Plain Promises and no newer syntax: the
// on-send bundle compiles this for ES2016 runtimes.

/**
 * What this bridge reads of an `Office.AsyncResult<T>`: its status, value and error. A wider
 * type than the real one, so that Office.js's methods accept a callback taking it (and a
 * simulated host may answer with just these fields).
 */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | string;
  value: T;
  error?: Partial<Pick<Office.Error, "name" | "message" | "code">> | null;
}

/** The callback Office.js's "…Async" methods call. */
export type OfficeCallback<T> = (result: AsyncResultLike<T>) => void;

/** Why a call failed: the host answered with a failed AsyncResult, or the call threw. */
export type OfficeFailureKind = "failed" | "threw";

export class OfficeCallError extends Error {
  constructor(
    /** The call, as the caller named it ("body.getAsync"). */
    readonly call: string,
    /** `Office.Error.code` (e.g. 9002 for an internal error), when the host gave one. */
    readonly code: number | undefined,
    message: string,
    readonly kind: OfficeFailureKind = "failed",
    /** `Office.Error.name` (e.g. "PermissionDenied"), when the host gave one. */
    readonly errorName?: string,
  ) {
    super(`${call}: ${message}`);
    this.name = "OfficeCallError";
  }
}

/** An Office.js call's outcome for callers that go on either way. */
export type OfficeOutcome<T> = { ok: true; value: T } | { ok: false; error: OfficeCallError };

function failed(status: unknown): boolean {
  // Office.js's run-time values are strings ("failed"); the type declarations say numbers.
  const failedValue: unknown = typeof Office !== "undefined" && Office.AsyncResultStatus ? Office.AsyncResultStatus.Failed : undefined;
  return status === failedValue || status === "failed" || status === 1;
}

function failureOf<T>(call: string, result: AsyncResultLike<T> | null | undefined): OfficeCallError {
  const error = result ? result.error : undefined;
  const message = error && error.message ? error.message : "failed";
  return new OfficeCallError(call, error ? error.code : undefined, message, "failed", error ? error.name : undefined);
}

/**
 * Runs one callback-style Office.js call and settles with its value: `invoke` passes the
 * callback on as the method's last argument, e.g.
 * `officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Html, cb))`.
 * A synchronous throw and a failed AsyncResult both reject with an OfficeCallError naming the call.
 */
export function officeCall<T>(name: string, invoke: (callback: OfficeCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (!result || failed(result.status)) reject(failureOf(name, result));
        else resolve(result.value);
      });
    } catch (e) {
      reject(new OfficeCallError(name, undefined, e instanceof Error ? e.message : String(e), "threw"));
    }
  });
}

/** Like officeCall, but never rejects: the outcome carries the value or the typed failure. */
export function officeOutcome<T>(name: string, invoke: (callback: OfficeCallback<T>) => void): Promise<OfficeOutcome<T>> {
  return officeCall(name, invoke).then(
    (value): OfficeOutcome<T> => ({ ok: true, value }),
    (error: unknown): OfficeOutcome<T> => ({ ok: false, error: error instanceof OfficeCallError ? error : new OfficeCallError(name, undefined, String(error), "threw") }),
  );
}

/** The value of a call whose failure the caller can do without (undefined then). */
export function officeValue<T>(name: string, invoke: (callback: OfficeCallback<T>) => void): Promise<T | undefined> {
  return officeOutcome(name, invoke).then((outcome) => (outcome.ok ? outcome.value : undefined));
}
