import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { InputError } from "../../src/core/issue.js";
import type { PipelineDocument } from "../../src/core/records.js";
import { acquire, type AcquireOptions } from "../../src/pipeline/1-acquire/index.js";

export const FIXTURES = fileURLToPath(new URL("../fixtures/acquire/", import.meta.url));
export const fixture = (name: string) => join(FIXTURES, name);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "dealgraph-acquire-"));
}

export async function collect(inputs: string[], options: Partial<AcquireOptions> = {}) {
  const docs: PipelineDocument[] = [];
  const errors: InputError[] = [];
  for await (const item of acquire(inputs, options)) {
    if (item instanceof InputError) errors.push(item);
    else {
      checkDocument(item);
      docs.push(item);
    }
  }
  return { docs, errors };
}

export async function one(input: string, options: Partial<AcquireOptions> = {}): Promise<PipelineDocument> {
  const { docs, errors } = await collect([input], options);
  expect(errors.map((e) => e.message)).toEqual([]);
  expect(docs).toHaveLength(1);
  return docs[0]!;
}

/**
 * The structure every acquired document must have: the offset map is sound, removed spans say
 * what they removed, and no character of the text comes from a range reported as removed.
 */
export function checkDocument(doc: PipelineDocument): void {
  const { text } = doc;
  text.checkInvariants();
  for (const r of doc.removed) expect(r.text).toBe(text.original.slice(r.span.start, r.span.end));
  for (let i = 0; i < text.length; i++) {
    const o = text.toOriginal({ start: i, end: i + 1 });
    const clash = doc.removed.find((r) => o.start < r.span.end && r.span.start < o.end);
    if (clash) throw new Error(`clean char ${i} (${JSON.stringify(text.text[i])}) maps into removed ${JSON.stringify(clash.text.slice(0, 40))}`);
  }
  if (doc.meta.titleSpan) expect(text.original.slice(doc.meta.titleSpan.start, doc.meta.titleSpan.end)).toContain(doc.meta.title);
}

/** Each word is in the clean text, and its span there maps back to exactly these words in the source. */
export function expectWordsMapBack(doc: PipelineDocument, words: readonly string[]): void {
  for (const w of words) {
    const at = doc.text.text.indexOf(w);
    expect(at, `"${w}" in the text`).toBeGreaterThanOrEqual(0);
    expect(doc.text.originalSlice({ start: at, end: at + w.length })).toBe(w);
  }
}

/** None of these strings survives into the clean text. */
export function expectAbsent(doc: PipelineDocument, words: readonly string[]): void {
  for (const w of words) expect(doc.text.text, `"${w}" must not be in the text`).not.toContain(w);
}
