import type { FastifyRequest } from "fastify";
import type { Caller } from "../auth";

// The verified caller, set by the authentication hook before any /api route runs.

const CALLERS = new WeakMap<FastifyRequest, Caller>();

export function setCaller(request: FastifyRequest, caller: Caller): void {
  CALLERS.set(request, caller);
}

export function callerOf(request: FastifyRequest): Caller {
  const caller = CALLERS.get(request);
  if (!caller) throw new Error("no verified caller on this request");
  return caller;
}

export function maybeCallerOf(request: FastifyRequest): Caller | undefined {
  return CALLERS.get(request);
}
