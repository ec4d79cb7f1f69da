// Sentences that continue the last event ("本轮由…领投"), routed to the round they name.
import type { Span } from "../../../core/span.js";
import type { Sentence } from "../1-segment.js";
import { type Frame, type FrameContext, groupsOf, mentionsIn, rebuildInvestors } from "./frame.js";
import { pickAmount } from "./rounds.js";

const ZH_CONTINUATION_START = /^(?:据(?:悉|了解)，?)?(?:本轮|该轮|此轮|这一?轮|本次|此次|其中|(?:Pre-)?[A-F]\d?\+{0,2}轮|天使\+?轮|种子轮|融资完成后|投资方|领投方|老股东|资金将|所筹资金|该笔|这笔)/u;

// "The Series C was led by …", "The round also included …": a new paragraph that goes on about the round
const EN_CONTINUATION_START = /^(?:The|Its|This)\s+(?:round|Series\s+[A-K]|seed|financing|funding|raise|investment|extension)\b/iu;

export function continues(ctx: FrameContext, last: Frame, sentence: Sentence): boolean {
  if (sentence.listItem || sentence.tableRow) return false;
  const lastSentence = last.sentences[last.sentences.length - 1]!;
  if (lastSentence.listItem && sentence.line !== lastSentence.line) return false;
  if (sentence.line - lastSentence.line > 1) return false;
  const groups = groupsOf(ctx, sentence);
  // English news runs one sentence per paragraph: the next paragraph's investors still belong to the round
  if (ctx.language === "en") return groups.length > 0 && (sentence.line - lastSentence.line <= 1 || EN_CONTINUATION_START.test(sentence.text));
  if (sentence.line !== lastSentence.line && !ZH_CONTINUATION_START.test(sentence.text)) return false;
  return groups.length > 0 || ZH_CONTINUATION_START.test(sentence.text);
}

export function attachContinuation(ctx: FrameContext, frames: Frame[], last: Frame, sentence: Sentence): void {
  const siblings = frames.filter((f) => f.company === last.company);
  // A clause that names a round ("A轮由线性资本领投，A+轮由中金资本独家投资") goes to that round's frame.
  const frameFor = (at: Span): Frame => {
    const clause = sentence.clauses.find((c) => at.start >= c.start && at.end <= c.end) ?? sentence.span;
    const ref = mentionsIn(ctx, "round", clause)[0] ?? mentionsIn(ctx, "round", sentence.span)[0];
    return (ref && siblings.filter((f) => f.round?.value.label === ref.value.label).at(-1)) || last;
  };
  const touched = new Set<Frame>();
  for (const g of groupsOf(ctx, sentence)) {
    const target = frameFor(g.clause);
    target.groups.push(g);
    touched.add(target);
  }
  const main = frameFor(sentence.span);
  touched.add(main);
  for (const t of touched) {
    if (!t.sentences.includes(sentence)) t.sentences.push(sentence);
    rebuildInvestors(t);
  }
  if (!main.amount) {
    const m = pickAmount(ctx, sentence.span, sentence.span.start);
    if (m && /金额|规模|融资额|本轮|总额/u.test(sentence.text)) main.amount = m;
  }
  // "The Series C was led by …": a round named only in the continuation is the event's round
  if (!main.round) main.round = mentionsIn(ctx, "round", sentence.span).find((r) => r.value.label !== null) ?? null;
  if (!main.valuation) main.valuation = mentionsIn(ctx, "valuation", sentence.span)[0] ?? null;
}
