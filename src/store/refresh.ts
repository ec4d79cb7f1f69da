import { eventState, type EventState } from "../pipeline/5-resolve/current.js";
import { lowerBound, toUsd } from "../pipeline/5-resolve/money.js";
import type { ClaimRecord, EventCurrent, RelationRecord, Store } from "./store.js";

/** Investors a source says withdrew from or never invested in the company (as of a day). */
export function negatedInvestors(relations: readonly RelationRecord[], asOf: string | null = null): Set<number> {
  return new Set(relations.filter((r) => r.negated && (asOf === null || r.reportedOn <= asOf)).map((r) => r.investorId));
}

/** The columns queries read, from an event's decided state. */
export function currentColumns(s: EventState): EventCurrent {
  const amount = s.amount?.value ?? null;
  const date = s.date?.value ?? s.disclosed?.value ?? null;
  const rules: Record<string, string> = {};
  for (const f of ["amount", "valuation", "round", "date", "disclosed", "status"] as const) {
    const d = s[f];
    if (d) rules[f] = d.rule;
  }
  return {
    live: s.live,
    stage: s.round?.value?.stage ?? null,
    roundLabel: s.round?.value?.label ?? null,
    dateValue: date?.value ?? null,
    datePrecision: date?.precision ?? null,
    sortDay: s.sortDay,
    amount,
    amountUsd: amount ? toUsd(lowerBound(amount), amount.currency) : null,
    valuation: s.valuation?.value ?? null,
    status: s.status?.value ?? null,
    sources: s.sources,
    firstReported: s.firstReported,
    lastReported: s.lastReported,
    rules,
  };
}

/** Decide every field of an event again from all its claims and store the result. */
export async function refreshEvent(store: Store, eventId: number, claims?: readonly ClaimRecord[]): Promise<EventState> {
  const ev = await store.event(eventId);
  if (!ev) throw new Error(`no event ${eventId}`);
  const cs = claims ?? (await store.claims([eventId]));
  const negated = negatedInvestors(await store.relations({ companyId: ev.companyId }));
  const state = eventState(cs, { negated });
  await store.setEventCurrent(eventId, currentColumns(state), state.participants.map((p) => ({ entityId: p.entityId, lead: p.lead })));
  return state;
}
