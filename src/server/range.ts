import { z } from "zod";
import { DAY_MS } from "./store/retention";

// ?from=YYYY-MM-DD&to=YYYY-MM-DD for the summary and the export: default the last 90 days,
// at most ten years, from not after to.

const ISO_DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "a real date");
const DEFAULT_DAYS = 90;
const MAX_DAYS = 3660;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export const rangeQuerySchema = z
  .object({ from: ISO_DAY.optional(), to: ISO_DAY.optional() })
  .strict()
  .transform((q) => {
    const to = q.to ?? isoDay(Date.now());
    const from = q.from ?? isoDay(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * DAY_MS);
    return { from, to };
  })
  .refine((r) => r.from <= r.to, "from must not be after to")
  .refine((r) => Date.parse(`${r.to}T00:00:00Z`) - Date.parse(`${r.from}T00:00:00Z`) <= MAX_DAYS * DAY_MS, "at most ten years at once");

export type RangeQuery = z.output<typeof rangeQuerySchema>;
