import type { ClaimInput, DateValue, Decision, RoundValue, ValuationValue } from "../pipeline/5-resolve/conflict.js";
import { eventState, type EventState } from "../pipeline/5-resolve/current.js";
import { totalRaised, type MoneyValue, type RaisedTotal } from "../pipeline/5-resolve/money.js";
import { coreKey, nameKey } from "../pipeline/5-resolve/names.js";
import type { Registry } from "../pipeline/5-resolve/registry.js";
import { negatedInvestors } from "./refresh.js";
import type { ClaimRecord, CoInvestor, Counts, EntityRecord, EventRecord, ParticipantRecord, RankedCompany, RankedInvestor, RoundFilter, StakeRecord, Store } from "./store.js";

/**
 * What the query commands show, as data (the CLI formats it). Company reports are computed from
 * claims on every call, so `--as-of` shows exactly what the sources published by that day said;
 * investor and rounds reports read the decided columns kept by the writer.
 */

export interface Found {
  readonly entity: EntityRecord;
  /** Other entities the name also denotes (an ambiguous short name). */
  readonly others: readonly EntityRecord[];
}

export interface NotFound {
  readonly entity: null;
  /** Entities with the same core name: "did you mean". */
  readonly suggestions: readonly EntityRecord[];
}

/** Resolve a name typed by a user, in any script or spelling the knowledge base knows. */
export async function findEntity(store: Store, registry: Registry, name: string): Promise<Found | NotFound> {
  const entry = registry.lookup(name);
  const viaRegistry = entry ? await store.byRegistryId(entry.id) : null;
  const byKey = await store.byKey(nameKey(name));
  const all = [...(viaRegistry ? [viaRegistry] : []), ...byKey.filter((e) => e.id !== viaRegistry?.id)];
  if (all.length > 0) {
    const sorted = [...all].sort((a, b) => Number(b.registryId !== null) - Number(a.registryId !== null) || a.id - b.id);
    return { entity: sorted[0]!, others: sorted.slice(1) };
  }
  const core = coreKey(name);
  return { entity: null, suggestions: core ? await store.byCore(core) : [] };
}

export interface LinkView {
  readonly entity: EntityRecord;
  readonly reason: string;
}

async function entityContext(store: Store, e: EntityRecord): Promise<{ aliases: string[]; links: LinkView[] }> {
  const aliases = [...new Set((await store.aliases(e.id)).map((a) => a.name).filter((n) => n !== e.name))];
  const links: LinkView[] = [];
  for (const l of await store.links(e.id)) {
    if (l.status !== "open") continue;
    const other = await store.entity(l.a === e.id ? l.b : l.a);
    if (other && other.id !== e.id) links.push({ entity: other, reason: l.reason });
  }
  return { aliases, links };
}

export interface ClaimView {
  readonly id: number;
  readonly field: string;
  /** The value for people: investor claims name the investor. */
  readonly value: unknown;
  readonly text: string;
  readonly quote: string | null;
  readonly source: string | null;
  readonly title: string | null;
  readonly documentId: number | null;
  readonly reportedOn: string;
  readonly qualifiers: Readonly<Record<string, string>>;
  readonly superseded: boolean;
  readonly supersededReason: string | null;
  readonly human: boolean;
  /** This claim carries the current value of its field. */
  readonly current: boolean;
  readonly independentSource: number | null;
}

export interface RoundView {
  readonly eventId: number;
  readonly sortDay: string | null;
  readonly date: DateValue | null;
  readonly round: RoundValue | null;
  readonly amount: Decision<MoneyValue> | null;
  readonly valuation: Decision<ValuationValue> | null;
  readonly status: string | null;
  readonly leads: readonly string[];
  readonly investors: readonly string[];
  readonly sources: number;
  readonly rules: Readonly<Record<string, string>>;
  readonly claims: readonly ClaimView[];
}

export interface CompanyReport {
  readonly entity: EntityRecord;
  readonly aliases: readonly string[];
  readonly links: readonly LinkView[];
  readonly others: readonly EntityRecord[];
  readonly asOf: string | null;
  readonly rounds: readonly RoundView[];
  /** Over completed and in-progress rounds; cumulative totals, rumours and plans are left out and counted. */
  readonly total: RaisedTotal;
  readonly notCounted: { readonly rumoredOrPlanned: number; readonly cumulative: number };
  readonly latestValuation: { readonly value: ValuationValue; readonly day: string | null; readonly eventId: number } | null;
  readonly backers: readonly { readonly name: string; readonly quote: string | null }[];
  readonly withdrawn: readonly { readonly name: string; readonly quote: string | null }[];
  readonly stakes: readonly StakeRecord[];
}

async function namer(store: Store): Promise<(id: number) => Promise<string>> {
  const cache = new Map<number, string>();
  return async (id) => {
    let n = cache.get(id);
    if (n === undefined) {
      n = (await store.entity(id))?.name ?? `#${id}`;
      cache.set(id, n);
    }
    return n;
  };
}

function claimViews(claims: readonly ClaimRecord[], state: EventState, asOf: string | null, nameOf: Map<number, string>): ClaimView[] {
  // a claim supports the current value when its field was decided and it was not beaten
  const support = new Set<number>();
  for (const f of ["amount", "valuation", "round", "date", "disclosed", "status"] as const) {
    const d = state[f];
    if (!d || d.value === null) continue;
    const beaten = new Set(d.beaten);
    for (const c of claims) if (c.field === f && c.value !== null && !beaten.has(c.id)) support.add(c.id);
  }
  for (const p of state.participants) {
    for (const id of p.claimIds) {
      const c = claims.find((x) => x.id === id);
      if (c && (c.field === "investor" || (c.field === "lead" && p.lead))) support.add(id);
    }
  }
  return claims
    .filter((c) => asOf === null || c.reportedOn <= asOf)
    .map((c) => {
      const superseded = c.supersededOn !== null && (asOf === null || c.supersededOn <= asOf);
      const subject = (c.field === "investor" || c.field === "lead") && c.value ? (c.value as { entityId: number }).entityId : null;
      return {
        id: c.id,
        field: c.field,
        value: subject !== null ? { ...(c.value as object), name: nameOf.get(subject) ?? `#${subject}` } : c.value,
        text: c.text,
        quote: c.quote,
        source: c.source,
        title: c.title,
        documentId: c.documentId,
        reportedOn: c.reportedOn,
        qualifiers: c.qualifiers,
        superseded,
        supersededReason: superseded ? c.supersededReason : null,
        human: c.human,
        current: support.has(c.id) && !superseded,
        independentSource: c.origin,
      };
    });
}

export async function companyReport(
  store: Store,
  entity: EntityRecord,
  options: { asOf?: string | null; others?: readonly EntityRecord[] } = {},
): Promise<CompanyReport> {
  const asOf = options.asOf ?? null;
  const { aliases, links } = await entityContext(store, entity);
  const events = await store.eventsForCompany(entity.id);
  const claims = await store.claims(events.map((e) => e.id));
  const relations = await store.relations({ companyId: entity.id });
  const negated = negatedInvestors(relations, asOf);
  const name = await namer(store);
  const names = new Map<number, string>();
  for (const c of claims) {
    if ((c.field === "investor" || c.field === "lead") && c.value) {
      const id = (c.value as { entityId: number }).entityId;
      names.set(id, await name(id));
    }
  }
  const rounds: RoundView[] = [];
  for (const ev of events) {
    const cs = claims.filter((c) => c.eventId === ev.id);
    const state = eventState(cs as ClaimInput[], { asOf, negated });
    if (!state.live) continue;
    const rules: Record<string, string> = {};
    for (const f of ["amount", "valuation", "round", "date", "status"] as const) if (state[f]) rules[f] = state[f]!.rule;
    rounds.push({
      eventId: ev.id,
      sortDay: state.sortDay,
      date: state.date?.value ?? state.disclosed?.value ?? null,
      round: state.round?.value ?? null,
      amount: state.amount,
      valuation: state.valuation,
      status: state.status?.value ?? null,
      leads: state.participants.filter((p) => p.lead).map((p) => names.get(p.entityId) ?? `#${p.entityId}`),
      investors: state.participants.map((p) => names.get(p.entityId) ?? `#${p.entityId}`),
      sources: state.sources,
      rules,
      claims: claimViews(cs, state, asOf, names),
    });
  }
  rounds.sort((a, b) => (a.sortDay ?? "").localeCompare(b.sortDay ?? "") || a.eventId - b.eventId);
  const counted = rounds.filter((r) => r.round?.stage !== "total" && r.status !== "rumored" && r.status !== "planned");
  const latestValuation = [...rounds].reverse().find((r) => r.valuation?.value);
  const visibleRel = relations.filter((r) => asOf === null || r.reportedOn <= asOf);
  const inRounds = new Set(rounds.flatMap((r) => r.investors));
  const backers = new Map<string, string | null>();
  for (const r of visibleRel) if (!r.negated && !negated.has(r.investorId) && !inRounds.has(r.investorName)) backers.set(r.investorName, r.quote);
  const withdrawn = new Map<string, string | null>();
  for (const r of visibleRel) if (r.negated) withdrawn.set(r.investorName, r.quote);
  return {
    entity,
    aliases,
    links,
    others: options.others ?? [],
    asOf,
    rounds,
    total: totalRaised(counted.map((r) => r.amount?.value ?? null)),
    notCounted: {
      rumoredOrPlanned: rounds.filter((r) => r.status === "rumored" || r.status === "planned").length,
      cumulative: rounds.filter((r) => r.round?.stage === "total").length,
    },
    latestValuation: latestValuation ? { value: latestValuation.valuation!.value!, day: latestValuation.sortDay, eventId: latestValuation.eventId } : null,
    backers: [...backers].map(([n, quote]) => ({ name: n, quote })),
    withdrawn: [...withdrawn].map(([n, quote]) => ({ name: n, quote })),
    stakes: (await store.stakes(entity.id)).filter((s) => asOf === null || s.reportedOn <= asOf),
  };
}

export interface PortfolioEntry {
  readonly companyId: number;
  readonly company: string;
  /** Units of the investor that made the investment ("腾讯投资" for 腾讯), when not the investor itself. */
  readonly via: readonly string[];
  readonly rounds: number;
  readonly led: number;
  readonly lastDay: string | null;
  /** "round": named as an investor of a round; "relation": a source says it invested, no round named. */
  readonly knownFrom: readonly ("round" | "relation")[];
  readonly quote: string | null;
}

export interface InvestorReport {
  readonly entity: EntityRecord;
  readonly aliases: readonly string[];
  readonly links: readonly LinkView[];
  readonly others: readonly EntityRecord[];
  /** Units whose rounds count as the investor's (registry parents). */
  readonly units: readonly EntityRecord[];
  readonly portfolio: readonly PortfolioEntry[];
  readonly roundsLed: readonly (EventRecord & { readonly lead: boolean; readonly via: EntityRecord })[];
  readonly rounds: number;
  readonly withdrawn: readonly { readonly company: string; readonly quote: string | null }[];
  readonly coInvestors: readonly CoInvestor[];
}

export async function investorReport(
  store: Store,
  entity: EntityRecord,
  options: { coInvestors?: number; others?: readonly EntityRecord[] } = {},
): Promise<InvestorReport> {
  const { aliases, links } = await entityContext(store, entity);
  const units = await store.units(entity.id);
  const events = await store.eventsForInvestor(entity.id);
  const relations = (await Promise.all([entity, ...units].map((e) => store.relations({ investorId: e.id })))).flat();
  const negatedCompanies = new Set(relations.filter((r) => r.negated).map((r) => r.companyId));
  type Entry = { company: string; rounds: Set<number>; led: Set<number>; lastDay: string | null; via: Set<string>; knownFrom: Set<"round" | "relation">; quote: string | null };
  const byCompany = new Map<number, Entry>();
  const entry = (id: number, company: string, quote: string | null) => {
    const p = byCompany.get(id) ?? { company, rounds: new Set(), led: new Set(), lastDay: null, via: new Set(), knownFrom: new Set(), quote };
    byCompany.set(id, p);
    return p;
  };
  for (const e of events) {
    const p = entry(e.companyId, e.companyName, null);
    p.rounds.add(e.id);
    if (e.lead) p.led.add(e.id);
    if (e.via.id !== entity.id) p.via.add(e.via.name);
    if (e.sortDay && (!p.lastDay || e.sortDay > p.lastDay)) p.lastDay = e.sortDay;
    p.knownFrom.add("round");
  }
  for (const r of relations) {
    // never from a negated relation, and a withdrawal is not silently overridden by another source
    if (r.negated || negatedCompanies.has(r.companyId)) continue;
    const p = entry(r.companyId, r.companyName, r.quote);
    p.knownFrom.add("relation");
    if (r.investorId !== entity.id) p.via.add(r.investorName);
    if (!p.lastDay) p.lastDay = r.reportedOn;
  }
  const portfolio = [...byCompany.entries()]
    .map(([companyId, p]) => ({
      companyId,
      company: p.company,
      via: [...p.via],
      rounds: p.rounds.size,
      led: p.led.size,
      lastDay: p.lastDay,
      knownFrom: [...p.knownFrom],
      quote: p.quote,
    }))
    .sort((a, b) => (b.lastDay ?? "").localeCompare(a.lastDay ?? "") || b.rounds - a.rounds || a.company.localeCompare(b.company));
  const distinct = new Map(events.map((e) => [e.id, e]));
  return {
    entity,
    aliases,
    links,
    others: options.others ?? [],
    units,
    portfolio,
    roundsLed: [...new Map(events.filter((e) => e.lead).map((e) => [e.id, e])).values()],
    rounds: distinct.size,
    withdrawn: relations.filter((r) => r.negated).map((r) => ({ company: r.companyName, quote: r.quote })),
    coInvestors: await store.coInvestors(entity.id, options.coInvestors ?? 10),
  };
}

export interface RoundsReport {
  readonly total: number;
  /** More rounds match than `total` counted. */
  readonly more: boolean;
  readonly events: readonly (EventRecord & { readonly leads: readonly string[]; readonly investors: readonly string[] })[];
}

export async function roundsReport(store: Store, filter: RoundFilter): Promise<RoundsReport> {
  const { events, total, more } = await store.searchEvents(filter);
  const parts = await store.participants(events.map((e) => e.id));
  const by = new Map<number, ParticipantRecord[]>();
  for (const p of parts) by.set(p.eventId, [...(by.get(p.eventId) ?? []), p]);
  return {
    total,
    more,
    events: events.map((e) => ({
      ...e,
      leads: (by.get(e.id) ?? []).filter((p) => p.lead).map((p) => p.name),
      investors: (by.get(e.id) ?? []).map((p) => p.name),
    })),
  };
}

export interface Landscape {
  readonly counts: Counts;
  readonly topCompanies: readonly RankedCompany[];
  readonly topInvestors: readonly RankedInvestor[];
  readonly latest: RoundsReport;
}

export async function landscape(store: Store, limit = 10): Promise<Landscape> {
  return {
    counts: await store.counts(),
    topCompanies: await store.topCompanies(limit),
    topInvestors: await store.topInvestors(limit),
    latest: await roundsReport(store, { since: null, until: null, stages: null, minAmount: null, currency: null, investorId: null, companyId: null, limit }),
  };
}

export type { ParticipantRecord };
