import {
  createOfficeSim,
  sampleAppointment,
  sampleMessage,
  type OfficeSim,
  type SimAppointmentState,
  type SimCallRecord,
  type SimCompletion,
  type SimLaunchEvent,
  type SimMessageState,
  type SimOptions,
} from "../../src/office-sim/office-sim";

// The simulated mailbox, wrapped for Jest: installs a global `Office` (and `OfficeRuntime`)
// for one test, records `event.completed`, and counts sequential waves of Office.js calls.
//
//   const fake = installOfficeFake({ item: fakeMessage({ subject: "" }), displayLanguage: "zh-CN" });
//   afterEach(() => fake.uninstall());

export { sampleAppointment as fakeAppointment, sampleMessage as fakeMessage };
export type { SimAppointmentState, SimMessageState };

export interface OfficeFake {
  sim: OfficeSim;
  /** The installed namespace, typed as Office.js (what the code under test sees). */
  office: typeof Office;
  uninstall: () => void;
  /** A launch event whose completed calls are recorded. */
  launchEvent: (type?: string) => SimLaunchEvent;
  /** Every completed call of every launch event created so far. */
  completions: () => SimCompletion[];
  /** Number of sequential waves among the recorded calls (optionally only the first `upTo`). */
  waves: (upTo?: number) => number;
  /** Waves of the calls made before the first `event.completed`. */
  wavesBeforeCompletion: () => number;
  callNames: () => string[];
}

/**
 * Groups calls into waves: a call issued before any earlier call's callback had fired belongs
 * to the same wave as that call; one issued after a callback fired starts a new wave.
 */
export function countWaves(calls: readonly SimCallRecord[]): number {
  let waves = 0;
  let fired = -1;
  for (const call of calls) {
    if (call.callbacksFiredBefore !== fired) {
      waves += 1;
      fired = call.callbacksFiredBefore;
    }
  }
  return waves;
}

export function installOfficeFake(options: SimOptions = {}): OfficeFake {
  const sim = createOfficeSim(options);
  const uninstall = sim.install();
  return {
    sim,
    office: sim.office as unknown as typeof Office,
    uninstall,
    launchEvent: (type) => sim.createLaunchEvent(type ?? (sim.state.itemType === "message" ? "olkOnMessageSend" : "olkOnAppointmentSend")),
    completions: () => sim.events.flatMap((e) => e.completions),
    waves: (upTo) => countWaves(upTo === undefined ? sim.log : sim.log.slice(0, upTo)),
    wavesBeforeCompletion: () => {
      const first = sim.events.flatMap((e) => e.completions)[0];
      return countWaves(first ? sim.log.slice(0, first.callsBefore) : sim.log);
    },
    callNames: () => sim.log.map((c) => c.name),
  };
}
