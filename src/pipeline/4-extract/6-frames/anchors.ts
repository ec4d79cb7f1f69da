// Anchors: the clauses where a financing is told (a round, an amount with a financing word, a bond issue).
import type { Span } from "../../../core/span.js";
import type { Mention } from "../../3-recognize/types.js";
import type { Sentence } from "../1-segment.js";
import { EN_FINANCING_NOUN, EN_FINANCING_VERB, EN_NOT_FINANCING, ZH_DEBT_OR_PLACEMENT, ZH_FINANCING_NOUN, ZH_FINANCING_VERB, ZH_NOT_FINANCING } from "../2-cues.js";
import { investorGroupsEn } from "../4-investors.js";
import { type FrameContext, isRaise, mentionsIn } from "./frame.js";

export interface Anchor {
  clause: Span;
  /** Where the financing verb is, if any (the subject ends there). */
  verbAt: number | null;
  verbEnd: number | null;
  round: Mention<"round"> | null;
  trigger: Span | null;
}

const AFTER_THE_DEAL = /^(?:本次|本轮|此次|该轮)?(?:增资|融资|投资|交易|战略投资|发行|混改)?(?:完成|交割)后/u;

export function anchorsZh(ctx: FrameContext, sentence: Sentence): Anchor[] {
  const out: Anchor[] = [];
  // IPOs, acquisitions, margin trading…: a sentence about them holds no round unless it names one
  const labelled = mentionsIn(ctx, "round", sentence.span).some((r) => r.value.label);
  const completes = sentence.clauses.some((cl) => {
    const t = ctx.text.slice(cl.start, cl.end);
    return ZH_FINANCING_VERB.test(t) && /融资|投资|增资/u.test(t) && !ZH_NOT_FINANCING.test(t);
  });
  if (ZH_NOT_FINANCING.test(sentence.text) && !labelled && !completes && !ZH_DEBT_OR_PLACEMENT.test(sentence.text)) return [];
  for (const clause of sentence.clauses) {
    const c = ctx.text.slice(clause.start, clause.end);
    if (ZH_NOT_FINANCING.test(c) && !ZH_DEBT_OR_PLACEMENT.test(c)) continue;
    // "增资完成后，公司持有…": what follows a deal is not a deal
    if (AFTER_THE_DEAL.test(c)) continue;
    const rounds = mentionsIn(ctx, "round", clause).filter((r) => r.value.stage !== "total");
    const noun = ZH_FINANCING_NOUN.exec(c);
    const debt = ZH_DEBT_OR_PLACEMENT.exec(c);
    const verb = ZH_FINANCING_VERB.exec(c);
    const money = mentionsIn(ctx, "money", clause).filter(isRaise);
    const hasRound = rounds.length > 0;
    // A bond or placement is an event when it is issued with an amount, not when it is only named
    // ("本期中期票据由中国银行担任主承销商").
    const debtEvent = debt && (money.length > 0 || /发行完毕|完成发行|成功发行|发行结果|发行情况|发行工作已经完成/u.test(c));
    if (!hasRound && !debtEvent && !(noun && (verb || money.length))) continue;
    const trig = noun ?? debt;
    out.push({
      clause,
      verbAt: verb ? clause.start + verb.index : null,
      verbEnd: verb ? clause.start + verb.index + verb[0].length : null,
      round: rounds[0] ?? null,
      trigger: trig ? { start: clause.start + trig.index, end: clause.start + trig.index + trig[0].length } : null,
    });
  }
  return out;
}

export function anchorsEn(ctx: FrameContext, sentence: Sentence): Anchor[] {
  const s = sentence.text;
  if (EN_NOT_FINANCING.test(s)) return [];
  const rounds = mentionsIn(ctx, "round", sentence.span).filter((r) => r.value.stage !== "total");
  const verb = EN_FINANCING_VERB.exec(s);
  const noun = EN_FINANCING_NOUN.exec(s);
  const money = mentionsIn(ctx, "money", sentence.span).filter(isRaise);
  // "…valued at more than $1 billion after a funding round that included Alibaba Cloud": a round
  // word with named investors is an anchor even without a verb of raising
  const roundWithInvestors = noun && /\b(?:round|funding|financing)\b/iu.test(s) && investorGroupsEn(ctx.text, sentence.span).length > 0;
  if (!rounds.length && !(verb && (noun || money.length)) && !roundWithInvestors) return [];
  const at = verb ? sentence.span.start + verb.index : null;
  return [
    {
      clause: sentence.span,
      verbAt: at,
      verbEnd: verb && at !== null ? at + verb[0].length : null,
      round: rounds[0] ?? null,
      trigger: verb && at !== null ? { start: at, end: at + verb[0].length } : null,
    },
  ];
}
