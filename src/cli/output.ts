/**
 * The one module that writes to stdout and stderr. Everything else returns values.
 */
export interface Output {
  out(text: string): void;
  err(line: string): void;
  readonly isTTY: boolean;
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
};

/** Collects output in memory; used by tests to run commands without a process. */
export function memoryOutput(): Output & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (t) => void out.push(t),
    err: (l) => void err.push(`${l}\n`),
    isTTY: false,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}
