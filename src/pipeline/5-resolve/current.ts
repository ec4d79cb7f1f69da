import type { EventStatus } from "../4-extract/event.js";
import {
  decide,
  FIELD_RULES,
  isSuperseded,
  visibleOn,
  type ClaimInput,
  type DateValue,
  type Decision,
  type FieldValues,
  type RoundValue,
  type ScalarField,
  type ValuationValue,
} from "./conflict.js";
import { sortDay } from "./dates.js";
import type { MoneyValue } from "./money.js";

/** An event as the knowledge base states it on a day: every field decided by the conflict rule. */
export interface EventState {
  /** False when no source (as of the day) still reports the event. */
  readonly live: boolean;
  readonly amount: Decision<MoneyValue> | null;
  readonly valuation: Decision<ValuationValue> | null;
  readonly round: Decision<RoundValue> | null;
  readonly date: Decision<DateValue> | null;
  readonly disclosed: Decision<DateValue> | null;
  readonly status: Decision<EventStatus> | null;
  readonly participants: readonly Participant[];
  /** Independent sources (reposts and versions of one article count once). */
  readonly sources: number;
  readonly firstReported: string | null;
  readonly lastReported: string | null;
  /** The day the event is sorted and filtered by: its date, else its disclosure, else its first report. */
  readonly sortDay: string | null;
}

export interface Participant {
  readonly entityId: number;
  readonly lead: boolean;
  readonly claimIds: readonly number[];
  /** Independent sources naming this investor. */
  readonly sources: number;
  /** Set when a human edit decided presence or lead. */
  readonly human: boolean;
}

export interface StateOptions {
  readonly asOf?: string | null;
  /** Investors a source says withdrew from or never invested in this company: never participants unless a human says so. */
  readonly negated?: ReadonlySet<number>;
}

const SCALARS: readonly ScalarField[] = ["amount", "valuation", "round", "date", "disclosed", "status"];

function participants(claims: readonly ClaimInput[], asOf: string | null, negated: ReadonlySet<number>): Participant[] {
  const visible = visibleOn(claims, asOf).filter((c) => (c.field === "investor" || c.field === "lead") && c.value !== null);
  const byEntity = new Map<number, ClaimInput[]>();
  for (const c of visible) {
    const id = (c.value as FieldValues["investor"]).entityId;
    byEntity.set(id, [...(byEntity.get(id) ?? []), c]);
  }
  const out: Participant[] = [];
  for (const [entityId, cs] of byEntity) {
    const humanLatest = (field: "investor" | "lead") =>
      cs.filter((c) => c.human && c.field === field).sort((a, b) => (a.reportedOn === b.reportedOn ? b.id - a.id : a.reportedOn < b.reportedOn ? 1 : -1))[0];
    const live = cs.filter((c) => !c.human && !isSuperseded(c, asOf));
    const hInv = humanLatest("investor");
    const hLead = humanLatest("lead");
    const present = hInv
      ? (hInv.value as FieldValues["investor"]).present !== false
      : hLead
        ? (hLead.value as FieldValues["lead"]).present !== false
        : live.length > 0 && !negated.has(entityId);
    if (!present) continue;
    const lead = hLead ? (hLead.value as FieldValues["lead"]).present !== false : live.some((c) => c.field === "lead");
    out.push({
      entityId,
      lead,
      claimIds: cs.map((c) => c.id),
      sources: new Set(live.map((c) => c.origin)).size,
      human: Boolean(hInv || hLead),
    });
  }
  return out.sort((a, b) => Number(b.lead) - Number(a.lead) || b.sources - a.sources || a.entityId - b.entityId);
}

export function eventState(claims: readonly ClaimInput[], options: StateOptions = {}): EventState {
  const asOf = options.asOf ?? null;
  const visible = visibleOn(claims, asOf);
  const live = visible.filter((c) => c.human || !isSuperseded(c, asOf));
  const decided = Object.fromEntries(
    SCALARS.map((f) => [f, decide(claims.filter((c) => c.field === f) as ClaimInput<typeof f>[], FIELD_RULES[f] as never, asOf)]),
  ) as { [F in ScalarField]: Decision<FieldValues[F]> | null };
  const days = visible.filter((c) => !c.human).map((c) => c.reportedOn).sort();
  const firstReported = days[0] ?? null;
  const date = decided.date?.value ?? decided.disclosed?.value ?? null;
  return {
    live: live.some((c) => !c.human) || live.some((c) => c.human && c.value !== null),
    ...decided,
    participants: participants(claims, asOf, options.negated ?? new Set()),
    sources: new Set(live.filter((c) => !c.human).map((c) => c.origin)).size,
    firstReported,
    lastReported: days[days.length - 1] ?? null,
    sortDay: sortDay(date) ?? firstReported,
  };
}
