// Child process of bench/ingest.bench.ts: `dealgraph ingest <corpus dir> --jobs N` through the
// CLI's own entry (the built one in dist/, so worker threads run built code as users' do), then
// one JSON line: the ingest summary and the peak RSS of the whole process (workers included).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Output } from "../src/cli/output.js";

const [corpus, db, jobs] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "dist", "cli", "main.js");
const entry = existsSync(built) ? built : join(root, "src", "cli", "main.ts");
const { main } = (await import(pathToFileURL(entry).href)) as { main: (argv: string[], io: Output) => Promise<number> };
let out = "";
const io: Output = { out: (t) => void (out += t), err: (l) => void process.stderr.write(`${l}\n`), isTTY: false, progress: () => ({ update: () => {}, stop: () => {} }) };
const started = performance.now();
const code = await main(["ingest", corpus!, "--db", db!, "--jobs", jobs!, "--json"], io);
const elapsedMs = performance.now() - started;
process.stdout.write(`${JSON.stringify({ code, entry, summary: JSON.parse(out), elapsedMs, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
