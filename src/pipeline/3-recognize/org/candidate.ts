import type { OrgKind, OrgSource } from "../types.js";

/** An organization name found by one rule, before overlaps are settled. Offsets are clean-text. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly kind: OrgKind;
  readonly source: OrgSource;
  readonly confidence: number;
  readonly lexiconId: string | null;
  /** Display name when it differs from the words (a registry name for "阿里" is "阿里巴巴"). */
  readonly name: string | null;
  alias: string | null;
}

let scratch = new Uint8Array(4096);

/** The registry over an alias over an ending (lexicon 3, alias 2, suffix 1). */
const priority = (s: OrgSource) => (s === "lexicon" ? 3 : s === "alias" ? 2 : 1);

const byRank = (a: Candidate, b: Candidate) =>
  b.end - b.start - (a.end - a.start) || priority(b.source) - priority(a.source) || b.confidence - a.confidence || a.start - b.start;
const byStart = (a: Candidate, b: Candidate) => a.start - b.start;

function overlapsAny(kept: readonly Candidate[], c: Candidate): boolean {
  for (const k of kept) if (k.start < c.end && c.start < k.end) return true;
  return false;
}

/**
 * Keeps the best of overlapping candidates: the longer one ("小米长江产业基金" over "小米"),
 * then the registry over an alias over an ending, then the more confident.
 */
export function settle(candidates: readonly Candidate[], textLength: number): Candidate[] {
  const ranked = [...candidates].sort(byRank);
  const kept: Candidate[] = [];
  // Few candidates: compare with those kept; many: mark taken characters (in a buffer kept
  // between calls and cleared after each: settle does not call itself).
  let taken: Uint8Array | null = null;
  if (ranked.length > 32) {
    if (scratch.length < textLength) scratch = new Uint8Array(Math.max(textLength, 2 * scratch.length));
    taken = scratch;
  }
  for (const c of ranked) {
    let free = true;
    if (taken) for (let i = c.start; i < c.end && free; i++) free = !taken[i];
    else free = !overlapsAny(kept, c);
    if (!free) continue;
    taken?.fill(1, c.start, c.end);
    kept.push(c);
  }
  if (taken) for (const k of kept) taken.fill(0, k.start, k.end);
  return kept.sort(byStart);
}
