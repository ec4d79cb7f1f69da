import type { Span } from "../../core/span.js";
import type { MentionKind, MentionValues, RecognizeContext, Recognizer } from "./types.js";

/**
 * Most recognizers find and read an expression in one pass over the text. This turns such a scan
 * into a Recognizer: `find` returns the spans, `parse` looks a span up in the same scan. The scan
 * of the last text is kept, so find-then-parse over one document scans it once.
 */
export function scanRecognizer<K extends MentionKind, H extends { readonly span: Span }>(
  provides: K,
  scan: (text: string) => readonly H[],
  value: (hit: H, ctx: RecognizeContext) => MentionValues[K] | null,
  keep: (hit: H) => boolean = () => true,
): Recognizer<K> {
  const hits = lastScan((text) => [...scan(text)].filter(keep).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end));
  return {
    provides,
    find: (text) => hits(text).map((h) => h.span),
    parse: (text, span, ctx) => {
      const hit = lookup(hits(text), span);
      return hit ? value(hit, ctx) : null;
    },
  };
}

/** The hit with exactly this span, by binary search over hits sorted by start then end. */
function lookup<H extends { readonly span: Span }>(hits: readonly H[], span: Span): H | null {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = hits[mid]!.span;
    if (s.start < span.start || (s.start === span.start && s.end < span.end)) lo = mid + 1;
    else hi = mid;
  }
  const h = hits[lo];
  return h && h.span.start === span.start && h.span.end === span.end ? h : null;
}

/** One scan shared by several recognizers (money and valuation read the same amounts). */
export function lastScan<H>(scan: (text: string) => readonly H[]): (text: string) => readonly H[] {
  let lastText: string | null = null;
  let last: readonly H[] = [];
  return (text) => {
    if (text !== lastText) {
      last = scan(text);
      lastText = text;
    }
    return last;
  };
}
