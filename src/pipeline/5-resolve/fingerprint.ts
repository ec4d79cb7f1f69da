import { createHash } from "node:crypto";
import { toSimplified } from "./names.js";

/**
 * Document fingerprints for repost detection. Two documents are the same article when their
 * canonical text is equal ("same text after normalization", which folds a Traditional-script
 * repost onto its Simplified original), and near-duplicates when the MinHash estimate of the
 * Jaccard similarity of their character 4-gram sets is at least NEAR_DUPLICATE_JACCARD (a repost
 * with a site header, a footer and a few spun words) AND they state the same figures (a repost
 * repeats the article's numbers; two articles written from one template about two companies do
 * not). Candidates are found by LSH: 12 bands of 5 hashes, each band hashed to one integer the
 * store indexes; at Jaccard 0.75 a pair shares a band with probability ≈ 97%, at 0.3 ≈ 3%.
 */
export interface Fingerprint {
  /** sha256 of the canonical text. */
  readonly textHash: string;
  /** MINHASHES unsigned 32-bit minimum hashes. */
  readonly minhash: readonly number[];
  /** BANDS integers, one per band of ROWS minhashes. */
  readonly bands: readonly number[];
  /** Length of the canonical text, in code points. */
  readonly length: number;
  /** The distinct numbers the text states ("6", "2.5", "2021"), sorted; at most MAX_NUMBERS. */
  readonly numbers: readonly string[];
}

export const NEAR_DUPLICATE_JACCARD = 0.75;
/** Share of the figures two near-duplicates must have in common. */
export const SAME_FIGURES = 0.8;
const MAX_NUMBERS = 64;
const SHINGLE = 4;
const BANDS = 12;
const ROWS = 5;
const MINHASHES = BANDS * ROWS;

/** Script, width and case folded; whitespace, punctuation and symbols dropped. */
export function canonicalText(text: string): string {
  return toSimplified(text.normalize("NFKC")).toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Fixed pseudo-random seeds, one per permutation: fingerprints must be stable across runs.
const SEEDS = Array.from({ length: MINHASHES }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

export function fingerprint(text: string): Fingerprint {
  const canon = canonicalText(text);
  const cps = Array.from(canon, (c) => c.codePointAt(0)!);
  const mins = new Uint32Array(MINHASHES).fill(0xffffffff);
  const n = Math.max(1, cps.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < Math.min(cps.length, i + SHINGLE); j++) h = Math.imul(h ^ cps[j]!, 0x01000193);
    for (let k = 0; k < MINHASHES; k++) {
      const v = mix(h ^ SEEDS[k]!);
      if (v < mins[k]!) mins[k] = v;
    }
  }
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(b + 1);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ mins[b * ROWS + r]!);
    bands.push(h | 0); // signed 32-bit: an SQLite INTEGER either way
  }
  const numbers = [...new Set(text.normalize("NFKC").match(/\d+(?:\.\d+)?/gu) ?? [])].sort().slice(0, MAX_NUMBERS);
  return { textHash: createHash("sha256").update(canon).digest("hex"), minhash: Array.from(mins), bands, length: cps.length, numbers };
}

function setSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sb = new Set(b);
  const shared = a.filter((x) => sb.has(x)).length;
  return shared / (a.length + b.length - shared);
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < MINHASHES; i++) if (a[i] === b[i]) same++;
  return same / MINHASHES;
}

export type DuplicateReason = "same_text" | "near_duplicate";

/** How `doc` relates to an earlier `other`: the same article, a near-duplicate, or neither. */
export function duplicateOf(
  doc: Pick<Fingerprint, "textHash" | "minhash" | "numbers">,
  other: Pick<Fingerprint, "textHash" | "minhash" | "numbers">,
): { reason: DuplicateReason; similarity: number } | null {
  if (doc.textHash === other.textHash) return { reason: "same_text", similarity: 1 };
  const s = similarity(doc.minhash, other.minhash);
  if (s < NEAR_DUPLICATE_JACCARD || setSimilarity(doc.numbers, other.numbers) < SAME_FIGURES) return null;
  return { reason: "near_duplicate", similarity: s };
}
