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
  let lastText: string | null = null;
  let lastHits = new Map<string, H>();
  const hits = (text: string): ReadonlyMap<string, H> => {
    if (text !== lastText) {
      lastHits = new Map(scan(text).map((h) => [`${h.span.start}:${h.span.end}`, h]));
      lastText = text;
    }
    return lastHits;
  };
  return {
    provides,
    find: (text) => [...hits(text).values()].filter(keep).map((h) => h.span),
    parse: (text, span, ctx) => {
      const hit = hits(text).get(`${span.start}:${span.end}`);
      return hit && keep(hit) ? value(hit, ctx) : null;
    },
  };
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
