// Recognizers: throughput of all of them together, the seed's money figures, and how often the
// devset's gold strings (融资金额, 融资轮次, 事件时间/披露时间) come out as exact mention spans.
// `node --import tsx bench/run.ts recognize`
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { recognize } from "../src/pipeline/3-recognize/index.js";
import { clearSegmentCaches } from "../src/pipeline/3-recognize/segment.js";
import type { Mention, Money, RecognizeContext } from "../src/pipeline/3-recognize/types.js";
import { minimalClean } from "./lib/minimal-clean.js";
import { syntheticNews } from "./lib/synthetic-news.js";
import { SHARED } from "./accuracy.bench.js";
import type { BenchResult } from "./types.js";

// The shared folder as accuracy.bench.ts finds it (../shared beside the repository, or DEALGRAPH_SHARED).
const SEED = join(SHARED, "seed", "000_6b8d2137a611826f.txt");
const GOLD = join(SHARED, "seed", "gold.json");
const DEVSET = join(SHARED, "devset");

/**
 * MB of UTF-8 per second of this process's CPU time (user + system), so the figure means "on one
 * core" even when other work shares the machine; wall-clock MB/s is reported beside it. With
 * `unseen`, jieba's remembered windows and tags are forgotten before every document, as for text
 * never seen before (repeated texts otherwise find their windows segmented already).
 */
function throughput(name: string, docs: readonly string[], unseen = false): BenchResult[] {
  const ctx: RecognizeContext = { documentDate: "2024-10-15T16:57:00+08:00", language: "zh" };
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0);
  for (const d of docs.slice(0, 200)) recognize(d, ctx); // warm up
  let bestCpu = Infinity;
  let bestWall = Infinity;
  for (let round = 0; round < 3; round++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    if (unseen) {
      for (const d of docs) {
        clearSegmentCaches();
        recognize(d, ctx);
      }
    } else {
      for (const d of docs) recognize(d, ctx);
    }
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
    bestWall = Math.min(bestWall, wall);
  }
  const perCore = bytes / 1e6 / bestCpu;
  if (unseen) return [{ name: `${name}, per CPU second`, value: perCore, unit: "MB/s" }];
  return [
    { name: `${name}, per CPU second`, value: perCore, unit: "MB/s", target: ">= 10", pass: perCore >= 10 },
    { name: `${name}, wall clock`, value: bytes / 1e6 / bestWall, unit: "MB/s" },
  ];
}

// --- the seed's money figures -------------------------------------------------------------

interface GoldMoney {
  value?: number;
  min?: number;
  max?: number;
  currency: string;
  qualifier: string;
  text: string | null;
}

function goldFigures(gold: { events: Record<string, unknown>[] }): { key: string; fig: GoldMoney }[] {
  const out: { key: string; fig: GoldMoney }[] = [];
  const add = (key: string, f: unknown): void => {
    const g = f as GoldMoney | null;
    if (g && typeof g === "object" && typeof g.currency === "string" && g.text) out.push({ key, fig: g });
  };
  for (const e of gold.events) {
    const key = String(e.key);
    const amount = e.amount as (GoldMoney & { reported?: unknown[]; converted?: unknown }) | null;
    if (amount) {
      for (const r of amount.reported ?? []) add(`${key} amount`, r);
      add(`${key} amount`, amount);
      add(`${key} converted`, amount.converted);
    }
    add(`${key} valuation`, e.valuation);
  }
  return out;
}

function sameFigure(m: Money, g: GoldMoney): boolean {
  if (m.currency !== g.currency || m.qualifier !== g.qualifier) return false;
  const v = g.value ?? null;
  switch (g.qualifier) {
    case "exact":
    case "about":
      return m.min === v && m.max === v;
    case "at_least":
      return m.min === (g.min ?? v);
    case "at_most":
      return m.max === (g.max ?? v);
    default:
      return m.min === (g.min ?? null) && m.max === (g.max ?? null);
  }
}

function seedFigures(): BenchResult[] {
  if (!existsSync(SEED) || !existsSync(GOLD)) return [{ name: "seed money figures (seed absent, skipped)", value: 0, unit: "" }];
  const clean = minimalClean(readFileSync(SEED, "utf8"));
  const posted = /時間:\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(clean.original);
  const documentDate = posted ? `${posted[1]}-${posted[2]!.padStart(2, "0")}-${posted[3]!.padStart(2, "0")}` : null;
  const mentions = recognize(clean.text, { documentDate, language: "zh" }).filter((m) => m.kind === "money") as Mention<"money">[];
  const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { events: Record<string, unknown>[] };
  const results: BenchResult[] = [];
  let found = 0;
  const figures = goldFigures(gold);
  for (const { key, fig } of figures) {
    const goldText = minimalClean(fig.text!).text;
    const hit = mentions.find((m) => goldText.includes(m.text) && sameFigure(m.value, fig));
    if (hit) found++;
    results.push({ name: `seed ${key}: ${fig.text}`, value: hit ? 1 : 0, unit: hit ? `"${hit.text}"` : "missing", target: "found", pass: !!hit });
  }
  results.push({ name: "seed money figures found", value: found, unit: `of ${figures.length}`, target: `${figures.length}`, pass: found === figures.length });
  return results;
}

// --- devset recall of gold strings as exact mention spans ----------------------------------

interface DevDoc {
  id: string;
  title: string;
  text: string;
  event_list: { arguments: { role: string; argument: string }[] }[];
}

function devsetRecall(file: string, lang: string): BenchResult[] {
  if (!existsSync(file)) return [{ name: `${file} absent, skipped`, value: 0, unit: "" }];
  const tally: Record<"money" | "round" | "date", [number, number]> = { money: [0, 0], round: [0, 0], date: [0, 0] };
  const misses: Record<keyof typeof tally, string[]> = { money: [], round: [], date: [] };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as DevDoc;
    const clean = minimalClean(`${doc.title}\n${doc.text}`);
    const mentions = recognize(clean.text, { documentDate: null, language: lang });
    const originals = (kind: string): Set<string> =>
      new Set(mentions.filter((m) => m.kind === kind).map((m) => clean.originalSlice(m.span)));
    const money = originals("money");
    const dates = originals("date");
    const labels = new Set(
      (mentions.filter((m) => m.kind === "round") as Mention<"round">[])
        .filter((m) => m.value.labelSpan)
        .map((m) => clean.originalSlice(m.value.labelSpan!)),
    );
    const seen = new Set<string>();
    for (const e of doc.event_list) {
      for (const a of e.arguments) {
        const kind = a.role === "融资金额" ? "money" : a.role === "融资轮次" ? "round" : a.role === "事件时间" || a.role === "披露时间" ? "date" : null;
        if (!kind || seen.has(`${kind}|${a.argument}`)) continue;
        seen.add(`${kind}|${a.argument}`);
        const pool = kind === "money" ? money : kind === "round" ? labels : dates;
        tally[kind][1]++;
        if (pool.has(a.argument)) tally[kind][0]++;
        else misses[kind].push(`${doc.id}:${a.argument}`);
      }
    }
  }
  if (process.env.BENCH_VERBOSE) for (const [k, v] of Object.entries(misses)) console.log(`  ${lang} ${k} misses: ${v.join("  ")}`);
  const name = file.split("/").pop()!;
  const pct = (k: keyof typeof tally): number => (tally[k][1] ? (100 * tally[k][0]) / tally[k][1] : 0);
  return [
    { name: `${name} 融资金额 as money spans`, value: pct("money"), unit: `% of ${tally.money[1]}` },
    { name: `${name} 融资轮次 as round labels`, value: pct("round"), unit: `% of ${tally.round[1]}` },
    { name: `${name} 事件/披露时间 as date spans`, value: pct("date"), unit: `% of ${tally.date[1]}` },
  ];
}

function devsetDocs(): string[] {
  const out: string[] = [];
  for (const f of ["zh.jsonl", "en.jsonl", "negatives.jsonl"]) {
    const p = join(DEVSET, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, "utf8").split("\n")) {
      if (line.trim()) out.push(minimalClean((JSON.parse(line) as DevDoc).text).text);
    }
  }
  return out;
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = throughput("all recognizers, synthetic news (5 MB)", syntheticNews(5e6));
  const dev = devsetDocs();
  if (dev.length) {
    const repeated: string[] = [];
    let bytes = 0;
    while (bytes < 5e6) {
      for (const d of dev) {
        repeated.push(d);
        bytes += Buffer.byteLength(d, "utf8");
      }
    }
    results.push(...throughput("all recognizers, devset texts repeated (5 MB)", repeated));
    results.push(...throughput("the same, each document unseen (jieba forgets)", repeated, true));
  }
  results.push(...seedFigures());
  results.push(...devsetRecall(join(DEVSET, "zh.jsonl"), "zh"), ...devsetRecall(join(DEVSET, "en.jsonl"), "en"));
  return results;
}
