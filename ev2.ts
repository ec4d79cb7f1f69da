import { readFileSync } from "node:fs";
import { findOrganizations } from "./src/pipeline/3-recognize/org/index.ts";
const want = process.argv[2]!;
for (const f of ["zh", "en", "negatives"]) for (const l of readFileSync(`/work/shared/devset/${f}.jsonl`, "utf8").split("\n").filter(Boolean)) {
  const d = JSON.parse(l); const text = `${d.title}\n${d.text}`;
  for (const m of findOrganizations(text)) if (m.text === want) console.log(d.id, m.value, JSON.stringify(text.slice(Math.max(0,m.span.start-30), m.span.end+20)));
}
