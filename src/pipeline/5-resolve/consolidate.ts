import type { Stage } from "../3-recognize/types.js";
import { dayNumber, dayRange, overlapsWithin, type DayRange, type PartialDateValue } from "./dates.js";
import { hasAmount, moneyCompatible, type MoneyValue } from "./money.js";

/**
 * Consolidation: is an incoming report the same round as an event already known for the same
 * (resolved) company? Rounds of one company are months apart, reports of one round days or weeks.
 * - Two different named stages ("B轮" vs "C轮") are never the same round.
 * - A cumulative total ("2023年累计融资超25亿元") is only ever the same as another total.
 * - Two different labels of one stage ("A1" vs "A2") are never the same round either.
 * - Dates must fall within SLACK_DAYS (dated on both sides with the same named stage:
 *   NAMED_SLACK_DAYS, since a round is announced and closed months apart); a report without a
 *   date stands for the UNDATED_DAYS before it was published.
 * - When either stage is unnamed ("新一轮"), amounts must be compatible (within ×1.6, so a
 *   correction from 10亿 to 8亿 still matches); a correction notice skips that check.
 */
export interface EventShape {
  readonly stage: Stage | null;
  /** The stage as labelled ("A1", "Series B-2"), when the source gives one. */
  readonly label?: string | null;
  readonly date: PartialDateValue | null;
  /** The day the report (or the event's first report) was published. */
  readonly reportedOn: string | null;
  readonly amount: MoneyValue | null;
}

export interface Match {
  readonly score: number;
  readonly reason: string;
}

const SLACK_DAYS = 60;
const NAMED_SLACK_DAYS = 200;
const UNDATED_DAYS = 120;
const VAGUE = new Set<Stage>(["unnamed", "other"]);

function when(e: EventShape): { range: DayRange; dated: boolean } | null {
  const r = dayRange(e.date);
  if (r) return { range: r, dated: true };
  if (!e.reportedOn) return null;
  const day = dayNumber(e.reportedOn);
  return { range: { from: day - UNDATED_DAYS, to: day }, dated: false };
}

export function matchEvent(incoming: EventShape, existing: EventShape, options: { correction?: boolean } = {}): Match | null {
  const a = incoming.stage;
  const b = existing.stage;
  if ((a === "total") !== (b === "total")) return null;
  const named = a !== null && b !== null && !VAGUE.has(a) && !VAGUE.has(b);
  if (named && a !== b) return null;
  const la = incoming.label?.toLowerCase() ?? null;
  const lb = existing.label?.toLowerCase() ?? null;
  if (la !== null && lb !== null && la !== lb) return null;
  const sameNamed = named && a === b;

  const wa = when(incoming);
  const wb = when(existing);
  let score = sameNamed ? 4 : 1;
  const reasons: string[] = [sameNamed ? `same round (${a})` : "round not named on both sides"];
  if (wa && wb) {
    if (!overlapsWithin(wa.range, wb.range, sameNamed && wa.dated && wb.dated ? NAMED_SLACK_DAYS : SLACK_DAYS)) return null;
    const gap = Math.max(0, wa.range.from - wb.range.to, wb.range.from - wa.range.to);
    score += (wa.dated && wb.dated ? 2 : 1) / (1 + gap / 30);
    reasons.push(gap === 0 ? "dates overlap" : `dates ${gap} days apart`);
  } else if (!sameNamed) {
    return null; // nothing but the company in common
  }
  if (!sameNamed && !options.correction) {
    if (!moneyCompatible(incoming.amount, existing.amount)) return null;
    if (hasAmount(incoming.amount) && hasAmount(existing.amount)) {
      // the same figure is stronger evidence than a merely compatible one ("≥ $250M" fits "$600M")
      const same = sameAmount(incoming.amount!, existing.amount!);
      score += same ? 3 : 1;
      reasons.push(same ? "same amount" : "amounts compatible");
    }
  }
  return { score, reason: reasons.join(", ") };
}

function sameAmount(a: MoneyValue, b: MoneyValue): boolean {
  return a.currency === b.currency && a.min === b.min && a.max === b.max && a.qualifier === b.qualifier;
}

/** The best-matching known event, or null to create a new one. */
export function bestMatch<T extends { readonly shape: EventShape }>(
  incoming: EventShape,
  candidates: readonly T[],
  options: { correction?: boolean } = {},
): { candidate: T; match: Match } | null {
  let best: { candidate: T; match: Match } | null = null;
  for (const c of candidates) {
    const m = matchEvent(incoming, c.shape, options);
    if (m && (!best || m.score > best.match.score)) best = { candidate: c, match: m };
  }
  return best;
}
