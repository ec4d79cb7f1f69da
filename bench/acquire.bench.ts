// Acquisition on the shared seed (title, author, time recognized) and streaming of a large
// JSON-lines file (flat memory, records per second). `node --import tsx bench/run.ts acquire`
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { InputError } from "../src/core/issue.js";
import { acquire } from "../src/pipeline/1-acquire/index.js";
import type { BenchResult } from "./types.js";

const SHARED = "/work/shared";

export async function run(): Promise<BenchResult[]> {
  return [...(await seed()), ...(await devset()), ...(await streaming())];
}

const check = (name: string, ok: boolean, target: string): BenchResult => ({ name, value: ok ? 1 : 0, unit: "pass", target, pass: ok });

async function seed(): Promise<BenchResult[]> {
  const dir = join(SHARED, "seed");
  if (!existsSync(dir)) {
    console.log(`(skipping the seed checks: ${dir} is absent)`);
    return [];
  }
  const file = readdirSync(dir).find((f) => /^\d+_.*\.txt$/.test(f));
  if (!file) return [check("seed: file found", false, "1")];
  let doc = null;
  for await (const item of acquire([join(dir, file)])) if (!(item instanceof InputError)) doc = item;
  if (!doc) return [check("seed: read", false, "1")];
  const t = doc.meta.titleSpan;
  return [
    check("seed: title", doc.meta.title === "中國大模型融資暗战:罗曼蒂克的快速消亡", "中國大模型融資暗战:罗曼蒂克的快速消亡"),
    check("seed: author", doc.meta.author === "admin", "admin"),
    check("seed: published", doc.meta.published === "2024-10-15T16:57:00+08:00", "2024-10-15T16:57:00+08:00"),
    check("seed: title span points at the title", t !== null && doc.text.original.slice(t.start, t.end) === doc.meta.title, "1"),
    check("seed: text starts with the title line", doc.text.text.startsWith(`${doc.meta.title}\n`), "1"),
    check("seed: no forum chrome left", !/Powered by|打印本頁|作者: admin|時間:|歡迎光臨/.test(doc.text.text), "1"),
  ];
}

async function devset(): Promise<BenchResult[]> {
  const dir = join(SHARED, "devset");
  if (!existsSync(dir)) {
    console.log(`(skipping the devset read: ${dir} is absent)`);
    return [];
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).map((f) => join(dir, f));
  let docs = 0;
  let errors = 0;
  for await (const item of acquire(files)) {
    if (item instanceof InputError) errors++;
    else docs++;
  }
  return [
    { name: "devset: records read", value: docs, unit: "docs" },
    { name: "devset: records refused", value: errors, unit: "docs", target: "0", pass: errors === 0 },
  ];
}

/** 100k JSON-lines records: the heap retained after GC must stay flat while they stream through. */
async function streaming(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "dealgraph-bench-"));
  const file = join(dir, "large.jsonl");
  const n = 100_000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify({ id: `b${i}`, title: `第${i}号公司完成A轮融资`, text: `<p>第${i}号科技有限公司近日宣布完成${(i % 90) + 1}亿元A轮融资，由示例资本领投。</p><p>本轮资金将用于研发。</p>` }));
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
  const bytes = Buffer.byteLength(lines.join("\n")) + 1;
  lines.length = 0;
  // retained memory, not garbage: collect before each sample
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  const heap = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  let count = 0;
  let baseline = 0;
  let peak = 0;
  for await (const item of acquire([file])) {
    if (item instanceof InputError) continue;
    count++;
    if (count === 1000) baseline = heap();
    if (count % 20_000 === 0) peak = Math.max(peak, heap());
  }
  // speed from a second pass without the forced collections
  const again = performance.now();
  for await (const item of acquire([file])) void item;
  const seconds = (performance.now() - again) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const growthMb = Math.max(0, peak - baseline) / (1024 * 1024);
  return [
    { name: "stream 100k JSON-lines records: read", value: count, unit: "docs", target: String(n), pass: count === n },
    { name: "stream 100k JSON-lines records: heap growth", value: growthMb, unit: "MB", target: "< 16 MB (flat)", pass: growthMb < 16 },
    { name: "stream 100k JSON-lines records: speed", value: count / seconds, unit: "docs/s" },
    { name: "stream 100k JSON-lines records: throughput", value: bytes / (1024 * 1024) / seconds, unit: "MB/s" },
  ];
}
