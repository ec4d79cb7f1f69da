// Stage 3: recognizers over the clean text. Each declares the mention kind it provides; the
// extractor reads mentions by kind, never by recognizer name. Add a recognizer to RECOGNIZERS.
//
// Conventions the extractor can rely on:
// - spans are clean-text ranges cut as DuEE-Fin cuts arguments: hedges and currency words inside
//   ("超5亿元", "约人民币3.5亿元", "25亿美金摆布"), connectives outside ("估值达25亿美元" → "25亿美元");
// - a valuation is both a `money` mention (role "valuation") and a `valuation` mention (with basis);
// - a round's DuEE label is the original text at `value.labelSpan` ("A+" of "A+轮", "战略" of "战略投资");
// - a relative date in a document without a date has `value: null` (see unresolvedDateIssues);
// - an organization found in the registry has the registry's display name in `value.name` ("阿里" →
//   阿里巴巴) and its `lexiconId`; `value.source` and `value.confidence` say how it was found;
//   `brandEndingAt(text, i)` reads a brand with no ending before a trigger the extractor found.
import { issue, type Issue } from "../../core/issue.js";
import type { Span } from "../../core/span.js";
import { date } from "./date/index.js";
import { makeMention } from "./mention.js";
import { money, valuation } from "./money/index.js";
import { orgRecognizer } from "./org/index.js";
import { personRecognizer } from "./person/index.js";
import { round } from "./round/index.js";
import { stake } from "./stake/index.js";
import type { Mention, MentionKind, RecognizeContext, Recognizer } from "./types.js";

export { money, valuation } from "./money/index.js";
export { round } from "./round/index.js";
export { date } from "./date/index.js";
export { stake } from "./stake/index.js";
export { Lexicon, findOrganizations, orgRecognizer, brandEndingAt, type LexiconEntry, type LexiconMatch, type EntityKind } from "./org/index.js";
export { findPeople, personRecognizer } from "./person/index.js";
export { makeMention } from "./mention.js";
export { parseNumber, parseRange, findNumbers, type NumberValue } from "./numbers/index.js";
export type * from "./types.js";

/** Every registered recognizer, in the order their mentions are produced. */
export const RECOGNIZERS: readonly Recognizer[] = [money, valuation, round, date, stake, orgRecognizer, personRecognizer];

/** All mentions in the clean text, sorted by start (longer first at the same start). */
export function recognize(text: string, ctx: RecognizeContext, recognizers: readonly Recognizer[] = RECOGNIZERS): Mention[] {
  const out: Mention[] = [];
  for (const r of recognizers) {
    for (const span of r.find(text, ctx)) {
      const value = r.parse(text, span, ctx);
      if (value !== null) out.push(makeMention<MentionKind>(r.provides, span, text.slice(span.start, span.end), value));
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/**
 * "去年十月" in a document with no date of its own cannot be placed in time: one issue per such
 * date, at its original position (`toOriginal` is the document's offset map).
 */
export function unresolvedDateIssues(mentions: readonly Mention[], toOriginal: (s: Span) => Span): Issue[] {
  const out: Issue[] = [];
  for (const m of mentions) {
    if (m.kind !== "date") continue;
    const v = (m as Mention<"date">).value;
    if (v.relative && v.value === null) {
      out.push(issue("date_unresolved", `"${m.text}" is relative and the document has no date`, toOriginal(m.span)));
    }
  }
  return out;
}
