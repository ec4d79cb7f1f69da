import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync } from "node:fs";
import type { Span } from "../../core/span.js";
import type { ClaimField, FieldValues } from "../../pipeline/5-resolve/conflict.js";
import { lowerBound } from "../../pipeline/5-resolve/money.js";
import type { EntityRef, NewAlias, NewLink } from "../../pipeline/5-resolve/resolve.js";
import { StoreError, storeErrorFrom } from "../errors.js";
import type {
  AliasRecord,
  ClaimRecord,
  CoInvestor,
  Counts,
  DuplicateCandidate,
  EditRecord,
  EventCurrent,
  EventRecord,
  ExportTable,
  LinkRecord,
  MentionRecord,
  MoneyColumns,
  NewClaim,
  NewDocument,
  NewEdit,
  NewMention,
  NewRelation,
  NewStake,
  ParticipantRecord,
  Participation,
  RankedCompany,
  RankedInvestor,
  RelationRecord,
  RoundFilter,
  StakeRecord,
  Store,
  StoredDocument,
} from "../store.js";
import { openDriver, type Driver, type Statement } from "./driver.js";
import { APPLICATION_ID, migrate, SCHEMA_VERSION } from "./migrations.js";

export interface SqliteOptions {
  /** Queries refuse to create a database: "no database at ./dealgraph.db". */
  readonly mustExist?: boolean;
  /** How long to wait for another process's write lock (default 60 s: two ingests on one file take turns). */
  readonly busyTimeoutMs?: number;
}

type Row = Record<string, unknown>;

const json = (v: unknown): string => JSON.stringify(v);
const parse = <T>(s: unknown, fallback: T): T => (typeof s === "string" ? (JSON.parse(s) as T) : fallback);
const bool = (v: unknown): boolean => v === 1 || v === true;
const span = (start: unknown, end: unknown): Span | null =>
  typeof start === "number" && typeof end === "number" ? { start, end } : null;

function packMinhash(m: readonly number[]): Buffer {
  const b = Buffer.alloc(m.length * 4);
  m.forEach((v, i) => b.writeUInt32LE(v >>> 0, i * 4));
  return b;
}

function unpackMinhash(b: unknown): number[] {
  const buf = b as Buffer;
  const out: number[] = [];
  for (let i = 0; i + 4 <= buf.length; i += 4) out.push(buf.readUInt32LE(i));
  return out;
}

function toDocument(r: Row): StoredDocument {
  return {
    id: r.id as number,
    hash: r.hash as string,
    source: r.source as string,
    externalId: r.external_id as string,
    url: (r.url as string) ?? null,
    title: (r.title as string) ?? null,
    author: (r.author as string) ?? null,
    published: (r.published as string) ?? null,
    encoding: r.encoding as string,
    format: r.format as string,
    language: r.language as string,
    reportedOn: r.reported_on as string,
    versionKey: (r.version_key as string) ?? null,
    textHash: r.text_hash as string,
    textLength: r.text_length as number,
    correction: bool(r.correction),
    status: r.status as StoredDocument["status"],
    error: (r.error as string) ?? null,
    originId: r.origin_id as number,
    previousVersion: (r.previous_version as number) ?? null,
    repostOf: (r.repost_of as number) ?? null,
    repostReason: (r.repost_reason as StoredDocument["repostReason"]) ?? null,
    similarity: (r.similarity as number) ?? null,
    replacedOn: (r.replaced_on as string) ?? null,
    ingestedAt: r.ingested_at as string,
  };
}

function toEntity(r: Row): EntityRef {
  return { id: r.id as number, name: r.name as string, kind: r.kind as string, registryId: (r.registry_id as string) ?? null, parentId: (r.parent_id as number) ?? null };
}

function money(r: Row, p: "amount" | "valuation") {
  const q = r[`${p}_qualifier`];
  if (q === null || q === undefined) return null;
  return {
    min: (r[`${p}_min`] as number) ?? null,
    max: (r[`${p}_max`] as number) ?? null,
    currency: (r[`${p}_currency`] as MoneyColumns["currency"]) ?? null,
    qualifier: q as MoneyColumns["qualifier"],
  };
}

function toEvent(r: Row): EventRecord {
  const valuation = money(r, "valuation");
  return {
    id: r.id as number,
    companyId: r.company_id as number,
    companyName: (r.company_name as string) ?? "",
    live: bool(r.live),
    stage: (r.stage as EventRecord["stage"]) ?? null,
    roundLabel: (r.round_label as string) ?? null,
    dateValue: (r.date_value as string) ?? null,
    datePrecision: (r.date_precision as string) ?? null,
    sortDay: (r.sort_day as string) ?? null,
    amount: money(r, "amount"),
    amountUsd: (r.amount_usd as number) ?? null,
    valuation: valuation ? { ...valuation, basis: (r.valuation_basis as string) ?? "unspecified" } : null,
    status: (r.status as EventRecord["status"]) ?? null,
    sources: r.sources as number,
    firstReported: (r.first_reported as string) ?? null,
    lastReported: (r.last_reported as string) ?? null,
    rules: parse(r.rules, {}),
  };
}

const EVENT_COLUMNS = "e.*, c.name AS company_name";
const COUNT_LIMIT = 10_000;
/** Band positions a duplicate query binds (fingerprints have 12; fewer are padded with NULL). */
const BANDS = Array.from({ length: 16 }, (_, i) => i);
/** An investor and its units (registry parents), as a CTE named `family`; one parameter: the investor. */
const FAMILY = `family(id, depth) AS (SELECT ?, 0 UNION SELECT e.id, f.depth + 1 FROM entities e JOIN family f ON e.parent_id = f.id WHERE f.depth < 4)`;

/** The SQLite backend: one connection, WAL, a busy timeout, migrations on open. */
export class SqliteStore implements Store {
  private readonly statements = new Map<string, Statement>();
  private readonly inTx = new AsyncLocalStorage<true>();
  private queue: Promise<unknown> = Promise.resolve();
  private savepoints = 0;

  private constructor(
    private readonly db: Driver,
    readonly path: string,
  ) {}

  static async open(path: string, options: SqliteOptions = {}): Promise<SqliteStore> {
    const memory = path === ":memory:";
    if (options.mustExist && !memory && !existsSync(path)) {
      throw new StoreError("missing", path, "no database here (run `dealgraph ingest` first, or pass --db)");
    }
    let db: Driver | null = null;
    try {
      db = openDriver(path, { busyTimeoutMs: options.busyTimeoutMs ?? 60_000 });
      const appId = db.pragma("application_id", { simple: true }) as number;
      const version = db.pragma("user_version", { simple: true }) as number;
      const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number }).n;
      if (appId !== APPLICATION_ID && (tables > 0 || version !== 0)) {
        throw new StoreError("foreign_database", path, "a SQLite database, but not a dealgraph one (refusing to touch it)");
      }
      if (version > SCHEMA_VERSION) {
        throw new StoreError("too_new", path, `written by a newer dealgraph (schema ${version}, this one knows ${SCHEMA_VERSION})`);
      }
      if (!memory) db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL"); // WAL + NORMAL: a killed process loses nothing committed
      db.pragma("foreign_keys = ON");
      migrate(db);
      return new SqliteStore(db, path);
    } catch (e) {
      try {
        db?.close();
      } catch {
        // already failing; the first error is the one to report
      }
      throw storeErrorFrom(e, path);
    }
  }

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private insert(sql: string, ...params: unknown[]): number {
    return Number(this.stmt(sql).run(...params).lastInsertRowid);
  }

  // ---- transactions ----------------------------------------------------------------------------

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTx.getStore()) return fn();
    const run = async (): Promise<T> => {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const result = await this.inTx.run(true, fn);
        this.db.exec("COMMIT");
        return result;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw e;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async savepoint<T>(fn: () => Promise<T>): Promise<T> {
    const name = `sp${++this.savepoints}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const r = await fn();
      this.db.exec(`RELEASE ${name}`);
      return r;
    } catch (e) {
      this.db.exec(`ROLLBACK TO ${name}`);
      this.db.exec(`RELEASE ${name}`);
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }

  // ---- documents -------------------------------------------------------------------------------

  async documentByHash(hash: string): Promise<StoredDocument | null> {
    const r = this.stmt("SELECT * FROM documents WHERE hash = ?").get(hash) as Row | undefined;
    return r ? toDocument(r) : null;
  }

  async document(id: number): Promise<StoredDocument | null> {
    const r = this.stmt("SELECT * FROM documents WHERE id = ?").get(id) as Row | undefined;
    return r ? toDocument(r) : null;
  }

  async insertDocument(d: NewDocument): Promise<StoredDocument | null> {
    const m = d.meta;
    const res = this.stmt(
      `INSERT INTO documents (hash, external_id, source, url, title, author, published, encoding, format, language,
         reported_on, version_key, text_hash, minhash, numbers, text_length, correction, status, error, issues,
         previous_version, repost_of, repost_reason, similarity, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (hash) DO NOTHING`,
    ).run(
      d.hash, m.id, m.source, m.url, m.title, m.author, m.published, m.encoding, m.format, d.language,
      d.reportedOn, d.versionKey, d.textHash, packMinhash(d.minhash), json(d.numbers), d.textLength, d.correction ? 1 : 0, d.status, d.error,
      json(d.issues), d.previousVersion, d.repostOf, d.repostReason, d.similarity, d.ingestedAt,
    );
    if (res.changes === 0) return null;
    const id = Number(res.lastInsertRowid);
    const earlier = d.previousVersion ?? d.repostOf;
    const origin = earlier === null ? id : ((this.stmt("SELECT origin_id FROM documents WHERE id = ?").get(earlier) as Row).origin_id as number);
    this.stmt("UPDATE documents SET origin_id = ? WHERE id = ?").run(origin, id);
    this.stmt("INSERT INTO document_raw (document_id, raw) VALUES (?, ?)").run(id, Buffer.from(d.raw.buffer, d.raw.byteOffset, d.raw.byteLength));
    const band = this.stmt("INSERT INTO document_bands (band, document_id) VALUES (?, ?)");
    for (const b of new Set(d.bands)) band.run(b, id);
    return this.document(id);
  }

  async deleteFailedDocument(id: number): Promise<void> {
    this.stmt("DELETE FROM documents WHERE id = ? AND status = 'failed'").run(id);
  }

  async latestVersion(versionKey: string): Promise<StoredDocument | null> {
    const r = this.stmt("SELECT * FROM documents WHERE version_key = ? AND status = 'ok' ORDER BY id DESC LIMIT 1").get(versionKey) as Row | undefined;
    return r ? toDocument(r) : null;
  }

  async markReplaced(id: number, on: string): Promise<void> {
    this.stmt("UPDATE documents SET replaced_on = ? WHERE id = ? AND replaced_on IS NULL").run(on, id);
  }

  async duplicateCandidates(textHash: string, bands: readonly number[]): Promise<DuplicateCandidate[]> {
    const rows = this.stmt(
      `SELECT id, origin_id, text_hash, minhash, numbers FROM documents WHERE status = 'ok' AND id IN (
         SELECT document_id FROM document_bands WHERE band IN (${BANDS.map(() => "?").join(", ")})
         UNION SELECT id FROM documents WHERE text_hash = ?)
       ORDER BY id LIMIT 200`,
    ).all(...BANDS.map((i) => bands[i] ?? null), textHash) as Row[];
    return rows.map((r) => ({
      id: r.id as number,
      originId: r.origin_id as number,
      textHash: r.text_hash as string,
      minhash: unpackMinhash(r.minhash),
      numbers: parse<string[]>(r.numbers, []),
    }));
  }

  async rawBytes(id: number): Promise<Uint8Array | null> {
    const r = this.stmt("SELECT raw FROM document_raw WHERE document_id = ?").get(id) as Row | undefined;
    return r ? new Uint8Array(r.raw as Buffer) : null;
  }

  async recordInputError(source: string, code: string, message: string, at: string): Promise<void> {
    this.stmt("INSERT INTO input_errors (source, code, message, at) VALUES (?, ?, ?, ?)").run(source, code, message, at);
  }

  async insertMentions(documentId: number, mentions: readonly NewMention[]): Promise<number[]> {
    const sql = "INSERT INTO mentions (document_id, kind, span_start, span_end, text, value) VALUES (?, ?, ?, ?, ?, ?)";
    return mentions.map((m) => this.insert(sql, documentId, m.kind, m.span.start, m.span.end, m.text, json(m.value)));
  }

  async mentions(documentId: number): Promise<MentionRecord[]> {
    const rows = this.stmt("SELECT * FROM mentions WHERE document_id = ? ORDER BY id").all(documentId) as Row[];
    return rows.map((r) => ({
      id: r.id as number,
      documentId,
      kind: r.kind as string,
      span: span(r.span_start, r.span_end)!,
      text: r.text as string,
      value: parse(r.value, null),
    }));
  }

  // ---- entities --------------------------------------------------------------------------------

  async byKey(key: string): Promise<EntityRef[]> {
    const rows = this.stmt(
      "SELECT DISTINCT e.* FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key = ? AND e.merged_into IS NULL ORDER BY e.id",
    ).all(key) as Row[];
    return rows.map(toEntity);
  }

  async byCore(core: string): Promise<EntityRef[]> {
    const rows = this.stmt(
      "SELECT DISTINCT e.* FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.core = ? AND e.merged_into IS NULL ORDER BY e.id LIMIT 20",
    ).all(core) as Row[];
    return rows.map(toEntity);
  }

  async byRegistryId(id: string): Promise<EntityRef | null> {
    const r = this.stmt("SELECT * FROM entities WHERE registry_id = ? AND merged_into IS NULL").get(id) as Row | undefined;
    return r ? toEntity(r) : null;
  }

  async create(e: { name: string; kind: string; registryId: string | null; parentId?: number | null }): Promise<EntityRef> {
    const id = this.insert(
      "INSERT INTO entities (name, kind, registry_id, parent_id, created_at) VALUES (?, ?, ?, ?, ?)",
      e.name, e.kind, e.registryId, e.parentId ?? null, new Date().toISOString(),
    );
    return { id, name: e.name, kind: e.kind, registryId: e.registryId, parentId: e.parentId ?? null };
  }

  async units(entityId: number): Promise<EntityRef[]> {
    const rows = this.stmt(
      // CROSS JOIN keeps SQLite from scanning every entity to join the few units
      `WITH RECURSIVE u(id, depth) AS (SELECT id, 1 FROM entities WHERE parent_id = ?
         UNION SELECT e.id, u.depth + 1 FROM u CROSS JOIN entities e ON e.parent_id = u.id WHERE u.depth < 4)
       SELECT e.* FROM u CROSS JOIN entities e ON e.id = u.id WHERE e.merged_into IS NULL ORDER BY e.id`,
    ).all(entityId) as Row[];
    return rows.map(toEntity);
  }

  async adoptRegistryId(entityId: number, registryId: string): Promise<void> {
    this.stmt("UPDATE entities SET registry_id = ? WHERE id = ? AND registry_id IS NULL").run(registryId, entityId);
  }

  async addAlias(a: NewAlias): Promise<void> {
    this.stmt(
      "INSERT INTO aliases (entity_id, name, key, core, source, document_id, evidence) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity_id, key) DO NOTHING",
    ).run(a.entityId, a.name, a.key, a.core, a.source, a.documentId, a.evidence);
  }

  async link(l: NewLink): Promise<void> {
    if (l.a === l.b) return;
    const [a, b] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
    this.stmt("INSERT INTO candidate_links (a, b, reason, document_id, evidence) VALUES (?, ?, ?, ?, ?) ON CONFLICT (a, b) DO NOTHING").run(
      a, b, l.reason, l.documentId, l.evidence,
    );
  }

  async entity(id: number): Promise<EntityRef | null> {
    // a merged entity answers as the one it was merged into
    const r = this.stmt(
      "WITH RECURSIVE m(id) AS (SELECT ? UNION SELECT e.merged_into FROM entities e JOIN m ON e.id = m.id WHERE e.merged_into IS NOT NULL) SELECT e.* FROM entities e JOIN m ON e.id = m.id WHERE e.merged_into IS NULL",
    ).get(id) as Row | undefined;
    return r ? toEntity(r) : null;
  }

  async aliases(entityId: number): Promise<AliasRecord[]> {
    const rows = this.stmt("SELECT * FROM aliases WHERE entity_id = ? ORDER BY id").all(entityId) as Row[];
    return rows.map((r) => ({
      entityId,
      name: r.name as string,
      key: r.key as string,
      source: r.source as AliasRecord["source"],
      documentId: (r.document_id as number) ?? null,
      evidence: (r.evidence as string) ?? null,
    }));
  }

  async links(entityId: number): Promise<LinkRecord[]> {
    const rows = this.stmt("SELECT * FROM candidate_links WHERE a = ? OR b = ? ORDER BY id").all(entityId, entityId) as Row[];
    return rows.map((r) => ({
      id: r.id as number,
      a: r.a as number,
      b: r.b as number,
      reason: r.reason as string,
      documentId: (r.document_id as number) ?? null,
      evidence: (r.evidence as string) ?? null,
      status: r.status as LinkRecord["status"],
    }));
  }

  async mergeEntities(keep: number, drop: number): Promise<void> {
    if (keep === drop) return;
    await this.transaction(async () => {
      this.stmt(
        "INSERT INTO aliases (entity_id, name, key, core, source, document_id, evidence) SELECT ?, name, key, core, source, document_id, evidence FROM aliases WHERE entity_id = ? ON CONFLICT (entity_id, key) DO NOTHING",
      ).run(keep, drop);
      this.stmt("DELETE FROM aliases WHERE entity_id = ?").run(drop);
      this.stmt("UPDATE events SET company_id = ? WHERE company_id = ?").run(keep, drop);
      this.stmt("UPDATE claims SET subject_id = ? WHERE subject_id = ?").run(keep, drop);
      this.stmt("INSERT INTO participations (event_id, entity_id, lead) SELECT event_id, ?, lead FROM participations WHERE entity_id = ? ON CONFLICT DO UPDATE SET lead = max(lead, excluded.lead)").run(keep, drop);
      this.stmt("DELETE FROM participations WHERE entity_id = ?").run(drop);
      this.stmt("UPDATE relations SET investor_id = ? WHERE investor_id = ?").run(keep, drop);
      this.stmt("UPDATE relations SET company_id = ? WHERE company_id = ?").run(keep, drop);
      this.stmt("UPDATE stakes SET company_id = ? WHERE company_id = ?").run(keep, drop);
      this.stmt("UPDATE stakes SET holder_id = ? WHERE holder_id = ?").run(keep, drop);
      this.stmt("UPDATE entities SET parent_id = ? WHERE parent_id = ?").run(keep, drop);
      const reg = (this.stmt("SELECT registry_id FROM entities WHERE id = ?").get(drop) as Row | undefined)?.registry_id ?? null;
      this.stmt("UPDATE entities SET merged_into = ?, registry_id = NULL WHERE id = ?").run(keep, drop);
      if (reg !== null) this.stmt("UPDATE entities SET registry_id = ? WHERE id = ? AND registry_id IS NULL").run(reg, keep);
      this.stmt("UPDATE candidate_links SET status = 'merged' WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)").run(
        Math.min(keep, drop), Math.max(keep, drop), Math.min(keep, drop), Math.max(keep, drop),
      );
    });
  }

  async setLinkStatus(id: number, status: LinkRecord["status"]): Promise<void> {
    this.stmt("UPDATE candidate_links SET status = ? WHERE id = ?").run(status, id);
  }

  // ---- events and claims -----------------------------------------------------------------------

  async createEvent(companyId: number, createdAt: string): Promise<number> {
    return this.insert("INSERT INTO events (company_id, created_at) VALUES (?, ?)", companyId, createdAt);
  }

  async event(id: number): Promise<EventRecord | null> {
    const r = this.stmt(`SELECT ${EVENT_COLUMNS} FROM events e JOIN entities c ON c.id = e.company_id WHERE e.id = ?`).get(id) as Row | undefined;
    return r ? toEvent(r) : null;
  }

  async eventsForCompany(companyId: number): Promise<EventRecord[]> {
    const rows = this.stmt(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN entities c ON c.id = e.company_id WHERE e.company_id = ? ORDER BY e.sort_day, e.id`,
    ).all(companyId) as Row[];
    return rows.map(toEvent);
  }

  async eventsForDocument(documentId: number): Promise<number[]> {
    return (this.stmt("SELECT DISTINCT event_id FROM claims WHERE document_id = ? ORDER BY event_id").all(documentId) as Row[]).map((r) => r.event_id as number);
  }

  async addClaims(claims: readonly NewClaim[]): Promise<number[]> {
    const now = new Date().toISOString();
    return claims.map((c) => {
      const subject = c.field === "investor" || c.field === "lead" ? ((c.value as FieldValues["investor"] | null)?.entityId ?? null) : null;
      return this.insert(
        `INSERT INTO claims (event_id, field, value, subject_id, text, document_id, mention_id, span_start, span_end, quote, qualifiers,
           reported_on, correction, superseded_by, superseded_on, superseded_reason, edit_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        c.eventId, c.field, c.value === null ? null : json(c.value), subject, c.text, c.documentId, c.mentionId,
        c.span?.start ?? null, c.span?.end ?? null, c.quote, json(c.qualifiers), c.reportedOn, c.correction ? 1 : 0,
        c.supersededBy?.claimId ?? null, c.supersededBy?.on ?? null, c.supersededBy?.reason ?? null, c.editId ?? null, now,
      );
    });
  }

  async supersedeClaims(ids: readonly number[], by: { claimId: number | null; on: string; reason: string }): Promise<void> {
    const s = this.stmt("UPDATE claims SET superseded_by = ?, superseded_on = ?, superseded_reason = ? WHERE id = ? AND superseded_on IS NULL");
    for (const id of ids) s.run(by.claimId, by.on, by.reason, id);
  }

  async claims(eventIds: readonly number[]): Promise<ClaimRecord[]> {
    if (eventIds.length === 0) return [];
    const rows = this.stmt(
      `SELECT c.*, d.origin_id, d.replaced_on, d.source, d.title FROM claims c LEFT JOIN documents d ON d.id = c.document_id
       WHERE c.event_id IN (SELECT value FROM json_each(?)) ORDER BY c.id`,
    ).all(json(eventIds)) as Row[];
    return rows.map((r) => {
      const field = r.field as ClaimField;
      let value = parse<unknown>(r.value, null);
      if ((field === "investor" || field === "lead") && r.subject_id !== null) value = { ...(value as object), entityId: r.subject_id };
      const replaced = (r.replaced_on as string) ?? null;
      const superseded = (r.superseded_on as string) ?? null;
      const supersededOn = replaced && (!superseded || replaced < superseded) ? replaced : superseded;
      return {
        id: r.id as number,
        eventId: r.event_id as number,
        field,
        value: value as ClaimRecord["value"],
        reportedOn: r.reported_on as string,
        origin: (r.origin_id as number) ?? null,
        human: r.edit_id !== null,
        correction: bool(r.correction),
        supersededOn,
        supersededBy: (r.superseded_by as number) ?? null,
        supersededReason: (r.superseded_reason as string) ?? (replaced && supersededOn === replaced ? "a newer version of the document replaced it" : null),
        text: r.text as string,
        documentId: (r.document_id as number) ?? null,
        mentionId: (r.mention_id as number) ?? null,
        span: span(r.span_start, r.span_end),
        quote: (r.quote as string) ?? null,
        qualifiers: parse(r.qualifiers, {}),
        editId: (r.edit_id as number) ?? null,
        source: (r.source as string) ?? null,
        title: (r.title as string) ?? null,
      };
    });
  }

  async setEventCurrent(eventId: number, c: EventCurrent, participants: readonly Participation[]): Promise<void> {
    this.stmt(
      `UPDATE events SET live = ?, stage = ?, round_label = ?, date_value = ?, date_precision = ?, sort_day = ?,
         amount_min = ?, amount_max = ?, amount_currency = ?, amount_qualifier = ?, amount_usd = ?, amount_low = ?,
         valuation_min = ?, valuation_max = ?, valuation_currency = ?, valuation_qualifier = ?, valuation_basis = ?,
         status = ?, sources = ?, first_reported = ?, last_reported = ?, rules = ? WHERE id = ?`,
    ).run(
      c.live ? 1 : 0, c.stage, c.roundLabel, c.dateValue, c.datePrecision, c.sortDay,
      c.amount?.min ?? null, c.amount?.max ?? null, c.amount?.currency ?? null, c.amount?.qualifier ?? null, c.amountUsd, c.amount ? lowerBound(c.amount) : null,
      c.valuation?.min ?? null, c.valuation?.max ?? null, c.valuation?.currency ?? null, c.valuation?.qualifier ?? null, c.valuation?.basis ?? null,
      c.status, c.sources, c.firstReported, c.lastReported, json(c.rules), eventId,
    );
    this.stmt("DELETE FROM participations WHERE event_id = ?").run(eventId);
    const ins = this.stmt("INSERT INTO participations (event_id, entity_id, lead) VALUES (?, ?, ?)");
    for (const p of participants) ins.run(eventId, p.entityId, p.lead ? 1 : 0);
  }

  async participants(eventIds: readonly number[]): Promise<ParticipantRecord[]> {
    if (eventIds.length === 0) return [];
    const rows = this.stmt(
      `SELECT p.event_id, p.entity_id, p.lead, e.name FROM participations p JOIN entities e ON e.id = p.entity_id
       WHERE p.event_id IN (SELECT value FROM json_each(?)) ORDER BY p.event_id, p.lead DESC, e.name`,
    ).all(json(eventIds)) as Row[];
    return rows.map((r) => ({ eventId: r.event_id as number, entityId: r.entity_id as number, lead: bool(r.lead), name: r.name as string }));
  }

  async addRelation(r: NewRelation): Promise<number> {
    return this.insert(
      "INSERT INTO relations (investor_id, company_id, negated, status, document_id, span_start, span_end, quote, reported_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      r.investorId, r.companyId, r.negated ? 1 : 0, r.status, r.documentId, r.span?.start ?? null, r.span?.end ?? null, r.quote, r.reportedOn,
    );
  }

  async relations(filter: { investorId?: number; companyId?: number }): Promise<RelationRecord[]> {
    const rows = this.stmt(
      `SELECT r.*, i.name AS investor_name, c.name AS company_name, d.origin_id FROM relations r
       JOIN entities i ON i.id = r.investor_id JOIN entities c ON c.id = r.company_id JOIN documents d ON d.id = r.document_id
       WHERE (@inv IS NULL OR r.investor_id = @inv) AND (@co IS NULL OR r.company_id = @co) ORDER BY r.id`,
    ).all({ inv: filter.investorId ?? null, co: filter.companyId ?? null }) as Row[];
    return rows.map((r) => ({
      id: r.id as number,
      investorId: r.investor_id as number,
      companyId: r.company_id as number,
      investorName: r.investor_name as string,
      companyName: r.company_name as string,
      negated: bool(r.negated),
      status: r.status as string,
      documentId: r.document_id as number,
      originId: r.origin_id as number,
      span: span(r.span_start, r.span_end),
      quote: (r.quote as string) ?? null,
      reportedOn: r.reported_on as string,
    }));
  }

  async addStake(s: NewStake): Promise<number> {
    return this.insert(
      `INSERT INTO stakes (company_id, holder_id, event_id, percent, min, max, qualifier, text, document_id, span_start, span_end, quote, reported_on)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      s.companyId, s.holderId, s.eventId, s.percent, s.min, s.max, s.qualifier, s.text, s.documentId, s.span.start, s.span.end, s.quote, s.reportedOn,
    );
  }

  async stakes(companyId: number): Promise<StakeRecord[]> {
    const rows = this.stmt("SELECT s.*, h.name AS holder_name FROM stakes s LEFT JOIN entities h ON h.id = s.holder_id WHERE s.company_id = ? ORDER BY s.id").all(companyId) as Row[];
    return rows.map((r) => ({
      id: r.id as number,
      companyId: r.company_id as number,
      holderId: (r.holder_id as number) ?? null,
      holderName: (r.holder_name as string) ?? null,
      eventId: (r.event_id as number) ?? null,
      percent: (r.percent as number) ?? null,
      min: (r.min as number) ?? null,
      max: (r.max as number) ?? null,
      qualifier: r.qualifier as string,
      text: r.text as string,
      documentId: r.document_id as number,
      span: span(r.span_start, r.span_end)!,
      quote: (r.quote as string) ?? null,
      reportedOn: r.reported_on as string,
    }));
  }

  async addEdit(e: NewEdit): Promise<number> {
    return this.insert(
      "INSERT INTO edits (action, event_id, field, value, note, author, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      e.action, e.eventId, e.field, json(e.value), e.note, e.author, e.at,
    );
  }

  async edits(eventId: number | null): Promise<EditRecord[]> {
    const rows = this.stmt("SELECT * FROM edits WHERE (@ev IS NULL OR event_id = @ev) ORDER BY id").all({ ev: eventId }) as Row[];
    return rows.map((r) => ({
      id: r.id as number,
      action: r.action as EditRecord["action"],
      eventId: (r.event_id as number) ?? null,
      field: (r.field as string) ?? null,
      value: parse(r.value, null),
      note: (r.note as string) ?? null,
      author: r.author as string,
      at: r.at as string,
    }));
  }

  // ---- queries ---------------------------------------------------------------------------------

  async eventsForInvestor(entityId: number): Promise<(EventRecord & { lead: boolean; via: EntityRef })[]> {
    const rows = this.stmt(
      `WITH ${FAMILY} SELECT ${EVENT_COLUMNS}, p.lead AS p_lead, v.id AS v_id, v.name AS v_name, v.kind AS v_kind, v.registry_id AS v_registry_id, v.parent_id AS v_parent_id
       FROM participations p JOIN family f ON f.id = p.entity_id JOIN events e ON e.id = p.event_id
       JOIN entities c ON c.id = e.company_id JOIN entities v ON v.id = p.entity_id
       WHERE e.live = 1 ORDER BY e.sort_day DESC, e.id DESC`,
    ).all(entityId) as Row[];
    return rows.map((r) => ({
      ...toEvent(r),
      lead: bool(r.p_lead),
      via: toEntity({ id: r.v_id, name: r.v_name, kind: r.v_kind, registry_id: r.v_registry_id, parent_id: r.v_parent_id }),
    }));
  }

  async coInvestors(entityId: number, limit: number): Promise<CoInvestor[]> {
    const rows = this.stmt(
      // CROSS JOIN fixes the order (the investor's rounds first): otherwise SQLite may scan every participation
      `WITH ${FAMILY}, deals(event_id) AS (SELECT DISTINCT p.event_id FROM family f CROSS JOIN participations p ON p.entity_id = f.id)
       SELECT o.entity_id, e.name, count(*) AS shared
       FROM deals d CROSS JOIN events ev ON ev.id = d.event_id CROSS JOIN participations o ON o.event_id = d.event_id CROSS JOIN entities e ON e.id = o.entity_id
       WHERE ev.live = 1 AND o.entity_id NOT IN (SELECT id FROM family)
       GROUP BY o.entity_id ORDER BY shared DESC, e.name LIMIT ?`,
    ).all(entityId, limit) as Row[];
    return rows.map((r) => ({ entityId: r.entity_id as number, name: r.name as string, shared: r.shared as number }));
  }

  async searchEvents(f: RoundFilter): Promise<{ events: EventRecord[]; total: number; more: boolean }> {
    const where: string[] = ["e.live = 1"];
    const params: unknown[] = [];
    const when = (sql: string, ...values: unknown[]) => {
      where.push(sql);
      params.push(...values);
    };
    if (f.since) when("e.sort_day >= ?", f.since);
    if (f.until) when("e.sort_day <= ?", f.until);
    if (f.stages?.length) when(`e.stage IN (${f.stages.map(() => "?").join(", ")})`, ...f.stages);
    if (f.currency) when("e.amount_currency = ?", f.currency);
    if (f.minAmount !== null) {
      // the amount is known to be at least the minimum: its lower bound (see docs/knowledge-base.md)
      if (f.currency) when("e.amount_low >= ?", f.minAmount);
      else when("e.amount_usd >= ?", f.minAmount);
    }
    if (f.companyId !== null) when("e.company_id = ?", f.companyId);
    if (f.investorId !== null) {
      when(`e.id IN (SELECT event_id FROM participations WHERE entity_id IN (WITH ${FAMILY} SELECT id FROM family))`, f.investorId);
    }
    const cond = where.join(" AND ");
    // counting a million matches costs more than the page: count up to COUNT_LIMIT, then say "more"
    const counted = (this.stmt(`SELECT count(*) AS n FROM (SELECT 1 FROM events e WHERE ${cond} LIMIT ${COUNT_LIMIT + 1})`).get(...params) as Row).n as number;
    const rows = this.stmt(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN entities c ON c.id = e.company_id WHERE ${cond} ORDER BY e.sort_day DESC, e.id DESC LIMIT ?`,
    ).all(...params, f.limit) as Row[];
    return { events: rows.map(toEvent), total: Math.min(counted, COUNT_LIMIT), more: counted > COUNT_LIMIT };
  }

  async topCompanies(limit: number): Promise<RankedCompany[]> {
    const rows = this.stmt(
      `SELECT e.company_id, c.name, count(*) AS rounds, coalesce(sum(e.amount_usd), 0) AS usd FROM events e JOIN entities c ON c.id = e.company_id
       WHERE e.live = 1 AND coalesce(e.stage, '') != 'total' AND coalesce(e.status, '') NOT IN ('planned', 'rumored')
       GROUP BY e.company_id ORDER BY usd DESC, rounds DESC, c.name LIMIT ?`,
    ).all(limit) as Row[];
    return rows.map((r) => ({ entityId: r.company_id as number, name: r.name as string, rounds: r.rounds as number, usdMin: r.usd as number }));
  }

  async topInvestors(limit: number): Promise<RankedInvestor[]> {
    const rows = this.stmt(
      `SELECT p.entity_id, en.name, count(*) AS deals, sum(p.lead) AS led FROM participations p
       JOIN events e ON e.id = p.event_id AND e.live = 1 JOIN entities en ON en.id = p.entity_id
       GROUP BY p.entity_id ORDER BY deals DESC, led DESC, en.name LIMIT ?`,
    ).all(limit) as Row[];
    return rows.map((r) => ({ entityId: r.entity_id as number, name: r.name as string, deals: r.deals as number, led: r.led as number }));
  }

  async counts(): Promise<Counts> {
    const n = (sql: string) => (this.stmt(sql).get() as Row).n as number;
    return {
      documents: n("SELECT count(*) AS n FROM documents"),
      failed: n("SELECT count(*) AS n FROM documents WHERE status = 'failed'"),
      reposts: n("SELECT count(*) AS n FROM documents WHERE repost_of IS NOT NULL"),
      versions: n("SELECT count(*) AS n FROM documents WHERE previous_version IS NOT NULL"),
      entities: n("SELECT count(*) AS n FROM entities WHERE merged_into IS NULL"),
      aliases: n("SELECT count(*) AS n FROM aliases"),
      links: n("SELECT count(*) AS n FROM candidate_links WHERE status = 'open'"),
      events: n("SELECT count(*) AS n FROM events WHERE live = 1"),
      claims: n("SELECT count(*) AS n FROM claims"),
      relations: n("SELECT count(*) AS n FROM relations"),
      mentions: n("SELECT count(*) AS n FROM mentions"),
    };
  }

  async *exportRows(table: ExportTable): AsyncIterable<Record<string, unknown>> {
    const sql = {
      entities: `SELECT e.id, e.name, e.kind, e.registry_id,
                   (SELECT json_group_array(a.name) FROM aliases a WHERE a.entity_id = e.id) AS aliases
                 FROM entities e WHERE e.merged_into IS NULL AND e.id > ? ORDER BY e.id LIMIT 1000`,
      events: `SELECT e.id, e.company_id, c.name AS company, e.stage, e.round_label, e.date_value, e.date_precision,
                 e.amount_min, e.amount_max, e.amount_currency, e.amount_qualifier,
                 e.valuation_min, e.valuation_max, e.valuation_currency, e.valuation_qualifier, e.valuation_basis,
                 e.status, e.sources, e.first_reported, e.last_reported, e.rules,
                 (SELECT json_group_array(en.name) FROM participations p JOIN entities en ON en.id = p.entity_id WHERE p.event_id = e.id AND p.lead = 1) AS leads,
                 (SELECT json_group_array(en.name) FROM participations p JOIN entities en ON en.id = p.entity_id WHERE p.event_id = e.id) AS investors
               FROM events e JOIN entities c ON c.id = e.company_id WHERE e.live = 1 AND e.id > ? ORDER BY e.id LIMIT 1000`,
      claims: `SELECT cl.id, cl.event_id, cl.field, cl.value, s.name AS subject, cl.text, cl.quote, cl.qualifiers, cl.reported_on,
                 cl.correction, cl.superseded_by, coalesce(cl.superseded_on, d.replaced_on) AS superseded_on, cl.superseded_reason,
                 cl.edit_id, cl.document_id, d.source, d.origin_id, cl.span_start, cl.span_end
               FROM claims cl LEFT JOIN documents d ON d.id = cl.document_id LEFT JOIN entities s ON s.id = cl.subject_id
               WHERE cl.id > ? ORDER BY cl.id LIMIT 1000`,
    }[table];
    // pages, so no statement stays open across a yield (the connection stays usable)
    let after = 0;
    const page = this.stmt(sql);
    for (;;) {
      const rows = page.all(after) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(r)) {
          out[k] = ["aliases", "leads", "investors", "rules", "qualifiers", "value"].includes(k) ? parse(v, null) : k === "correction" ? bool(v) : v;
        }
        yield out;
      }
      after = rows[rows.length - 1]!.id as number;
    }
  }
}

export async function openSqliteStore(path: string, options: SqliteOptions = {}): Promise<SqliteStore> {
  return SqliteStore.open(path, options);
}
