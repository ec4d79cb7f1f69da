// Accuracy against the shared dev set and seed, scored by the shared scorers (the same commands run
// on held-out news). Skipped when ../shared is absent: a user's clone has none.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { main } from "../src/cli/main.js";
import { memoryOutput } from "../src/cli/output.js";
import type { BenchResult } from "./types.js";

/** The shared material sits beside the repository (`../shared`); DEALGRAPH_SHARED overrides. */
function findShared(): string {
  if (process.env.DEALGRAPH_SHARED) return resolve(process.env.DEALGRAPH_SHARED);
  for (let dir = resolve(import.meta.dirname, ".."); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dirname(dir), "shared");
    if (existsSync(join(candidate, "devset"))) return candidate;
  }
  return resolve(import.meta.dirname, "../../shared");
}

export const SHARED = findShared();

async function runCli(args: string[]): Promise<string> {
  const io = memoryOutput();
  await main(args, io);
  return io.stdout();
}

function score(tool: string, gold: string, pred: string, extra: string[] = []): string {
  return execFileSync("python3", [join(SHARED, "tools", tool), gold, pred, ...extra], { encoding: "utf8" });
}

function parseScore(out: string): { f1: number; p: number; r: number } {
  const m = /F1 ([\d.]+) P ([\d.]+) R ([\d.]+)\s*$/.exec(out.trim());
  if (!m) throw new Error(`unexpected scorer output: ${out}`);
  return { f1: Number(m[1]), p: Number(m[2]), r: Number(m[3]) };
}

/** Writes predictions next to the gold and returns the scorer's output (used by the dev loop too). */
export async function scoreDevset(which: "zh" | "en", errors = 0): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "dealgraph-bench-"));
  let gold = join(SHARED, "devset", "en.jsonl");
  if (which === "zh") {
    gold = join(dir, "zh_all.jsonl");
    writeFileSync(gold, ["zh.jsonl", "negatives.jsonl"].map((f) => readFileSync(join(SHARED, "devset", f), "utf8")).join(""));
  }
  const pred = join(dir, `${which}.pred.jsonl`);
  writeFileSync(pred, await runCli(["extract", "--format", "duee", gold]));
  return score("score-duee", gold, pred, errors ? ["--errors", String(errors)] : []);
}

export async function scoreSeed(verbose = false): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "dealgraph-bench-"));
  const pred = join(dir, "seed.json");
  writeFileSync(pred, await runCli(["extract", "--format", "json", join(SHARED, "seed", "000_6b8d2137a611826f.txt")]));
  return score("score-seed", join(SHARED, "seed", "gold.json"), pred, verbose ? ["--verbose"] : []);
}

export async function run(): Promise<BenchResult[]> {
  if (!existsSync(join(SHARED, "devset"))) {
    console.log(`(skipped: ${SHARED} not found; set DEALGRAPH_SHARED)`);
    return [];
  }
  const out: BenchResult[] = [];
  const push = (name: string, s: { f1: number; p: number; r: number }, floor: number) => {
    out.push({ name: `${name} F1`, value: s.f1, unit: "", target: `≥ ${floor}`, pass: s.f1 >= floor });
    out.push({ name: `${name} P`, value: s.p, unit: "" }, { name: `${name} R`, value: s.r, unit: "" });
  };
  push("devset zh + negatives", parseScore(await scoreDevset("zh")), 0.85);
  push("devset en", parseScore(await scoreDevset("en")), 0.8);
  const seed = /seed F1 ([\d.]+) P ([\d.]+) R ([\d.]+)/.exec(await scoreSeed());
  if (seed) push("seed", { f1: Number(seed[1]), p: Number(seed[2]), r: Number(seed[3]) }, 0.8);
  return out;
}
