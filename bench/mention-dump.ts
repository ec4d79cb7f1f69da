// Regression aid for speed work: every mention recognize() gives over the devset, the seed and a
// slice of the synthetic corpus, one JSON line each, so two runs can be diffed.
//   node --import tsx bench/mention-dump.ts > before.jsonl   (change things)
//   node --import tsx bench/mention-dump.ts > after.jsonl && diff before.jsonl after.jsonl
// Texts are cleaned both ways the benches clean them (the normalizer, and bench/lib's minimalClean).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MappedText } from "../src/core/mapped-text.js";
import { normalizeText } from "../src/pipeline/2-normalize/index.js";
import { recognize } from "../src/pipeline/3-recognize/index.js";
import { SHARED } from "./accuracy.bench.js";
import { minimalClean } from "./lib/minimal-clean.js";
import { syntheticNews } from "./lib/synthetic-news.js";

const docs: { id: string; text: string; date: string | null; lang: string }[] = [];
for (const set of ["zh", "en", "negatives"]) {
  const path = join(SHARED, "devset", `${set}.jsonl`);
  if (!existsSync(path)) continue;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; title: string; text: string };
    const lang = set === "en" ? "en" : "zh";
    docs.push({ id: `${set}/${d.id}/norm`, text: normalizeText(MappedText.identity(`${d.title}\n${d.text}`)).text.text, date: null, lang });
    docs.push({ id: `${set}/${d.id}/min`, text: minimalClean(d.text).text, date: "2024-10-15", lang });
  }
}
const seed = join(SHARED, "seed", "000_6b8d2137a611826f.txt");
if (existsSync(seed)) {
  const raw = readFileSync(seed, "utf8");
  docs.push({ id: "seed/norm", text: normalizeText(MappedText.identity(raw)).text.text, date: "2024-10-15", lang: "zh" });
  docs.push({ id: "seed/min", text: minimalClean(raw).text, date: null, lang: "zh" });
}
syntheticNews(3e5).forEach((text, i) => docs.push({ id: `synthetic/${i}`, text, date: "2024-10-15", lang: "zh" }));

const lines: string[] = [];
for (const d of docs) {
  for (const m of recognize(d.text, { documentDate: d.date, language: d.lang })) {
    lines.push(JSON.stringify([d.id, m.kind, m.span.start, m.span.end, m.text, m.value]));
  }
}
process.stdout.write(`${lines.join("\n")}\n`);
