import type { EventStatus } from "../4-extract/event.js";
import type { DatePrecision, Stage } from "../3-recognize/types.js";
import { dayRange, precisionRank, type PartialDateValue } from "./dates.js";
import { moneyRefines, moneySpecificity, sameMoney, type MoneyValue } from "./money.js";

/**
 * The conflict rule: which of the values sources gave for one field of one event is current.
 * Documented in docs/knowledge-base.md; the order below is the order of the rule.
 *
 *   1. human_edit       a human edit beats everything (the latest edit).
 *   2. correction       a correction beats what it corrects, and any later report that repeats the
 *                       corrected figure.
 *   3. more_specific    a value that agrees with a vaguer one and says more beats it
 *                       ("12亿" over "超10亿", "2024-02" over "2024", "B轮" over "新一轮").
 *   4. recent_specific  a more recent and more specific report beats an older, vaguer one.
 *   5. more_sources     more independent sources beat fewer (reposts count once).
 *   6. more_recent      otherwise the most recent report.
 *   7. first_reported   otherwise the value reported first.
 *   agreed / single     no conflict: every live source gives the same value.
 * A value no source states ("未披露") never beats a stated one.
 */
export type RuleName =
  | "human_edit"
  | "correction"
  | "more_specific"
  | "recent_specific"
  | "more_sources"
  | "more_recent"
  | "first_reported"
  | "agreed"
  | "single";

export type ScalarField = "amount" | "valuation" | "round" | "date" | "disclosed" | "status";
export type ClaimField = ScalarField | "investor" | "lead";

export interface RoundValue {
  readonly stage: Stage;
  readonly label: string | null;
}
export interface DateValue extends PartialDateValue {
  readonly precision: DatePrecision;
}
export interface ValuationValue extends MoneyValue {
  readonly basis: "pre" | "post" | "unspecified";
}
export interface ParticipantValue {
  readonly entityId: number;
  /** False only in a human edit that removes the investor from the event. */
  readonly present?: boolean;
}

export interface FieldValues {
  amount: MoneyValue;
  valuation: ValuationValue;
  round: RoundValue;
  date: DateValue;
  disclosed: DateValue;
  status: EventStatus;
  investor: ParticipantValue;
  lead: ParticipantValue;
}

/** What the rule reads of a claim. */
export interface ClaimInput<F extends ClaimField = ClaimField> {
  readonly id: number;
  readonly field: F;
  /** Null: the source says the value is not disclosed. */
  readonly value: FieldValues[F] | null;
  /** Day the source reported it (YYYY-MM-DD): the document's publication day, else its ingest day. */
  readonly reportedOn: string;
  /** Independent source: the first document of a group of reposts and versions. Null for a human edit. */
  readonly origin: number | null;
  readonly human: boolean;
  /** The source says it corrects an earlier figure. */
  readonly correction: boolean;
  /** From this day on the claim no longer counts (corrected, or its document was replaced by a newer version). */
  readonly supersededOn: string | null;
  readonly supersededBy: number | null;
}

export interface Decision<V> {
  readonly value: V | null;
  readonly claimId: number | null;
  readonly rule: RuleName;
  /** Claims with other values that lost, by the rule above. */
  readonly beaten: readonly number[];
  /** Independent sources behind the chosen value. */
  readonly sources: number;
}

export interface FieldRules<V> {
  same(a: V, b: V): boolean;
  specificity(v: V): number;
  /** `a` agrees with `b` and says more. */
  refines(a: V, b: V): boolean;
}

const STATUS_RANK: Record<EventStatus, number> = { rumored: 0, planned: 1, in_progress: 2, completed: 3 };
const VAGUE_STAGES = new Set<Stage>(["unnamed", "other"]);

function dateRefines(a: PartialDateValue, b: PartialDateValue): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return !!ra && !!rb && precisionRank(a.precision) > precisionRank(b.precision) && ra.from >= rb.from && ra.to <= rb.to;
}

const moneyRules: FieldRules<MoneyValue> = { same: sameMoney, specificity: moneySpecificity, refines: moneyRefines };
const dateRules: FieldRules<DateValue> = {
  same: (a, b) => a.value === b.value && a.precision === b.precision,
  specificity: (d) => (d.value ? precisionRank(d.precision) : 0),
  refines: dateRefines,
};

export const FIELD_RULES: { [F in ScalarField]: FieldRules<FieldValues[F]> } = {
  amount: moneyRules,
  valuation: {
    same: (a, b) => sameMoney(a, b) && a.basis === b.basis,
    specificity: (v) => moneySpecificity(v) * 2 + (v.basis === "unspecified" ? 0 : 1),
    refines: (a, b) => moneyRefines(a, b) || (sameMoney(a, b) && b.basis === "unspecified" && a.basis !== "unspecified"),
  },
  round: {
    same: (a, b) => a.stage === b.stage,
    specificity: (r) => (VAGUE_STAGES.has(r.stage) ? 0 : 1),
    refines: (a, b) => !VAGUE_STAGES.has(a.stage) && VAGUE_STAGES.has(b.stage),
  },
  date: dateRules,
  disclosed: dateRules,
  status: {
    same: (a, b) => a === b,
    specificity: (s) => STATUS_RANK[s],
    // a report that the round closed is not contradicted by an earlier or later rumour of it
    refines: (a, b) => STATUS_RANK[a] > STATUS_RANK[b],
  },
};

/** Claims a reader can see on `asOf` (YYYY-MM-DD, inclusive), or all when null. */
export function visibleOn<C extends ClaimInput>(claims: readonly C[], asOf: string | null): C[] {
  return asOf === null ? [...claims] : claims.filter((c) => c.reportedOn <= asOf);
}

export function isSuperseded(c: ClaimInput, asOf: string | null): boolean {
  return c.supersededOn !== null && (asOf === null || c.supersededOn <= asOf);
}

function latestFirst(a: ClaimInput, b: ClaimInput): number {
  return a.reportedOn === b.reportedOn ? b.id - a.id : a.reportedOn < b.reportedOn ? 1 : -1;
}

interface Group<V> {
  readonly value: V;
  readonly claims: ClaimInput[];
  readonly origins: Set<number>;
  latest: string;
  first: number;
  spec: number;
}

function decision<V>(g: Group<V>, rule: RuleName, all: readonly ClaimInput[]): Decision<V> {
  const winner = [...g.claims].sort(latestFirst)[0]!;
  const beaten = all.filter((c) => !g.claims.includes(c) && c.value !== null).map((c) => c.id);
  return { value: g.value, claimId: winner.id, rule, beaten, sources: g.origins.size };
}

/** Pick the current value of one scalar field from its claims. Null when no claim is visible. */
export function decide<F extends ScalarField>(
  claims: readonly ClaimInput<F>[],
  rules: FieldRules<FieldValues[F]>,
  asOf: string | null = null,
): Decision<FieldValues[F]> | null {
  type V = FieldValues[F];
  const visible = visibleOn(claims, asOf);
  if (visible.length === 0) return null;

  // 1. a human edit beats everything
  const human = visible.filter((c) => c.human).sort(latestFirst)[0];
  if (human) {
    const beaten = visible.filter((c) => c !== human && c.value !== null && !(human.value !== null && rules.same(c.value, human.value)));
    return { value: human.value, claimId: human.id, rule: "human_edit", beaten: beaten.map((c) => c.id), sources: 0 };
  }

  // 2. a correction beats what it corrects (superseded claims), and later repeats of a corrected figure
  const corrected = visible.filter((c) => isSuperseded(c, asOf) && c.value !== null);
  const correctionIds = new Set(visible.filter((c) => c.correction).map((c) => c.id));
  const repeats = (c: ClaimInput<F>) =>
    !c.correction &&
    corrected.some((s) => s.supersededBy !== null && correctionIds.has(s.supersededBy) && rules.same(s.value as V, c.value as V));
  const live = visible.filter((c) => !isSuperseded(c, asOf) && !(c.value !== null && repeats(c)));
  const stated = live.filter((c) => c.value !== null);
  const lostToCorrection = visible.filter((c) => c.value !== null && !live.includes(c));

  if (stated.length === 0) {
    // only "未披露" left (or nothing live): the field is not known
    const last = [...(live.length ? live : visible)].sort(latestFirst)[0]!;
    return { value: null, claimId: live.length ? last.id : null, rule: live.length > 1 ? "agreed" : "single", beaten: [], sources: new Set(live.map((c) => c.origin)).size };
  }

  const groups: Group<V>[] = [];
  for (const c of [...stated].sort((a, b) => a.id - b.id)) {
    const v = c.value as V;
    let g = groups.find((x) => rules.same(x.value, v));
    if (!g) {
      g = { value: v, claims: [], origins: new Set(), latest: c.reportedOn, first: c.id, spec: rules.specificity(v) };
      groups.push(g);
    }
    g.claims.push(c);
    if (c.origin !== null) g.origins.add(c.origin);
    if (c.reportedOn > g.latest) g.latest = c.reportedOn;
  }

  const pick = (g: Group<V>, rule: RuleName) => {
    const d = decision(g, rule, visible);
    return lostToCorrection.length && groups.length === 1 ? { ...d, rule: "correction" as const } : d;
  };
  if (groups.length === 1) return pick(groups[0]!, stated.length > 1 ? "agreed" : "single");

  // 3. a value that agrees with a vaguer one and says more beats it
  let contenders = groups.filter((h) => !groups.some((g) => g !== h && rules.refines(g.value, h.value)));
  if (contenders.length === 1) return decision(contenders[0]!, "more_specific", visible);
  if (contenders.length === 0) contenders = groups;

  // 4. a more recent and more specific report beats an older, vaguer one
  const recentSpecific = contenders.find((g) => contenders.every((h) => h === g || (g.latest > h.latest && g.spec > h.spec)));
  if (recentSpecific) return decision(recentSpecific, "recent_specific", visible);

  // 5. more independent sources beat fewer
  const bySources = [...contenders].sort((a, b) => b.origins.size - a.origins.size);
  if (bySources[0]!.origins.size > bySources[1]!.origins.size) return decision(bySources[0]!, "more_sources", visible);

  // 6. the most recent report; 7. the first reported
  const top = bySources.filter((g) => g.origins.size === bySources[0]!.origins.size);
  const byRecency = [...top].sort((a, b) => (a.latest === b.latest ? 0 : a.latest < b.latest ? 1 : -1));
  if (byRecency[0]!.latest > byRecency[1]!.latest) return decision(byRecency[0]!, "more_recent", visible);
  return decision([...top].sort((a, b) => a.first - b.first)[0]!, "first_reported", visible);
}
