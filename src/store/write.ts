import { FIELD_RULES, type ScalarField } from "../pipeline/5-resolve/conflict.js";
import { bestMatch } from "../pipeline/5-resolve/consolidate.js";
import { duplicateOf } from "../pipeline/5-resolve/fingerprint.js";
import type { Registry } from "../pipeline/5-resolve/registry.js";
import { resolveNames, type NameUse } from "../pipeline/5-resolve/resolve.js";
import type { ClaimDraft, EventDraft, ProcessedDocument } from "../pipeline/process.js";
import { refreshEvent } from "./refresh.js";
import type { NewClaim, Store, StoredDocument } from "./store.js";

/**
 * The writer: one processed document into the knowledge base, inside the caller's transaction.
 * Order matters and reads like the issue: store the bytes (no-op if known) → link versions and
 * reposts → mentions → resolve names → relations → consolidate events → claims (corrections
 * supersede what they correct) → decide current values.
 */
export type WriteStatus = "stored" | "unchanged" | "failed";

export interface WriteOutcome {
  readonly status: WriteStatus;
  readonly documentId: number | null;
  readonly repostOf: number | null;
  readonly previousVersion: number | null;
  readonly eventsCreated: number;
  readonly eventsMatched: number;
}

const SCALARS = new Set<string>(["amount", "valuation", "round", "date", "disclosed", "status"]);

async function findRepost(store: Store, p: ProcessedDocument): Promise<{ id: number; reason: "same_text" | "near_duplicate"; similarity: number } | null> {
  let best: { id: number; reason: "same_text" | "near_duplicate"; similarity: number } | null = null;
  for (const c of await store.duplicateCandidates(p.fingerprint.textHash, p.fingerprint.bands)) {
    const d = duplicateOf(p.fingerprint, c);
    if (d && (!best || d.similarity > best.similarity)) best = { id: c.id, ...d };
  }
  return best;
}

export async function writeDocument(store: Store, p: ProcessedDocument, raw: Uint8Array, registry: Registry, now = new Date()): Promise<WriteOutcome> {
  const existing = await store.documentByHash(p.hash);
  const none = { repostOf: null, previousVersion: null, eventsCreated: 0, eventsMatched: 0 };
  if (existing?.status === "ok") return { status: "unchanged", documentId: existing.id, ...none };
  if (existing) await store.deleteFailedDocument(existing.id); // a failed document is tried again

  const failed = p.error !== null;
  const prev = p.versionKey && !failed ? await store.latestVersion(p.versionKey) : null;
  const repost = prev || failed ? null : await findRepost(store, p);
  const doc = await store.insertDocument({
    hash: p.hash,
    meta: p.meta,
    raw,
    language: p.language,
    reportedOn: p.reportedOn,
    versionKey: p.versionKey,
    textHash: p.fingerprint.textHash,
    minhash: p.fingerprint.minhash,
    bands: p.fingerprint.bands,
    numbers: p.fingerprint.numbers,
    textLength: p.fingerprint.length,
    correction: p.correction,
    status: failed ? "failed" : "ok",
    error: p.error,
    issues: p.issues,
    previousVersion: prev?.id ?? null,
    repostOf: repost?.id ?? null,
    repostReason: repost?.reason ?? null,
    similarity: repost?.similarity ?? null,
    ingestedAt: now.toISOString(),
  });
  if (!doc) return { status: "unchanged", documentId: (await store.documentByHash(p.hash))?.id ?? null, ...none };
  if (failed) return { status: "failed", documentId: doc.id, ...none };

  const touched = new Set<number>();
  if (prev) {
    // a newer version replaces what the old one said, from the day it was published
    await store.markReplaced(prev.id, p.reportedOn);
    for (const id of await store.eventsForDocument(prev.id)) touched.add(id);
  }

  const mentionIds = await store.insertMentions(doc.id, p.mentions);
  const mentionAt = new Map<string, number>();
  p.mentions.forEach((m, i) => mentionAt.set(`${m.span.start}:${m.span.end}`, mentionIds[i]!));

  const names: NameUse[] = [];
  for (const e of p.events) {
    names.push({ name: e.company.name, role: "company" });
    for (const c of e.claims) if (c.subject) names.push({ name: c.subject.name, role: "investor" });
    for (const s of e.stakes) if (s.holder) names.push({ name: s.holder.name, role: "investor" });
  }
  for (const r of p.relations) names.push({ name: r.company.name, role: "company" }, { name: r.investor.name, role: "investor" });
  const entities = await resolveNames(store, registry, { documentId: doc.id, names, aliases: p.aliases });
  const idOf = (name: string) => entities.get(name)?.id ?? null;

  for (const r of p.relations) {
    const investorId = idOf(r.investor.name);
    const companyId = idOf(r.company.name);
    if (investorId === null || companyId === null || investorId === companyId) continue;
    await store.addRelation({ investorId, companyId, negated: r.negated, status: r.status, documentId: doc.id, span: r.span, quote: r.quote, reportedOn: p.reportedOn });
    if (r.negated) for (const ev of await store.eventsForCompany(companyId)) touched.add(ev.id);
  }

  let eventsCreated = 0;
  let eventsMatched = 0;
  // The extractor already told this document's events apart: two of them never become one event
  // ("MiniMax完成6亿美元融资…此前，腾讯曾参与MiniMax在2023年完成的一轮融资").
  const thisDocument = new Set<number>();
  for (const draft of p.events) {
    const companyId = idOf(draft.company.name);
    if (companyId === null) continue;
    const candidates = (await store.eventsForCompany(companyId)).filter((ev) => !thisDocument.has(ev.id));
    const known = candidates.map((ev) => ({
      id: ev.id,
      shape: {
        stage: ev.stage,
        label: ev.roundLabel,
        date: ev.dateValue ? { value: ev.dateValue, precision: ev.datePrecision as "day" } : null,
        reportedOn: ev.firstReported,
        amount: ev.amount,
      },
    }));
    const match = bestMatch(draft.shape, known, { correction: p.correction });
    const eventId = match ? match.candidate.id : await store.createEvent(companyId, now.toISOString());
    if (match) eventsMatched++;
    else eventsCreated++;
    thisDocument.add(eventId);
    await addEventClaims(store, eventId, match !== null, draft, doc, p, mentionAt, idOf);
    for (const s of draft.stakes) {
      await store.addStake({
        companyId,
        holderId: s.holder ? idOf(s.holder.name) : null,
        eventId,
        percent: s.percent,
        min: s.min,
        max: s.max,
        qualifier: s.qualifier,
        text: s.text,
        documentId: doc.id,
        span: s.span,
        quote: s.quote,
        reportedOn: p.reportedOn,
      });
    }
    await refreshEvent(store, eventId);
    touched.delete(eventId);
  }
  for (const id of touched) await refreshEvent(store, id);
  return { status: "stored", documentId: doc.id, repostOf: repost?.id ?? null, previousVersion: prev?.id ?? null, eventsCreated, eventsMatched };
}

async function addEventClaims(
  store: Store,
  eventId: number,
  known: boolean,
  draft: EventDraft,
  doc: StoredDocument,
  p: ProcessedDocument,
  mentionAt: ReadonlyMap<string, number>,
  idOf: (name: string) => number | null,
): Promise<void> {
  const before = known ? await store.claims([eventId]) : [];
  const corrects = draft.corrects.length > 0;
  const toClaim = (c: ClaimDraft, extra: Partial<NewClaim> = {}): NewClaim | null => {
    let value: unknown = c.value;
    if (c.field === "investor" || c.field === "lead") {
      const id = c.subject ? idOf(c.subject.name) : null;
      if (id === null) return null;
      value = { entityId: id };
    }
    return {
      eventId,
      field: c.field,
      value,
      text: c.text,
      documentId: doc.id,
      mentionId: c.span ? (mentionAt.get(`${c.span.start}:${c.span.end}`) ?? null) : null,
      span: c.span,
      quote: c.quote,
      qualifiers: c.qualifiers,
      reportedOn: p.reportedOn,
      correction: p.correction || (corrects && c.field === "amount"),
      ...extra,
    };
  };
  const fresh = draft.claims.map((c) => toClaim(c)).filter((c): c is NewClaim => c !== null);
  const ids = await store.addClaims(fresh);
  const amountId = ids[fresh.findIndex((c) => c.field === "amount")] ?? null;

  // "超10亿美元……被很快修正为8亿美金": the first figure is kept, superseded by the correction
  if (corrects) {
    const reason = `corrected in the same report (document ${doc.id})`;
    const old = draft.corrects.map((c) => toClaim(c, { correction: false, supersededBy: { claimId: amountId, on: p.reportedOn, reason } }));
    await store.addClaims(old.filter((c): c is NewClaim => c !== null));
    // the same figure reported earlier by other sources is corrected too
    const wrong = before.filter(
      (c) => c.field === "amount" && c.value !== null && !c.human && draft.corrects.some((w) => w.value !== null && FIELD_RULES.amount.same(c.value as never, w.value as never)),
    );
    await store.supersedeClaims(wrong.map((c) => c.id), { claimId: amountId, on: p.reportedOn, reason: `corrected by a later report (document ${doc.id})` });
  }

  // a correction notice beats what was reported before it, field by field
  if (p.correction) {
    for (const [i, c] of fresh.entries()) {
      if (!SCALARS.has(c.field) || c.value === null) continue;
      const rules = FIELD_RULES[c.field as ScalarField];
      const wrong = before.filter(
        (b) => b.field === c.field && !b.human && b.value !== null && b.reportedOn <= p.reportedOn && !rules.same(b.value as never, c.value as never),
      );
      await store.supersedeClaims(wrong.map((b) => b.id), { claimId: ids[i]!, on: p.reportedOn, reason: `correction notice (document ${doc.id})` });
    }
  }
}
