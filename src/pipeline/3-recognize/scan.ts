import type { Span } from "../../core/span.js";
import type { CharSet } from "./charset.js";
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
  keep: (hit: H) => boolean = all,
): Recognizer<K> {
  const hits = lastScan((text) => inOrder(keep === all ? scan(text) : scan(text).filter(keep)));
  return {
    provides,
    find: (text) => hits(text).map((h) => h.span),
    parse: (text, span, ctx) => {
      const hit = lookup(hits(text), span);
      return hit ? value(hit, ctx) : null;
    },
  };
}

const all = () => true;

const bySpan = (a: { readonly span: Span }, b: { readonly span: Span }) => a.span.start - b.span.start || a.span.end - b.span.end;

/** Hits sorted by start then end; most scans give them so already, and then they are not copied. */
function inOrder<H extends { readonly span: Span }>(hits: readonly H[]): readonly H[] {
  for (let i = 1; i < hits.length; i++) if (bySpan(hits[i - 1] as H, hits[i] as H) > 0) return [...hits].sort(bySpan);
  return hits;
}

/** The hit with exactly this span, by binary search over hits sorted by start then end. */
export function lookup<H extends { readonly span: Span }>(hits: readonly H[], span: Span): H | null {
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

/**
 * The matches of a global regex, as `text.matchAll(re)` gives them, in an array. matchAll copies
 * the regex on every call and hands matches out through an iterator; on a whole document this is
 * about twice as slow as calling `exec` on the regex itself (its `lastIndex` is left at 0).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (by one code point under the u flag), as matchAll does.
    if (m[0].length === 0) re.lastIndex = re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? re.lastIndex + 2 : re.lastIndex + 1;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * `allMatches` of a regex that begins with a lookbehind refusing a character set, given the regex
 * without that lookbehind (`body`) and the set: a match right after a refused character is passed
 * over and the search goes on one character later, as the lookbehind would have it.
 */
export function allMatchesNotAfter(body: RegExp, text: string, refused: CharSet): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  body.lastIndex = 0;
  for (let m = body.exec(text); m; m = body.exec(text)) {
    if (refused.has(text.charCodeAt(m.index - 1))) {
      body.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    if (m[0].length === 0) body.lastIndex = body.unicode && (text.codePointAt(body.lastIndex) ?? 0) > 0xffff ? body.lastIndex + 2 : body.lastIndex + 1;
  }
  body.lastIndex = 0;
  return out;
}
