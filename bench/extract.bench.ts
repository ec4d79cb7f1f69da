// The full pipeline (read, normalize, recognize, extract, DuEE output) over a JSON-lines file of
// news-sized documents: documents/s and MB/s per CPU second (target ≥ 1,000 docs/s on one core),
// and peak RSS while 100k documents stream through (memory must stay flat).
// DEALGRAPH_BENCH_DOCS sets the number of documents (default 100000).
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../src/core/issue.js";
import { extract } from "../src/pipeline/4-extract/index.js";
import { toDuee } from "../src/pipeline/4-extract/formats/duee.js";
import { acquire, normalize } from "../src/pipeline/index.js";
import { SHARED } from "./accuracy.bench.js";
import { syntheticNews } from "./lib/synthetic-news.js";
import type { BenchResult } from "./types.js";

/** News-sized texts: the dev set's documents when present, else generated ones. */
function sourceTexts(): { title: string; text: string }[] {
  const files = ["zh.jsonl", "negatives.jsonl", "en.jsonl"].map((f) => join(SHARED, "devset", f)).filter(existsSync);
  if (files.length) {
    return files.flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { title: string; text: string }));
  }
  return syntheticNews(2_000_000).map((text) => ({ title: "", text }));
}

async function writeCorpus(path: string, n: number): Promise<number> {
  const texts = sourceTexts();
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t = texts[i % texts.length]!;
    const line = `${JSON.stringify({ id: `doc-${i}`, title: t.title, text: t.text })}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(r));
  return bytes;
}

export async function run(): Promise<BenchResult[]> {
  const n = Number(process.env.DEALGRAPH_BENCH_DOCS ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), "dealgraph-extract-bench-"));
  const file = join(dir, "corpus.jsonl");
  const bytes = await writeCorpus(file, n);

  // warm-up: load jieba, OpenCC tables and the registry outside the timed run
  const warm = join(dir, "warm.jsonl");
  await writeCorpus(warm, 200);
  for await (const d of acquire([warm])) if (!(d instanceof InputError)) extract(normalize(d));

  let docs = 0;
  let events = 0;
  let peakRss = 0;
  // retained heap after a forced collection: the honest measure of "flat" (RSS also holds garbage
  // V8 has not collected yet); needs node --expose-gc, which `npm run bench` passes
  const gc = (globalThis as { gc?: () => void }).gc;
  let heapAtTenth = 0;
  let heapAtEnd = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for await (const d of acquire([file])) {
    if (d instanceof InputError) continue;
    const doc = normalize(d);
    const { value } = extract(doc);
    events += toDuee(doc, value.events).event_list.length;
    docs++;
    if (docs % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (gc && (docs === Math.max(1000, Math.floor(n / 10)) || docs === n)) {
      gc();
      if (docs === n) heapAtEnd = process.memoryUsage().heapUsed;
      else heapAtTenth = process.memoryUsage().heapUsed;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wall0) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const mb = 1024 * 1024;
  const docsPerCpuSecond = docs / cpuSeconds;
  return [
    { name: `documents processed (${events} events)`, value: docs, unit: "docs" },
    { name: "full pipeline per CPU second", value: docsPerCpuSecond, unit: "docs/s", target: "≥ 1000", pass: docsPerCpuSecond >= 1000 },
    { name: "full pipeline per CPU second", value: bytes / mb / cpuSeconds, unit: "MB/s" },
    { name: "full pipeline per wall-clock second", value: docs / wallSeconds, unit: "docs/s" },
    { name: "peak RSS", value: peakRss / mb, unit: "MiB" },
    ...(gc
      ? [{ name: "retained heap growth, 10% → end of stream", value: (heapAtEnd - heapAtTenth) / mb, unit: "MiB", target: "flat (< 16)", pass: heapAtEnd - heapAtTenth < 16 * mb }]
      : [{ name: "retained heap growth (run with node --expose-gc)", value: Number.NaN, unit: "MiB" }]),
  ];
}
