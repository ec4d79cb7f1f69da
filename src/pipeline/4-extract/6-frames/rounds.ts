// Rounds and amounts within a sentence: listed rounds, "分别" amounts, the amount raised, groups by round.
import type { Span } from "../../../core/span.js";
import type { Mention } from "../../3-recognize/types.js";
import type { Sentence } from "../1-segment.js";
import { type InvestorGroup } from "../4-investors.js";
import { type Frame, type FrameContext, isRaise, mentionsIn, rebuildInvestors } from "./frame.js";

/** Rounds written as a list ("B轮、B+轮", "天使轮和天使+轮"): two or more joined by 、/和/及. */
export function enumeratedRounds(text: string, rounds: Mention<"round">[]): Mention<"round">[] {
  const labelled = rounds.filter((r) => r.value.label);
  for (let i = 0; i + 1 < labelled.length; i++) {
    const gap = text.slice(labelled[i]!.span.end, labelled[i + 1]!.span.start);
    if (/^(?:融资)?[、和及与]$/u.test(gap)) {
      const run = [labelled[i]!];
      let j = i;
      while (j + 1 < labelled.length && /^(?:融资)?[、和及与]$/u.test(text.slice(labelled[j]!.span.end, labelled[j + 1]!.span.start))) {
        run.push(labelled[j + 1]!);
        j++;
      }
      return run;
    }
  }
  return [];
}

// "金额分别为1亿元和2亿元": amounts listed after 分别 go to the listed rounds in order.
export function distributeRespectively(ctx: FrameContext, sentence: Sentence, frames: Frame[]): void {
  const at = sentence.text.indexOf("分别");
  if (at < 0) return;
  const amounts = mentionsIn(ctx, "money", { start: sentence.span.start + at, end: sentence.span.end }).filter(isRaise);
  if (amounts.length !== frames.length) return;
  frames.forEach((f, i) => (f.amount = amounts[i]!));
}

/**
 * The amount raised: the money mention closest to the anchor in the sentence, preferring one after
 * "融资金额/融资总额/增资总额/发行规模" when there is one. Valuations and other roles are skipped.
 */
export function pickAmount(ctx: FrameContext, s: Span, anchor: number): Mention<"money"> | null {
  // planned or targeted figures are not the amount raised ("C轮计划总规模为15亿元", "目标金额在5亿元左右")
  const planned = /计划|目标|拟|预计|有望|每股|股价|价格为?|发行价|认购价/u;
  const all = mentionsIn(ctx, "money", s).filter(isRaise).filter((m) => !planned.test(ctx.text.slice(Math.max(s.start, m.span.start - 10), m.span.start)));
  // a stated figure beats "金额未披露" in the same sentence ("金额未披露，但…规模在5亿元左右")
  const stated = all.filter((m) => m.value.qualifier !== "undisclosed");
  const candidates = stated.length ? stated : all;
  if (!candidates.length) return null;
  const totalCue = /(?:融资|增资|投资|募资|募集资金|发行|融资额|本轮|所得款项|实际发行)(?:总额|总金额|金额|规模|合计|总规模|总代价)(?:合计)?(?:为|达|约为|共计)?$|总代价$|合计(?:以|增资|投资|出资)?$|总额(?:为|达)?$/u;
  const cued = candidates.find((m) => totalCue.test(ctx.text.slice(Math.max(s.start, m.span.start - 14), m.span.start).replace(/人民币|[约超近]/gu, "")));
  if (cued) return cued;
  // Part of a round subscribed by one investor ("拟以自有资金人民币5,000万元认购") loses to the round total.
  const share = /自有资金|其中|分别出资|出资$/u;
  const pool = candidates.filter((m) => !share.test(ctx.text.slice(Math.max(s.start, m.span.start - 8), m.span.start)));
  const list = pool.length ? pool : candidates;
  return list.reduce((best, m) => (Math.abs(m.span.start - anchor) < Math.abs(best.span.start - anchor) ? m : best));
}

export function addGroups(ctx: FrameContext, f: Frame, groups: readonly InvestorGroup[], perRound: boolean): void {
  for (const g of groups) {
    if (perRound && !groupTargetsRound(ctx, g, f)) continue;
    f.groups.push(g);
  }
  rebuildInvestors(f);
}

// "天使+轮由经纬创投领投": a group whose clause starts with a round label belongs to that round's frame.
function groupTargetsRound(ctx: FrameContext, g: InvestorGroup, f: Frame): boolean {
  const ref = roundRefOf(ctx, g.clause);
  if (!ref) return true;
  return f.round !== null && ref.value.label === f.round.value.label;
}

export function roundRefOf(ctx: FrameContext, clause: Span): Mention<"round"> | null {
  const r = mentionsIn(ctx, "round", clause)[0];
  if (!r) return null;
  const before = ctx.text.slice(clause.start, r.span.start);
  return /^(?:其中|而|则|另外)?$/u.test(before) && /^(?:融资)?则?(?:由|为)/u.test(ctx.text.slice(r.span.end, clause.end)) ? r : null;
}
