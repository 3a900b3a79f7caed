import type { Lang } from "../../policy/types";
import { interpolate } from "../../policy/interpolate";

// The progress bar on stderr: files done of the total, messages per second and time left
// (from the bytes read so far), redrawn in place at most five times a second. Only when
// stderr is a terminal: in a pipe or a log file it would be noise.

const LINE = {
  en: "{{bar}} {{files}}/{{total}} files · {{rate}} msg/s · {{left}} left",
  "zh-CN": "{{bar}} {{files}}/{{total}} 个文件 · {{rate}} 封/秒 · 剩余 {{left}}",
  "zh-TW": "{{bar}} {{files}}/{{total}} 個檔案 · {{rate}} 封/秒 · 剩餘 {{left}}",
};

const WIDTH = 24;
const REDRAW_MS = 200;

export interface ProgressTotals {
  files: number;
  bytes: number;
}

export interface ProgressState {
  files: number;
  messages: number;
  bytes: number;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "…";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, "0")}m` : m > 0 ? `${m}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export function progressLine(state: ProgressState, totals: ProgressTotals, elapsedMs: number, lang: Lang): string {
  const share = totals.bytes > 0 ? Math.min(1, state.bytes / totals.bytes) : totals.files > 0 ? state.files / totals.files : 1;
  const filled = Math.round(share * WIDTH);
  const bar = `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}]`;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(state.messages / seconds) : 0;
  const left = share > 0 ? (seconds / share) * (1 - share) : Infinity;
  return interpolate(LINE[lang], { bar, files: state.files, total: totals.files, rate, left: duration(left) });
}

export class Progress {
  private last = 0;
  private drawn = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly totals: ProgressTotals,
    private readonly lang: Lang,
    private readonly clock: () => number,
    private readonly started = clock(),
  ) {}

  update(state: ProgressState): void {
    if (!this.enabled) return;
    const now = this.clock();
    if (this.drawn && now - this.last < REDRAW_MS) return;
    this.last = now;
    this.drawn = true;
    this.write(`\r\x1b[K${progressLine(state, this.totals, now - this.started, this.lang)}`);
  }

  /** Clears the bar so that what follows starts on a clean line. */
  done(): void {
    if (this.enabled && this.drawn) this.write("\r\x1b[K");
  }
}
