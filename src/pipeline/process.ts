import { createHash } from "node:crypto";
import { resolve as resolvePath } from "node:path";
import type { Issue } from "../core/issue.js";
import type { DocumentMeta, PipelineDocument } from "../core/records.js";
import type { Span } from "../core/span.js";
import { normalize } from "./2-normalize/index.js";
import type { FinancingEvent, InvestmentRelation, MoneyJson, NamedRef, PartialDateJson } from "./4-extract/event.js";
import { extract, type Extraction } from "./4-extract/index.js";
import { findAliasPairs } from "./5-resolve/alias-pairs.js";
import type { ClaimField, DateValue, RoundValue, ValuationValue } from "./5-resolve/conflict.js";
import type { EventShape } from "./5-resolve/consolidate.js";
import { isCorrectionNotice } from "./5-resolve/corrections.js";
import { fingerprint, type Fingerprint } from "./5-resolve/fingerprint.js";
import type { MoneyValue } from "./5-resolve/money.js";
import type { AliasStatement } from "./5-resolve/resolve.js";

/**
 * One document through every stage that needs no knowledge base: normalize → extract →
 * fingerprint, alias statements and claim drafts with their source sentences. The result is plain
 * data (it crosses worker threads); resolution against the knowledge base happens in the writer.
 */
export interface NameDraft {
  readonly name: string;
  readonly text: string;
  readonly span: Span;
}

export interface ClaimDraft {
  readonly field: ClaimField;
  /** The value, or null when the source says it is undisclosed. Investor and lead claims name `subject` instead. */
  readonly value: MoneyValue | ValuationValue | RoundValue | DateValue | string | null;
  readonly subject: NameDraft | null;
  /** The words exactly as the source has them, and where. */
  readonly text: string;
  readonly span: Span | null;
  /** The sentence the value came from. */
  readonly quote: string | null;
  readonly qualifiers: Readonly<Record<string, string>>;
}

export interface EventDraft {
  readonly company: NameDraft;
  readonly shape: EventShape;
  readonly claims: readonly ClaimDraft[];
  /** Earlier figures this document itself corrects ("超10亿美元" → "8亿美金"), stored as superseded amount claims. */
  readonly corrects: readonly ClaimDraft[];
  readonly stakes: readonly StakeDraft[];
}

export interface RelationDraft {
  readonly investor: NameDraft;
  readonly company: NameDraft;
  readonly negated: boolean;
  readonly status: string;
  readonly span: Span | null;
  readonly quote: string | null;
}

export interface StakeDraft {
  readonly holder: NameDraft | null;
  readonly percent: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly qualifier: string;
  readonly text: string;
  readonly span: Span;
  readonly quote: string | null;
}

export interface MentionDraft {
  readonly kind: string;
  readonly span: Span;
  readonly text: string;
  readonly value: unknown;
}

export interface ProcessedDocument {
  readonly kind: "processed";
  readonly meta: DocumentMeta;
  /** sha256 of the raw bytes: the identity of a stored document. */
  readonly hash: string;
  readonly language: string;
  readonly fingerprint: Fingerprint;
  /** The day the source reported what it says: its publication day, else the ingest day. */
  readonly reportedOn: string;
  /** Documents with the same key are versions of one document (same URL, or same local file). */
  readonly versionKey: string | null;
  readonly correction: boolean;
  readonly events: readonly EventDraft[];
  readonly relations: readonly RelationDraft[];
  readonly mentions: readonly MentionDraft[];
  readonly aliases: readonly AliasStatement[];
  readonly issues: readonly Issue[];
  /** Set when a stage failed on this document; the writer records it and moves on. */
  readonly error: string | null;
}

export function rawHash(raw: Uint8Array): string {
  return createHash("sha256").update(raw).digest("hex");
}

export function reportDay(published: string | null, ingestedAt: Date): string {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/u.exec(published) : null;
  return m ? m[1]! : ingestedAt.toISOString().slice(0, 10);
}

export function versionKeyOf(meta: DocumentMeta): string | null {
  if (meta.url) return meta.url;
  if (meta.format === "jsonl" || meta.source === "-" || /^https?:/iu.test(meta.source)) return null;
  return `file:${resolvePath(meta.source)}`;
}

/** Sentence around a span: back to the previous 。！？!?; or line break, forward to the next. */
export function sentenceAround(original: string, s: Span): string {
  const stop = /[。！？!?；;\n]/u;
  let from = s.start;
  while (from > 0 && s.start - from < 200 && !stop.test(original[from - 1]!)) from--;
  let to = s.end;
  while (to < original.length && to - s.end < 200 && !stop.test(original[to]!)) to++;
  if (to < original.length && /[。！？!?]/u.test(original[to]!)) to++;
  return original.slice(from, to).trim();
}

function money(m: MoneyJson): MoneyValue {
  return { min: m.min, max: m.max, currency: m.currency, qualifier: m.qualifier };
}

function dateValue(d: PartialDateJson): DateValue {
  return { value: d.value, precision: d.precision };
}

function eventDrafts(e: FinancingEvent, original: string, reportedOn: string, correction: boolean): EventDraft {
  const quote = (span: Span | null): string | null => {
    if (!span) return e.evidence[0] ? original.slice(e.evidence[0].start, e.evidence[0].end) : null;
    const ev = e.evidence.find((x) => x.start <= span.start && span.end <= x.end);
    return ev ? original.slice(ev.start, ev.end) : sentenceAround(original, span);
  };
  const status = e.status;
  const q = (extra: Record<string, string> = {}) => ({ status, ...(correction ? { correction: "notice" } : {}), ...extra });
  const claims: ClaimDraft[] = [];
  const push = (field: ClaimField, value: ClaimDraft["value"], text: string, span: Span | null, qualifiers = q(), subject: NameDraft | null = null) =>
    claims.push({ field, value, subject, text, span, quote: quote(span), qualifiers });

  if (e.amount) {
    const v = e.amount.qualifier === "undisclosed" ? null : money(e.amount);
    push("amount", v, e.amount.text, e.amount.span, q({ qualifier: e.amount.qualifier }));
  }
  if (e.valuation) {
    push("valuation", { ...money(e.valuation), basis: e.valuation.basis }, e.valuation.text, e.valuation.span, q({ qualifier: e.valuation.qualifier, basis: e.valuation.basis }));
  }
  if (e.round) {
    const span = e.round.span;
    push("round", { stage: e.round.stage, label: e.round.label }, e.round.text, span);
  }
  if (e.date) push("date", dateValue(e.date), e.date.text, e.date.span, q({ precision: e.date.precision }));
  if (e.disclosed) push("disclosed", dateValue(e.disclosed), e.disclosed.text, e.disclosed.span, q({ precision: e.disclosed.precision }));
  push("status", status, "", null);
  for (const inv of e.investors) {
    const subject = { name: inv.name, text: inv.text, span: inv.span };
    push("investor", null, inv.text, inv.span, q(), subject);
    if (inv.lead) push("lead", null, inv.text, inv.span, q(), subject);
  }
  const corrects: ClaimDraft[] = (e.superseded ?? []).map((m) => ({
    field: "amount",
    value: m.qualifier === "undisclosed" ? null : money(m),
    subject: null,
    text: m.text,
    span: m.span,
    quote: quote(m.span),
    qualifiers: { status, qualifier: m.qualifier, superseded: "corrected in the same document" },
  }));
  const stakes: StakeDraft[] = (e.stakes ?? []).map((s) => ({
    holder: s.holder ? { name: s.holder.name, text: s.holder.text, span: s.holder.span } : null,
    percent: s.percent,
    min: s.min,
    max: s.max,
    qualifier: s.qualifier,
    text: s.text,
    span: s.span,
    quote: quote(s.span),
  }));
  return {
    company: { name: e.company.name, text: e.company.text, span: e.company.span },
    shape: {
      stage: e.round?.stage ?? null,
      label: e.round?.label ?? null,
      date: e.date ? dateValue(e.date) : e.disclosed ? dateValue(e.disclosed) : null,
      reportedOn,
      amount: e.amount ? money(e.amount) : null,
    },
    claims,
    corrects,
    stakes,
  };
}

function relationDraft(r: InvestmentRelation, original: string): RelationDraft {
  const ref = (n: NamedRef): NameDraft => ({ name: n.name, text: n.text, span: n.span });
  const ev = r.evidence[0] ?? null;
  return {
    investor: ref(r.investor),
    company: ref(r.company),
    negated: r.negated,
    status: r.status,
    span: ev,
    quote: ev ? original.slice(ev.start, ev.end) : sentenceAround(original, r.investor.span),
  };
}

function mentionsOf(events: readonly FinancingEvent[], relations: readonly InvestmentRelation[]): MentionDraft[] {
  const out: MentionDraft[] = [];
  const org = (n: NamedRef, role: string) => out.push({ kind: "org", span: n.span, text: n.text, value: { name: n.name, role } });
  for (const e of events) {
    org(e.company, "company");
    for (const i of e.investors) org(i, i.lead ? "lead_investor" : "investor");
    for (const [kind, m] of [["money", e.amount], ["valuation", e.valuation]] as const) {
      if (m) out.push({ kind, span: m.span, text: m.text, value: { ...money(m), ...("basis" in m ? { basis: m.basis } : {}) } });
    }
    for (const m of e.superseded ?? []) out.push({ kind: "money", span: m.span, text: m.text, value: { ...money(m), superseded: true } });
    for (const d of [e.date, e.disclosed]) if (d) out.push({ kind: "date", span: d.span, text: d.text, value: dateValue(d) });
    for (const s of e.stakes ?? []) out.push({ kind: "stake", span: s.span, text: s.text, value: { percent: s.percent, min: s.min, max: s.max, qualifier: s.qualifier } });
  }
  for (const r of relations) {
    org(r.investor, r.negated ? "not_investor" : "investor");
    org(r.company, "company");
  }
  return out;
}

export interface ProcessOptions {
  /** sha256 of the raw bytes, when the caller has it already. */
  readonly hash?: string;
  readonly ingestedAt?: Date;
}

/** Run the knowledge-base-free stages on an acquired document. Never throws: a failure becomes `error`. */
export function processDocument(acquired: PipelineDocument, options: ProcessOptions = {}): ProcessedDocument {
  try {
    const doc = normalize(acquired);
    const { value, issues } = extract(doc);
    return processedFrom(doc, value, issues, options);
  } catch (e) {
    return {
      kind: "processed",
      meta: acquired.meta,
      hash: options.hash ?? rawHash(acquired.raw),
      reportedOn: reportDay(acquired.meta.published, options.ingestedAt ?? new Date()),
      versionKey: versionKeyOf(acquired.meta),
      language: acquired.language,
      fingerprint: fingerprint(acquired.text.text),
      correction: false,
      events: [],
      relations: [],
      mentions: [],
      aliases: [],
      issues: acquired.issues,
      error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    };
  }
}

/** A normalized document and what extraction found in it, as the writer takes them. */
export function processedFrom(doc: PipelineDocument, extraction: Extraction, issues: readonly Issue[], options: ProcessOptions = {}): ProcessedDocument {
  const reportedOn = reportDay(doc.meta.published, options.ingestedAt ?? new Date());
  const original = doc.text.original;
  const correction = isCorrectionNotice(doc.meta.title, doc.text.text);
  const aliases: AliasStatement[] = findAliasPairs(doc.text.text).map((p) => {
    const span = doc.text.toOriginal(p.span);
    return { name: p.name, alias: p.alias, relation: p.relation, span, text: original.slice(span.start, span.end) };
  });
  return {
    kind: "processed",
    meta: doc.meta,
    hash: options.hash ?? rawHash(doc.raw),
    reportedOn,
    versionKey: versionKeyOf(doc.meta),
    language: doc.language,
    fingerprint: fingerprint(doc.text.text),
    correction,
    events: extraction.events.map((e) => eventDrafts(e, original, reportedOn, correction)),
    relations: extraction.relations.map((r) => relationDraft(r, original)),
    mentions: mentionsOf(extraction.events, extraction.relations),
    aliases,
    issues: [...doc.issues, ...issues],
    error: null,
  };
}
