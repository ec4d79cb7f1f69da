// `npm run bench [name…]`: runs every bench/*.bench.ts (or the named ones) and prints a table.
// Benchmarks measure speed and accuracy; they are never part of `npm test`.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchResult } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<BenchResult[]> };
  console.log(`\n## ${file.replace(/\.bench\.ts$/, "")}`);
  const results = await mod.run();
  for (const r of results) {
    const verdict = r.pass === undefined ? "" : r.pass ? "  ok" : "  BELOW TARGET";
    if (r.pass === false) failed++;
    const value = Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(3);
    console.log(`${r.name.padEnd(48)} ${value.padStart(12)} ${r.unit.padEnd(8)} ${r.target ? `(target ${r.target})` : ""}${verdict}`);
  }
}
if (failed) console.log(`\n${failed} result(s) below target`);
