// One small bridge from Office.js's callback style to promises, so that reads can be issued
// together with Promise.all instead of nesting callbacks.

/** The part of `Office.AsyncResult` this bridge needs. */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | string;
  value: T;
  error?: { name?: string; message?: string; code?: number } | null;
}

export class OfficeCallError extends Error {
  constructor(
    readonly call: string,
    readonly code: number | undefined,
    message: string,
  ) {
    super(`${call}: ${message}`);
    this.name = "OfficeCallError";
  }
}

function failed(status: unknown): boolean {
  // Office.js's run-time values are strings ("failed"); the type declarations say numbers.
  const failedValue: unknown = typeof Office !== "undefined" ? Office.AsyncResultStatus?.Failed : undefined;
  return status === failedValue || status === "failed" || status === 1;
}

/**
 * Runs one callback-style Office.js call and settles with its value. A synchronous throw and a
 * failed AsyncResult both reject with an OfficeCallError naming the call.
 */
export function officeCall<T>(name: string, invoke: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (!result || failed(result.status)) {
          reject(new OfficeCallError(name, result?.error?.code, result?.error?.message ?? "failed"));
        } else {
          resolve(result.value);
        }
      });
    } catch (e) {
      reject(new OfficeCallError(name, undefined, e instanceof Error ? e.message : String(e)));
    }
  });
}
