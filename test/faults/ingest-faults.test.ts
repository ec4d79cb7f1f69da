import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpusFiles } from "../../bench/synthetic.js";

/**
 * Faults, with the real CLI in child processes on a generated corpus: kill -9 mid-ingest then
 * resume; Ctrl-C mid-ingest then resume; two ingest processes on one database. Each result is
 * compared with one uninterrupted run: no duplicates, nothing lost.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = mkdtempSync(join(tmpdir(), "dealgraph-faults-"));
const N = 2000;
let corpus: string[] = [];

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", join(root, "test/support/dealgraph.ts"), ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, out, err })));
}

interface Snapshot {
  documents: number;
  distinctHashes: number;
  hashes: string;
  mentions: number;
  events: number;
  claims: number;
  entities: number;
}

function snapshot(path: string): Snapshot {
  const db = new Database(path, { fileMustExist: true });
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const s = {
    documents: n("SELECT count(*) AS n FROM documents"),
    distinctHashes: n("SELECT count(DISTINCT hash) AS n FROM documents"),
    hashes: (db.prepare("SELECT group_concat(hash) AS h FROM (SELECT hash FROM documents ORDER BY hash)").get() as { h: string }).h,
    mentions: n("SELECT count(*) AS n FROM mentions"),
    events: n("SELECT count(*) AS n FROM events"),
    claims: n("SELECT count(*) AS n FROM claims"),
    entities: n("SELECT count(*) AS n FROM entities"),
  };
  db.close();
  return s;
}

/** Documents committed so far, read by another connection while the writer runs. */
function committed(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { fileMustExist: true, timeout: 100 });
    try {
      return (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or migrated yet
  }
}

async function whenCommitted(path: string, atLeast: number): Promise<number> {
  for (;;) {
    const n = committed(path);
    if (n >= atLeast) return n;
    await new Promise((r) => setTimeout(r, 10));
  }
}

let baseline: Snapshot;

beforeAll(async () => {
  corpus = writeCorpusFiles(join(dir, "corpus"), N, 42);
  const r = await finished(cli(["ingest", ...corpus, "--db", join(dir, "baseline.db"), "--batch", "50"]));
  expect(r.code).toBe(0);
  baseline = snapshot(join(dir, "baseline.db"));
  expect(baseline.documents).toBe(N);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ingest faults", () => {
  it("kill -9 mid-run, then the same command again: no duplicates, nothing lost", async () => {
    const db = join(dir, "killed.db");
    const args = ["ingest", ...corpus, "--db", db, "--batch", "50"];
    const child = cli(args);
    const done = finished(child);
    await whenCommitted(db, 100);
    child.kill("SIGKILL");
    const killed = await done;
    expect(killed.signal).toBe("SIGKILL");
    const atKill = snapshot(db);
    expect(atKill.documents).toBeLessThan(N); // it really was interrupted
    expect(atKill.documents % 50).toBe(0); // whole batches only: the one in flight was rolled back
    const resumed = await finished(cli(args));
    expect(resumed.code).toBe(0);
    expect(resumed.out).toMatch(new RegExp(`${atKill.documents} already stored`, "u"));
    expect(snapshot(db)).toEqual(baseline);
  }, 60_000);

  it("Ctrl-C finishes the batch in flight, exits 130, and the rerun resumes", async () => {
    const db = join(dir, "interrupted.db");
    const args = ["ingest", ...corpus, "--db", db, "--batch", "50"];
    const child = cli(args);
    const done = finished(child);
    await whenCommitted(db, 100);
    child.kill("SIGINT");
    const r = await done;
    expect(r.code).toBe(130);
    expect(r.err).toMatch(/interrupted: finishing the batch in progress/u);
    expect(r.out).toMatch(/interrupted: run the same command again to resume/u);
    expect(snapshot(db).documents).toBeLessThan(N);
    expect((await finished(cli(args))).code).toBe(0);
    expect(snapshot(db)).toEqual(baseline);
  }, 60_000);

  it("two ingest processes on one database take turns and store each document once", async () => {
    const db = join(dir, "two.db");
    const half = Math.floor(N * 0.6);
    // overlapping halves, one of them with worker threads
    const a = finished(cli(["ingest", ...corpus.slice(0, half), "--db", db, "--batch", "40"]));
    const b = finished(cli(["ingest", ...corpus.slice(N - half).reverse(), "--db", db, "--batch", "40", "--jobs", "2"]));
    const [ra, rb] = await Promise.all([a, b]);
    expect([ra.code, rb.code, ra.err, rb.err]).toEqual([0, 0, "", ""]);
    const s = snapshot(db);
    expect(s.documents).toBe(N);
    expect(s.distinctHashes).toBe(N);
    expect(s.hashes).toBe(baseline.hashes);
  }, 60_000);
});
