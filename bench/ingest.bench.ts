// Ingest N synthetic documents (DEALGRAPH_BENCH_DOCS, default 100000) end to end — `dealgraph
// ingest <dir> --jobs N` of the built CLI, N = DEALGRAPH_BENCH_JOBS (default 2): docs/s and the
// peak RSS of the whole process (worker threads included).
// Quick run: DEALGRAPH_BENCH_DOCS=5000 node --import tsx bench/run.ts ingest
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticCorpus, writeCorpusFiles } from "./synthetic.js";
import Database from "better-sqlite3";
import type { BenchResult } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "out");
const DOCS = Number(process.env.DEALGRAPH_BENCH_DOCS ?? 100_000);
const JOBS = Number(process.env.DEALGRAPH_BENCH_JOBS ?? 2);

async function ingestBench(): Promise<BenchResult[]> {
  const corpusDir = join(out, `corpus-${DOCS}`);
  const list = join(out, `corpus-${DOCS}.list`);
  if (!existsSync(list)) {
    const t = performance.now();
    const paths = writeCorpusFiles(corpusDir, DOCS, 2024);
    writeFileSync(list, `${paths.join("\n")}\n`);
    console.log(`generated ${DOCS} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const db = join(out, `ingest-${DOCS}.db`);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  // measure what users run: the built CLI (its worker threads load dist/pipeline/worker.js)
  execFileSync(process.execPath, [join(here, "..", "node_modules", "typescript", "bin", "tsc"), "-p", join(here, "..", "tsconfig.build.json")], { stdio: "inherit" });
  const r = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", join(here, "ingest-child.ts"), corpusDir, db, String(JOBS)], { encoding: "utf8", maxBuffer: 1 << 24 }));
  console.log(`ran ${r.entry}`);
  const rate = r.summary.done / (r.elapsedMs / 1000);
  const rssMiB = r.maxRssKiB / 1024;
  console.log(`ingested ${r.summary.done} (${r.summary.stored} stored, ${r.summary.failed} failed, ${r.summary.reposts} reposts linked) in ${(r.elapsedMs / 1000).toFixed(1)} s`);
  return [
    { name: `ingest ${DOCS} docs, --jobs ${JOBS}: throughput`, value: rate, unit: "docs/s", target: "≥ 500", pass: rate >= 500 },
    { name: `ingest ${DOCS} docs, --jobs ${JOBS}: peak RSS`, value: rssMiB, unit: "MiB", target: "< 1024", pass: rssMiB < 1024 },
    ...repostAccuracy(db),
  ];
}

/** Repost links against the generator's truth: a link is right when it joins a repost to its original (or a sibling repost). */
function repostAccuracy(path: string): BenchResult[] {
  const truth = new Map<string, string | null>();
  for (const d of syntheticCorpus(DOCS, 2024)) truth.set(d.name, d.repostOf);
  const db = new Database(path, { readonly: true });
  const rows = db.prepare("SELECT d.source AS s, o.source AS o FROM documents d LEFT JOIN documents o ON o.id = d.repost_of").all() as { s: string; o: string | null }[];
  db.close();
  const name = (p: string) => basename(p, ".txt");
  const stored = new Set(rows.map((r) => name(r.s)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const t = truth.get(name(r.s)) ?? null;
    if (r.o) {
      const o = name(r.o);
      if (t && (t === o || truth.get(o) === t)) tp++;
      else fp++;
    } else if (t && stored.has(t)) fn++;
  }
  return [
    { name: `ingest ${DOCS} docs: reposts linked`, value: tp + fp, unit: "docs" },
    { name: `ingest ${DOCS} docs: repost links precision`, value: tp / Math.max(1, tp + fp), unit: "ratio" },
    { name: `ingest ${DOCS} docs: repost links recall`, value: tp / Math.max(1, tp + fn), unit: "ratio" },
  ];
}

export async function run(): Promise<BenchResult[]> {
  mkdirSync(out, { recursive: true });
  return ingestBench();
}
