import type { SimAsyncResult, SimCallback, SimFailure, SimRecipient } from "./sim-types";

// How the sim reads Office.js's calling conventions: optional trailing options and callback,
// recipients given as strings or objects, read-only properties as live getters.

export function toRecipient(input: unknown): SimRecipient {
  if (typeof input === "string") return { displayName: input, emailAddress: input, recipientType: "user" };
  const r = (input ?? {}) as Record<string, unknown>;
  const address = String(r.emailAddress ?? r.address ?? "");
  return { displayName: String(r.displayName ?? r.name ?? address), emailAddress: address, recipientType: String(r.recipientType ?? "user") };
}

/** Splits Office.js's optional-argument convention: (...args, [options], [callback]). */
export function splitArgs(args: unknown[]): { rest: unknown[]; options: Record<string, unknown>; callback?: SimCallback<unknown> } {
  const list = [...args];
  const callback = typeof list[list.length - 1] === "function" ? (list.pop() as SimCallback<unknown>) : undefined;
  return { rest: list, options: {}, callback };
}

/** Adds live read-only properties (Office.js exposes these as properties, not functions). */
export function withGetters<T extends object>(target: T, getters: Record<string, () => unknown>): T {
  for (const [name, get] of Object.entries(getters)) Object.defineProperty(target, name, { get, enumerable: true, configurable: true });
  return target;
}

export function optionsOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? (value as Record<string, unknown>) : {};
}

/** Compares dotted versions numerically: "1.10" is above "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((p) => parseInt(p, 10) || 0);
  const pb = b.split(".").map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function failedResult<T>(name: string, failure: Extract<SimFailure, { kind: "error" }>, asyncContext: unknown): SimAsyncResult<T> {
  return {
    status: "failed",
    value: undefined,
    error: { name: failure.name ?? "GenericError", message: failure.message ?? `${name}: simulated failure`, code: failure.code ?? 9020 },
    asyncContext,
  };
}

/** The call's value, or the documented failure shape when computing it threw (an invalid argument). */
export function computedResult<T>(compute: () => T, asyncContext: unknown): SimAsyncResult<T> {
  try {
    return { status: "succeeded", value: compute(), asyncContext };
  } catch (e) {
    const err = e as { name?: string; message?: string; code?: number };
    return { status: "failed", value: undefined, error: { name: err.name ?? "Error", message: err.message ?? String(e), code: err.code ?? 9020 }, asyncContext };
  }
}
