// Child process of bench/ingest.bench.ts: ingest the listed files into a fresh database with N
// worker threads, then print what it measured as one JSON line (peak RSS covers the workers too).
import { readFileSync } from "node:fs";
import { loadRegistry } from "../src/pipeline/5-resolve/registry.js";
import { ingest } from "../src/store/ingest.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";

const [listFile, db, jobs] = process.argv.slice(2);
const inputs = readFileSync(listFile!, "utf8").split("\n").filter(Boolean);
const store = await SqliteStore.open(db!);
const started = performance.now();
const summary = await ingest(store, inputs, { registry: loadRegistry(), jobs: Number(jobs) });
const elapsedMs = performance.now() - started;
const counts = await store.counts();
await store.close();
process.stdout.write(`${JSON.stringify({ summary, counts, elapsedMs, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
