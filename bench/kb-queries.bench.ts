// Query latency p50/p95 of the company, investor and rounds reports (what the commands run,
// without printing) on a database of DEALGRAPH_BENCH_EVENTS events (default 1000000), generated
// directly into the store through the Store interface and kept in bench/out/ for later runs.
// Quick run: DEALGRAPH_BENCH_EVENTS=50000 node --import tsx bench/run.ts kb-queries
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Stage } from "../src/pipeline/3-recognize/types.js";
import { nameKey } from "../src/pipeline/5-resolve/names.js";
import { EMPTY_REGISTRY } from "../src/pipeline/5-resolve/registry.js";
import { companyReport, findEntity, investorReport, roundsReport } from "../src/store/reports.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { rng } from "./synthetic.js";
import type { BenchResult } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "out");
const EVENTS = Number(process.env.DEALGRAPH_BENCH_EVENTS ?? 1_000_000);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

const STAGES: Stage[] = ["seed", "angel", "pre-a", "a", "a+", "b", "b+", "c", "d", "strategic", "unnamed"];

/** Companies, investors and events straight into the store, through the Store interface. */
async function generateEvents(path: string, n: number): Promise<void> {
  const store = await SqliteStore.open(path);
  const r = rng(7);
  const companies = Math.max(10, Math.floor(n / 4));
  const investors = Math.max(10, Math.floor(n / 50));
  const t = performance.now();
  const alias = (entityId: number, name: string) => ({ entityId, name, key: nameKey(name), core: null, source: "name" as const, documentId: null, evidence: null });
  const companyIds: number[] = [];
  const investorIds: number[] = [];
  await store.transaction(async () => {
    for (let i = 0; i < companies; i++) {
      const e = await store.create({ name: `company-${i}`, kind: "company", registryId: null });
      await store.addAlias(alias(e.id, e.name));
      companyIds.push(e.id);
    }
    for (let i = 0; i < investors; i++) {
      const e = await store.create({ name: `investor-${i}`, kind: "investor", registryId: null });
      await store.addAlias(alias(e.id, e.name));
      investorIds.push(e.id);
    }
  });
  const BATCH = 10_000;
  for (let start = 0; start < n; start += BATCH) {
    await store.transaction(async () => {
      for (let i = start; i < Math.min(n, start + BATCH); i++) {
        const company = companyIds[Math.floor(r() * companies)]!;
        const day = `${2015 + Math.floor(r() * 10)}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
        const stage = STAGES[Math.floor(r() * STAGES.length)]!;
        const usd = r() < 0.15 ? null : Math.round(10 ** (6 + r() * 3.5));
        const currency: "CNY" | "USD" = r() < 0.6 ? "CNY" : "USD";
        const amount = usd === null ? null : currency === "USD" ? usd : Math.round(usd / 0.14);
        // a few investors, skewed: some invest far more often than others
        const parts = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => investorIds[Math.floor(investors * r() * r())]!))];
        const id = await store.createEvent(company, "2025-01-01T00:00:00Z");
        const money = amount === null ? null : { min: amount, max: amount, currency, qualifier: "exact" as const };
        const claim = (field: "amount" | "round" | "date" | "investor" | "lead", value: unknown) => ({
          eventId: id, field, value, text: "", documentId: null, mentionId: null, span: null, quote: null, qualifiers: {}, reportedOn: day, correction: false,
        });
        await store.addClaims([
          claim("amount", money),
          claim("round", { stage, label: null }),
          claim("date", { value: day, precision: "day" }),
          ...parts.map((p) => claim("investor", { entityId: p })),
          claim("lead", { entityId: parts[0] }),
        ]);
        await store.setEventCurrent(
          id,
          {
            live: true, stage, roundLabel: null, dateValue: day, datePrecision: "day", sortDay: day, amount: money,
            amountUsd: usd, valuation: null, status: "completed", sources: 1, firstReported: day, lastReported: day, rules: { amount: "single" },
          },
          parts.map((p, k) => ({ entityId: p, lead: k === 0 })),
        );
      }
    });
  }
  await store.close();
  console.log(`generated ${n} events (${companies} companies, ${investors} investors) in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

async function queryBench(): Promise<BenchResult[]> {
  mkdirSync(out, { recursive: true });
  const path = join(out, `events-${EVENTS}.db`);
  const marker = `${path}.done`;
  if (!existsSync(marker)) {
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
    await generateEvents(path, EVENTS);
    writeFileSync(marker, new Date().toISOString());
  }
  const store = await SqliteStore.open(path, { mustExist: true });
  const counts = await store.counts();
  const companies = Math.max(10, Math.floor(EVENTS / 4));
  const investors = Math.max(10, Math.floor(EVENTS / 50));
  const r = rng(99);
  const time = async (f: () => Promise<unknown>) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  const runs = 300;
  const company: number[] = [];
  const investor: number[] = [];
  const rounds: number[] = [];
  for (let i = 0; i < runs; i++) {
    company.push(await time(async () => {
      const f = await findEntity(store, EMPTY_REGISTRY, `company-${Math.floor(r() * companies)}`);
      await companyReport(store, f.entity!);
    }));
    investor.push(await time(async () => {
      const f = await findEntity(store, EMPTY_REGISTRY, `investor-${Math.floor(r() * investors)}`);
      await investorReport(store, f.entity!);
    }));
    rounds.push(await time(async () => {
      const inv = r() < 0.5 ? (await findEntity(store, EMPTY_REGISTRY, `investor-${Math.floor(r() * investors)}`)).entity!.id : null;
      await roundsReport(store, {
        since: `${2016 + Math.floor(r() * 8)}-01-01`, until: null, stages: r() < 0.7 ? [STAGES[Math.floor(r() * STAGES.length)]!] : null,
        minAmount: r() < 0.5 ? 1e8 : null, currency: r() < 0.3 ? "USD" : null, investorId: inv, companyId: null, limit: 50,
      });
    }));
  }
  await store.close();
  console.log(`query database: ${counts.events} events, ${counts.claims} claims, ${counts.entities} entities; ${runs} queries each; max ms: company ${Math.max(...company).toFixed(1)}, investor ${Math.max(...investor).toFixed(1)}, rounds ${Math.max(...rounds).toFixed(1)}`);
  const res = (name: string, xs: number[]): BenchResult[] => [
    { name: `${name} (${EVENTS} events) p50`, value: percentile(xs, 50), unit: "ms" },
    { name: `${name} (${EVENTS} events) p95`, value: percentile(xs, 95), unit: "ms", target: "< 50", pass: percentile(xs, 95) < 50 },
  ];
  return [...res("company NAME", company), ...res("investor NAME", investor), ...res("rounds with filters", rounds)];
}

export async function run(): Promise<BenchResult[]> {
  return queryBench();
}
