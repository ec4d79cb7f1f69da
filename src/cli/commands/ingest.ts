import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ingest, type IngestSummary } from "../../store/ingest.js";
import { dbPath, registryFor, reportFailure, withStore, type DbOptions } from "../db.js";
import { printJson, type Output } from "../output.js";
import { parsePositiveInt } from "../parse.js";

export interface IngestOptions extends DbOptions {
  jobs?: string;
  batch?: string;
}

/** Bytes the inputs hold, for the progress bar's ETA; null when unknown (stdin, URLs). */
function inputBytes(inputs: readonly string[]): number | null {
  let total = 0;
  const walk = (p: string): boolean => {
    try {
      const st = statSync(p);
      if (st.isFile()) total += st.size;
      else if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
      return true;
    } catch {
      return false;
    }
  };
  for (const i of inputs) if (i === "-" || /^https?:/iu.test(i) || !walk(i)) return null;
  return total;
}

function describe(s: IngestSummary): string {
  const secs = s.elapsedMs / 1000;
  const rate = secs > 0 ? Math.round(s.done / secs) : s.done;
  const parts = [`${s.stored} stored`, `${s.unchanged} already stored`, `${s.failed} failed`];
  if (s.unreadable) parts.push(`${s.unreadable} unreadable`);
  const links = [s.reposts ? `${s.reposts} repost${s.reposts > 1 ? "s" : ""} linked` : "", s.versions ? `${s.versions} new version${s.versions > 1 ? "s" : ""}` : ""].filter(Boolean);
  return (
    `ingested ${s.done} document${s.done === 1 ? "" : "s"}: ${parts.join(", ")}` +
    (links.length ? `; ${links.join(", ")}` : "") +
    `; ${s.eventsCreated} new event${s.eventsCreated === 1 ? "" : "s"}, ${s.eventsMatched} matched to known ones` +
    ` (${secs.toFixed(1)} s, ${rate} docs/s)${s.interrupted ? " — interrupted: run the same command again to resume" : ""}\n`
  );
}

/**
 * `dealgraph ingest <inputs…>`: store each original document and what it says. Same bytes again
 * are skipped, so running the same command after an interruption resumes where it stopped.
 */
export async function ingestCommand(inputs: string[], opts: IngestOptions, io: Output): Promise<number> {
  let registry;
  let jobs: number;
  let batchSize: number;
  try {
    registry = registryFor(opts);
    jobs = opts.jobs === undefined ? 1 : parsePositiveInt(opts.jobs, "--jobs");
    batchSize = opts.batch === undefined ? 256 : parsePositiveInt(opts.batch, "--batch");
  } catch (e) {
    return reportFailure(io, e);
  }
  return withStore(io, dbPath(opts), { mustExist: false }, async (store) => {
    const abort = new AbortController();
    const onSignal = () => {
      if (abort.signal.aborted) process.exit(130); // second Ctrl-C: stop now; the open transaction is rolled back
      abort.abort();
      io.err("dealgraph: interrupted: finishing the batch in progress (Ctrl-C again to stop at once)");
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const problems: string[] = [];
    const started = Date.now();
    const bar = io.progress(inputBytes(inputs));
    let summary: IngestSummary;
    try {
      summary = await ingest(store, inputs, {
        registry,
        jobs,
        batchSize,
        signal: abort.signal,
        onProgress: (p) => bar.update(p.bytes, p.done, p.done / Math.max(0.001, (Date.now() - started) / 1000)),
        onProblem: (source, message) => problems.push(`dealgraph: ${source}: ${message}`),
      });
    } finally {
      bar.stop();
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
    for (const p of problems.slice(0, 20)) io.err(p);
    if (problems.length > 20) io.err(`dealgraph: … and ${problems.length - 20} more problems`);
    if (opts.json) printJson(io, summary);
    else io.out(describe(summary));
    if (summary.interrupted) return 130;
    return summary.stored + summary.unchanged > 0 || inputs.length === 0 ? 0 : 1;
  });
}
