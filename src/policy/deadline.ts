// A deadline the caller can hold: the engine stops between rules once it has passed, and the
// costly rules ask between their segments (RuleContext.checkpoint). The clock is injected so
// that a test can move time on its own.

/** Milliseconds on the caller's clock (`Date.now()` unless a clock is given). */
export type Clock = () => number;

/** Thrown by a checkpoint once the deadline has passed; the engine records the rule as not run. */
export class DeadlinePassed extends Error {
  constructor() {
    super("The check's deadline has passed.");
    this.name = "DeadlinePassed";
  }
}

export interface Deadline {
  /** True once the deadline has passed. */
  passed(): boolean;
  /** Throws DeadlinePassed once the deadline has passed. */
  checkpoint(): void;
}

const NO_DEADLINE: Deadline = { passed: () => false, checkpoint: () => undefined };

export function createDeadline(at: number | undefined, clock: Clock = Date.now): Deadline {
  if (at === undefined || Number.isNaN(at)) return NO_DEADLINE;
  const passed = (): boolean => clock() >= at;
  return {
    passed,
    checkpoint() {
      if (passed()) throw new DeadlinePassed();
    },
  };
}
