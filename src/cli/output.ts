import cliProgress from "cli-progress";

/**
 * The one module that writes to stdout and stderr. Everything else returns values.
 */
export interface Output {
  out(text: string): void;
  err(line: string): void;
  readonly isTTY: boolean;
  /** A progress bar on stderr; a no-op unless stderr is a terminal. `total` null: no bar, counts only. */
  progress(total: number | null): ProgressBar;
}

export interface ProgressBar {
  /** `value` in the bar's unit (bytes read); `docs` and `rate` (docs/s) are shown beside it. */
  update(value: number, docs: number, rate: number): void;
  stop(): void;
}

const NO_PROGRESS: ProgressBar = { update: () => {}, stop: () => {} };

function stderrProgress(total: number | null): ProgressBar {
  if (!process.stderr.isTTY) return NO_PROGRESS;
  const format =
    total === null ? "{docs} docs | {rate} docs/s | {duration_formatted}" : "{bar} {percentage}% | {docs} docs | {rate} docs/s | ETA {eta_formatted}";
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format, hideCursor: true, clearOnComplete: true, fps: 5, etaBuffer: 200 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { docs: 0, rate: "0" });
  return {
    update: (value, docs, rate) => bar.update(total === null ? 0 : Math.min(value, total), { docs, rate: rate.toFixed(0) }),
    stop: () => bar.stop(),
  };
}

export const processOutput: Output = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (line) => {
    process.stderr.write(`${line}\n`);
  },
  get isTTY() {
    return Boolean(process.stdout.isTTY);
  },
  progress: stderrProgress,
};

/** Collects output in memory; used by tests to run commands without a process. */
export function memoryOutput(): Output & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (t) => void out.push(t),
    err: (l) => void err.push(`${l}\n`),
    isTTY: false,
    progress: () => NO_PROGRESS,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

/** One JSON value, pretty when a person reads it. */
export function printJson(io: Output, value: unknown): void {
  io.out(`${JSON.stringify(value, null, io.isTTY ? 2 : undefined)}\n`);
}
