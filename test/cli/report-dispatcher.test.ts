import { Dispatcher } from "../../src/cli/report/dispatcher";
import type { BatchOutcome, TaskOutcome, TaskRunner } from "../../src/cli/report/pool";
import { Progress } from "../../src/cli/report/progress";
import type { Task, TaskResult } from "../../src/cli/report/types";

// The dispatcher sends tasks in batches; when a batch fails, the failure must land on the file
// that caused it and every other file must still be checked, once.

type Behaviour = "ok" | "slow" | "crash";

/** A runner whose tasks are named for what they do: "a.ok", "b.slow" (over the time limit), "c.crash". */
function fakeRunner(threads = 2): TaskRunner & { batches: string[][] } {
  const batches: string[][] = [];
  return {
    threads,
    batches,
    async run(tasks: Task[]): Promise<BatchOutcome> {
      const names = tasks.map((t) => (t.kind === "file" ? t.path : t.ref));
      batches.push(names);
      await new Promise((resolve) => setTimeout(resolve, 1));
      const results: TaskResult[] = [];
      for (const [i, name] of names.entries()) {
        const behaviour = name.split(".")[1] as Behaviour;
        if (behaviour === "slow") return { ok: false, failure: "timeLimit", detail: "aborted", running: i };
        if (behaviour === "crash") return { ok: false, failure: "crashed", detail: "boom", running: i };
        results.push({ items: [{ ref: name, kind: "mail", sender: "", base: { outcome: "pass", findings: [] } }], problems: [], notes: [] });
      }
      return { ok: true, results };
    },
    close: async () => undefined,
  };
}

async function dispatch(names: string[], runner = fakeRunner()): Promise<{ outcomes: Map<string, string>; runner: ReturnType<typeof fakeRunner>; state: Dispatcher["state"] }> {
  const outcomes = new Map<string, string>();
  const record = (ref: string, outcome: TaskOutcome) => {
    expect(outcomes.has(ref)).toBe(false);
    outcomes.set(ref, outcome.ok ? "checked" : outcome.failure);
  };
  const dispatcher = new Dispatcher(runner, record, new Progress(() => undefined, false, { files: 0, bytes: 0 }, "en", () => 0));
  for (const name of names) await dispatcher.submit({ kind: "file", path: name }, name, 10, true);
  await dispatcher.drain();
  return { outcomes, runner, state: dispatcher.state };
}

describe("Dispatcher", () => {
  it("sends files in batches and reports each once", async () => {
    const names = Array.from({ length: 20 }, (_, i) => `f${i}.ok`);
    const { outcomes, runner, state } = await dispatch(names);
    expect([...outcomes.values()].every((o) => o === "checked")).toBe(true);
    expect(outcomes.size).toBe(20);
    expect(runner.batches.map((b) => b.length)).toEqual([8, 8, 4]);
    expect(state).toEqual({ files: 20, messages: 20, bytes: 200 });
  });

  it("puts a time limit on the file that was running and checks the rest of its batch", async () => {
    const names = ["a.ok", "b.ok", "c.slow", "d.ok", "e.ok", "f.ok", "g.ok", "h.ok", "i.ok"];
    const { outcomes, runner } = await dispatch(names);
    expect(outcomes.get("c.slow")).toBe("timeLimit");
    expect(names.filter((n) => n !== "c.slow").every((n) => outcomes.get(n) === "checked")).toBe(true);
    // The slow file ran once; the others of its batch again, one per batch.
    expect(runner.batches.flat().filter((n) => n === "c.slow")).toHaveLength(1);
    // (i.ok was alone in the second batch.)
    expect(runner.batches.filter((b) => b.length === 1).map((b) => b[0]).sort()).toEqual(["a.ok", "b.ok", "d.ok", "e.ok", "f.ok", "g.ok", "h.ok", "i.ok"]);
  });

  it("finds the file that crashes a worker by running its batch again file by file", async () => {
    const names = ["a.ok", "b.crash", "c.ok", "d.slow"];
    const { outcomes } = await dispatch(names);
    expect(Object.fromEntries(outcomes)).toEqual({ "a.ok": "checked", "b.crash": "crashed", "c.ok": "checked", "d.slow": "timeLimit" });
  });

  it("keeps at most two batches per thread in flight", async () => {
    let inflight = 0;
    let most = 0;
    const runner = fakeRunner(1);
    const run = runner.run.bind(runner);
    runner.run = async (tasks) => {
      most = Math.max(most, ++inflight);
      try {
        return await run(tasks);
      } finally {
        inflight--;
      }
    };
    await dispatch(Array.from({ length: 50 }, (_, i) => `f${i}.ok`), runner);
    expect(most).toBe(2);
  });
});
