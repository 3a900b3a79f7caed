import { useRef, useState } from "react";

// The playground's clock: it starts at the moment chosen (?now=, or the time input) and runs
// on from there, so "22:30" stays after hours while a person tries the fixes.

function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function useClock(initial?: string): [() => Date, string, (value: string) => void] {
  const [base, setBase] = useState(() => ({ at: initial ? new Date(initial) : new Date(), setAt: Date.now() }));
  const now = useRef(() => new Date());
  now.current = () => new Date(base.at.getTime() + (Date.now() - base.setAt));
  const stable = useRef(() => now.current());
  return [stable.current, toLocalInput(base.at), (value) => value && setBase({ at: new Date(value), setAt: Date.now() })];
}
