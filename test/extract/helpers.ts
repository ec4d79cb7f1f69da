import { fileURLToPath } from "node:url";
import { InputError } from "../../src/core/issue.js";
import type { PipelineDocument } from "../../src/core/records.js";
import { acquire, normalize } from "../../src/pipeline/index.js";
import { extract, type Extraction } from "../../src/pipeline/4-extract/index.js";

export const FIXTURES = fileURLToPath(new URL("../fixtures/extract/", import.meta.url));

export interface Extracted {
  doc: PipelineDocument;
  result: Extraction;
}

/** Every record of a fixture file, read, cleaned and extracted, by record id. */
export async function extractFixture(file: string): Promise<Map<string, Extracted>> {
  const out = new Map<string, Extracted>();
  for await (const item of acquire([FIXTURES + file])) {
    if (item instanceof InputError) throw new Error(item.message);
    const doc = normalize(item);
    out.set(doc.meta.id, { doc, result: extract(doc).value });
  }
  return out;
}

/** A compact, comparable view of an event: the words as written in the source. */
export function summary(e: Extraction["events"][number]) {
  return {
    company: e.company.text,
    round: e.round?.label ?? null,
    amount: e.amount?.text ?? null,
    lead: e.investors.filter((i) => i.lead).map((i) => i.text),
    investors: e.investors.map((i) => i.text),
    date: e.date?.text ?? null,
    disclosed: e.disclosed?.text ?? null,
    status: e.status,
  };
}
