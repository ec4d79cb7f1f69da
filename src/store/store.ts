import type { Issue } from "../core/issue.js";
import type { DocumentMeta } from "../core/records.js";
import type { Span } from "../core/span.js";
import type { Currency, MoneyQualifier, Stage } from "../pipeline/3-recognize/types.js";
import type { EventStatus } from "../pipeline/4-extract/event.js";
import type { ClaimField, ClaimInput } from "../pipeline/5-resolve/conflict.js";
import type { AliasSource, EntityDirectory, EntityRef, NewAlias, NewLink } from "../pipeline/5-resolve/resolve.js";

/**
 * The storage contract of the knowledge base. Async even where the SQLite backend is synchronous
 * (kysely's rule), so another backend never changes a call site. src/store/contract.ts tests
 * every backend against this interface. Ids are numbers; days are "YYYY-MM-DD"; times ISO 8601.
 */

// ---- documents -------------------------------------------------------------------------------

export type DocumentStatus = "ok" | "failed";
export type DuplicateReason = "same_text" | "near_duplicate";

export interface NewDocument {
  readonly hash: string;
  readonly meta: DocumentMeta;
  readonly raw: Uint8Array;
  readonly language: string;
  readonly reportedOn: string;
  readonly versionKey: string | null;
  readonly textHash: string;
  readonly minhash: readonly number[];
  readonly bands: readonly number[];
  readonly numbers: readonly string[];
  readonly textLength: number;
  readonly correction: boolean;
  readonly status: DocumentStatus;
  readonly error: string | null;
  readonly issues: readonly Issue[];
  /** A newer version of this earlier document (same version key). */
  readonly previousVersion: number | null;
  /** The earlier document this one reposts. */
  readonly repostOf: number | null;
  readonly repostReason: DuplicateReason | null;
  readonly similarity: number | null;
  readonly ingestedAt: string;
}

export interface StoredDocument {
  readonly id: number;
  readonly hash: string;
  readonly source: string;
  readonly externalId: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly encoding: string;
  readonly format: string;
  readonly language: string;
  readonly reportedOn: string;
  readonly versionKey: string | null;
  readonly textHash: string;
  readonly textLength: number;
  readonly correction: boolean;
  readonly status: DocumentStatus;
  readonly error: string | null;
  /** The independent source this document belongs to: itself, or the first of its reposts and versions. */
  readonly originId: number;
  readonly previousVersion: number | null;
  readonly repostOf: number | null;
  readonly repostReason: DuplicateReason | null;
  readonly similarity: number | null;
  /** The day a newer version replaced this one, if any. */
  readonly replacedOn: string | null;
  readonly ingestedAt: string;
}

export interface DuplicateCandidate {
  readonly id: number;
  readonly originId: number;
  readonly textHash: string;
  readonly minhash: readonly number[];
  readonly numbers: readonly string[];
}

export interface NewMention {
  readonly kind: string;
  readonly span: Span;
  readonly text: string;
  readonly value: unknown;
}

export interface MentionRecord extends NewMention {
  readonly id: number;
  readonly documentId: number;
}

// ---- entities --------------------------------------------------------------------------------

export type EntityRecord = EntityRef;

export interface AliasRecord {
  readonly entityId: number;
  readonly name: string;
  readonly key: string;
  readonly source: AliasSource;
  readonly documentId: number | null;
  readonly evidence: string | null;
}

export interface LinkRecord {
  readonly id: number;
  readonly a: number;
  readonly b: number;
  readonly reason: string;
  readonly documentId: number | null;
  readonly evidence: string | null;
  readonly status: "open" | "merged" | "rejected";
}

// ---- events and claims -----------------------------------------------------------------------

export interface MoneyColumns {
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: Currency | null;
  readonly qualifier: MoneyQualifier;
}

/** An event's current values: the conflict rule's output, kept for fast queries. */
export interface EventCurrent {
  readonly live: boolean;
  readonly stage: Stage | null;
  readonly roundLabel: string | null;
  readonly dateValue: string | null;
  readonly datePrecision: string | null;
  readonly sortDay: string | null;
  readonly amount: MoneyColumns | null;
  /** Approximate USD lower bound of the amount (ranking and `--min` without a currency). */
  readonly amountUsd: number | null;
  readonly valuation: (MoneyColumns & { readonly basis: string }) | null;
  readonly status: EventStatus | null;
  readonly sources: number;
  readonly firstReported: string | null;
  readonly lastReported: string | null;
  /** field → the rule that decided it. */
  readonly rules: Readonly<Record<string, string>>;
}

export interface EventRecord extends EventCurrent {
  readonly id: number;
  readonly companyId: number;
  readonly companyName: string;
}

export interface NewClaim {
  readonly eventId: number;
  readonly field: ClaimField;
  readonly value: unknown;
  readonly text: string;
  readonly documentId: number | null;
  readonly mentionId: number | null;
  readonly span: Span | null;
  readonly quote: string | null;
  readonly qualifiers: Readonly<Record<string, string>>;
  readonly reportedOn: string;
  readonly correction: boolean;
  /** Set for claims stored already superseded (a figure the same document corrects). */
  readonly supersededBy?: { readonly claimId: number | null; readonly on: string; readonly reason: string } | null;
  readonly editId?: number | null;
}

/** A claim as queries see it: with its document's independent source and replacement day folded in. */
export interface ClaimRecord extends ClaimInput {
  readonly eventId: number;
  readonly text: string;
  readonly documentId: number | null;
  readonly mentionId: number | null;
  readonly span: Span | null;
  readonly quote: string | null;
  readonly qualifiers: Readonly<Record<string, string>>;
  readonly supersededReason: string | null;
  readonly editId: number | null;
  readonly source: string | null;
  readonly title: string | null;
}

export interface Participation {
  readonly entityId: number;
  readonly lead: boolean;
}

export interface ParticipantRecord extends Participation {
  readonly eventId: number;
  readonly name: string;
}

export interface NewRelation {
  readonly investorId: number;
  readonly companyId: number;
  readonly negated: boolean;
  readonly status: string;
  readonly documentId: number;
  readonly span: Span | null;
  readonly quote: string | null;
  readonly reportedOn: string;
}

export interface RelationRecord extends NewRelation {
  readonly id: number;
  readonly investorName: string;
  readonly companyName: string;
  readonly originId: number;
}

export interface NewStake {
  readonly companyId: number;
  readonly holderId: number | null;
  readonly eventId: number | null;
  readonly percent: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly qualifier: string;
  readonly text: string;
  readonly documentId: number;
  readonly span: Span;
  readonly quote: string | null;
  readonly reportedOn: string;
}

export interface StakeRecord extends NewStake {
  readonly id: number;
  readonly holderName: string | null;
}

export interface NewEdit {
  readonly action: "set_field" | "merge_entities" | "reject_link";
  readonly eventId: number | null;
  readonly field: string | null;
  readonly value: unknown;
  readonly note: string | null;
  readonly author: string;
  readonly at: string;
}

export interface EditRecord extends NewEdit {
  readonly id: number;
}

// ---- queries ---------------------------------------------------------------------------------

export interface RoundFilter {
  readonly since: string | null;
  readonly until: string | null;
  readonly stages: readonly Stage[] | null;
  /** Lower bound of the amount, in `currency` when set, else in approximate USD. */
  readonly minAmount: number | null;
  readonly currency: Currency | null;
  /** Rounds this investor or one of its units took part in. */
  readonly investorId: number | null;
  readonly companyId: number | null;
  readonly limit: number;
}

export interface CoInvestor {
  readonly entityId: number;
  readonly name: string;
  readonly shared: number;
}

export interface Counts {
  readonly documents: number;
  readonly failed: number;
  readonly reposts: number;
  readonly versions: number;
  readonly entities: number;
  readonly aliases: number;
  readonly links: number;
  readonly events: number;
  readonly claims: number;
  readonly relations: number;
  readonly mentions: number;
}

export interface RankedCompany {
  readonly entityId: number;
  readonly name: string;
  readonly rounds: number;
  readonly usdMin: number;
}

export interface RankedInvestor {
  readonly entityId: number;
  readonly name: string;
  readonly deals: number;
  readonly led: number;
}

export type ExportTable = "entities" | "events" | "claims";

/** The storage contract. A `Store` is also the directory entity resolution writes through. */
export interface Store extends EntityDirectory {
  /**
   * Run `fn` in one write transaction: all of it is stored or none (kill -9 included). Calls
   * are serialized; nested calls join the outer transaction.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** A savepoint inside a transaction: a failing document rolls back alone. */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;

  // documents
  documentByHash(hash: string): Promise<StoredDocument | null>;
  document(id: number): Promise<StoredDocument | null>;
  /** Null when a document with the same hash is already stored (re-ingest is a no-op). */
  insertDocument(doc: NewDocument): Promise<StoredDocument | null>;
  /** Remove a document stored as failed, so that it can be processed again. */
  deleteFailedDocument(id: number): Promise<void>;
  latestVersion(versionKey: string): Promise<StoredDocument | null>;
  markReplaced(id: number, on: string): Promise<void>;
  duplicateCandidates(textHash: string, bands: readonly number[]): Promise<DuplicateCandidate[]>;
  rawBytes(id: number): Promise<Uint8Array | null>;
  recordInputError(source: string, code: string, message: string, at: string): Promise<void>;
  insertMentions(documentId: number, mentions: readonly NewMention[]): Promise<number[]>;
  mentions(documentId: number): Promise<MentionRecord[]>;

  // entities (also EntityDirectory: byKey, byCore, byRegistryId, create, adoptRegistryId, addAlias, link)
  entity(id: number): Promise<EntityRecord | null>;
  aliases(entityId: number): Promise<AliasRecord[]>;
  links(entityId: number): Promise<LinkRecord[]>;
  /** Human decision: `drop` is `keep` (everything of `drop` moves to `keep`). */
  mergeEntities(keep: number, drop: number): Promise<void>;
  setLinkStatus(id: number, status: LinkRecord["status"]): Promise<void>;

  // events and claims
  createEvent(companyId: number, createdAt: string): Promise<number>;
  event(id: number): Promise<EventRecord | null>;
  eventsForCompany(companyId: number): Promise<EventRecord[]>;
  eventsForDocument(documentId: number): Promise<number[]>;
  addClaims(claims: readonly NewClaim[]): Promise<number[]>;
  supersedeClaims(ids: readonly number[], by: { claimId: number | null; on: string; reason: string }): Promise<void>;
  claims(eventIds: readonly number[]): Promise<ClaimRecord[]>;
  setEventCurrent(eventId: number, current: EventCurrent, participants: readonly Participation[]): Promise<void>;
  participants(eventIds: readonly number[]): Promise<ParticipantRecord[]>;
  addRelation(r: NewRelation): Promise<number>;
  relations(filter: { investorId?: number; companyId?: number }): Promise<RelationRecord[]>;
  addStake(s: NewStake): Promise<number>;
  stakes(companyId: number): Promise<StakeRecord[]>;
  addEdit(e: NewEdit): Promise<number>;
  edits(eventId: number | null): Promise<EditRecord[]>;

  // queries
  /** Units of an entity (registry parents, transitively): 腾讯 → 腾讯投资. */
  units(entityId: number): Promise<EntityRecord[]>;
  /** Live rounds of an investor and of its units, newest first; `via` is the one named in the round. */
  eventsForInvestor(entityId: number): Promise<(EventRecord & { readonly lead: boolean; readonly via: EntityRecord })[]>;
  /** Investors sharing rounds with an investor or its units, ranked by shared rounds. */
  coInvestors(entityId: number, limit: number): Promise<CoInvestor[]>;
  /** Newest first, at most `limit`; `total` counts matches up to 10,000 (`more`: there are more). */
  searchEvents(filter: RoundFilter): Promise<{ events: EventRecord[]; total: number; more: boolean }>;
  topCompanies(limit: number): Promise<RankedCompany[]>;
  topInvestors(limit: number): Promise<RankedInvestor[]>;
  counts(): Promise<Counts>;
  /** Every row of a table, streamed (export is unmetered). */
  exportRows(table: ExportTable): AsyncIterable<Record<string, unknown>>;
}

export type { NewAlias, NewLink };
