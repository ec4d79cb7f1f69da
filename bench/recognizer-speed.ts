// Speed of each recognizer alone (find + parse) and of all together over the devset texts repeated
// to ~2 MB, in MB per CPU second (best of N passes). A tool for speed work, not a benchmark:
//   node --expose-gc --import tsx bench/recognizer-speed.ts [passes] [--unseen]
// --unseen forgets jieba's remembered windows before each pass (as for text never seen before).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RECOGNIZERS, recognize } from "../src/pipeline/3-recognize/index.js";
import { clearSegmentCaches, loadSegmenter } from "../src/pipeline/3-recognize/segment.js";
import type { RecognizeContext, Recognizer } from "../src/pipeline/3-recognize/types.js";
import { SHARED } from "./accuracy.bench.js";
import { minimalClean } from "./lib/minimal-clean.js";

const passes = Number(process.argv[2] ?? 5);
const unseen = process.argv.includes("--unseen");
const dev: string[] = [];
for (const f of ["zh.jsonl", "en.jsonl", "negatives.jsonl"]) {
  const p = join(SHARED, "devset", f);
  if (!existsSync(p)) continue;
  for (const line of readFileSync(p, "utf8").split("\n")) if (line.trim()) dev.push(minimalClean((JSON.parse(line) as { text: string }).text).text);
}
if (!dev.length) throw new Error(`no devset under ${SHARED}; set DEALGRAPH_SHARED`);
const docs: string[] = [];
let bytes = 0;
while (bytes < 2e6) {
  for (const d of dev) {
    docs.push(d);
    bytes += Buffer.byteLength(d);
  }
}
const ctx: RecognizeContext = { documentDate: "2024-10-15T16:57:00+08:00", language: "zh" };
loadSegmenter();

function time(run: (d: string) => void): number {
  for (const d of dev) run(d);
  let best = Infinity;
  for (let i = 0; i < passes; i++) {
    if (unseen) clearSegmentCaches();
    const c0 = process.cpuUsage();
    for (const d of docs) run(d);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  return bytes / 1e6 / best;
}

const one = (r: Recognizer) => (d: string) => {
  for (const s of r.find(d, ctx)) r.parse(d, s, ctx);
};
const only = process.argv.find((a) => /^[a-z]+$/.test(a));
for (const r of RECOGNIZERS) if (!only || only === r.provides) console.log(`${r.provides.padEnd(10)} ${time(one(r)).toFixed(1)} MB/s`);
if (!only || only === "all") console.log(`${"all".padEnd(10)} ${time((d) => recognize(d, ctx)).toFixed(1)} MB/s  (${(bytes / 1e6).toFixed(1)} MB, ${unseen ? "unseen" : "seen"})`);
