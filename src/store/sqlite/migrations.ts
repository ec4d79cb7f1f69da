import type { Driver } from "./driver.js";

/**
 * Numbered migrations. `PRAGMA user_version` holds the last one applied; all pending ones run in
 * one IMMEDIATE transaction, so two processes opening a new database at once apply them once.
 * Never edit a shipped migration: add the next number.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** "dgkb": marks a SQLite file as a dealgraph knowledge base. */
export const APPLICATION_ID = 0x64676b62;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "knowledge base",
    sql: `
      CREATE TABLE documents (
        id               INTEGER PRIMARY KEY,
        hash             TEXT NOT NULL UNIQUE,          -- sha256 of the raw bytes
        external_id      TEXT NOT NULL,
        source           TEXT NOT NULL,
        url              TEXT,
        title            TEXT,
        author           TEXT,
        published        TEXT,
        encoding         TEXT NOT NULL,
        format           TEXT NOT NULL,
        language         TEXT NOT NULL,
        reported_on      TEXT NOT NULL,                 -- publication day, else ingest day
        version_key      TEXT,                          -- same key = versions of one document
        text_hash        TEXT NOT NULL,                 -- sha256 of the canonical text
        minhash          BLOB NOT NULL,
        numbers          TEXT NOT NULL DEFAULT '[]',   -- the figures the text states (repost check)
        text_length      INTEGER NOT NULL,
        correction       INTEGER NOT NULL DEFAULT 0,
        status           TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
        error            TEXT,
        issues           TEXT NOT NULL DEFAULT '[]',
        origin_id        INTEGER NOT NULL DEFAULT 0,    -- the independent source (first of reposts and versions)
        previous_version INTEGER REFERENCES documents(id),
        repost_of        INTEGER REFERENCES documents(id),
        repost_reason    TEXT CHECK (repost_reason IN ('same_text', 'near_duplicate')),
        similarity       REAL,
        replaced_on      TEXT,
        ingested_at      TEXT NOT NULL
      );
      CREATE INDEX documents_text_hash ON documents(text_hash);
      CREATE INDEX documents_version_key ON documents(version_key, id) WHERE version_key IS NOT NULL;
      CREATE TABLE document_raw (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        raw         BLOB NOT NULL                       -- the input bytes, byte-exact
      );
      CREATE TABLE document_bands (
        band        INTEGER NOT NULL,                   -- MinHash LSH band
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
      );
      CREATE INDEX document_bands_band ON document_bands(band);
      CREATE INDEX document_bands_document ON document_bands(document_id);
      CREATE TABLE input_errors (
        id      INTEGER PRIMARY KEY,
        source  TEXT NOT NULL,
        code    TEXT NOT NULL,
        message TEXT NOT NULL,
        at      TEXT NOT NULL
      );
      CREATE TABLE mentions (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        span_start  INTEGER NOT NULL,                   -- offsets into the decoded original
        span_end    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        value       TEXT NOT NULL
      );
      CREATE INDEX mentions_document ON mentions(document_id);

      CREATE TABLE entities (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        registry_id TEXT UNIQUE,
        parent_id   INTEGER REFERENCES entities(id),    -- a unit of another entity (registry "parent": 腾讯投资 → 腾讯)
        merged_into INTEGER REFERENCES entities(id),
        created_at  TEXT NOT NULL
      );
      CREATE INDEX entities_parent ON entities(parent_id) WHERE parent_id IS NOT NULL;
      CREATE TABLE aliases (
        id          INTEGER PRIMARY KEY,
        entity_id   INTEGER NOT NULL REFERENCES entities(id),
        name        TEXT NOT NULL,
        key         TEXT NOT NULL,                      -- strong key: same key, same name
        core        TEXT,                               -- weak key: same core, candidate link only
        source      TEXT NOT NULL CHECK (source IN ('name', 'registry', 'learned', 'human')),
        document_id INTEGER REFERENCES documents(id),
        evidence    TEXT,
        UNIQUE (entity_id, key)
      );
      CREATE INDEX aliases_key ON aliases(key);
      CREATE INDEX aliases_core ON aliases(core) WHERE core IS NOT NULL;
      CREATE TABLE candidate_links (
        id          INTEGER PRIMARY KEY,
        a           INTEGER NOT NULL REFERENCES entities(id),
        b           INTEGER NOT NULL REFERENCES entities(id),
        reason      TEXT NOT NULL,
        document_id INTEGER REFERENCES documents(id),
        evidence    TEXT,
        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'rejected')),
        CHECK (a < b),
        UNIQUE (a, b)
      );
      CREATE INDEX candidate_links_b ON candidate_links(b);

      CREATE TABLE events (
        id                  INTEGER PRIMARY KEY,
        company_id          INTEGER NOT NULL REFERENCES entities(id),
        live                INTEGER NOT NULL DEFAULT 0,
        stage               TEXT,
        round_label         TEXT,
        date_value          TEXT,
        date_precision      TEXT,
        sort_day            TEXT,
        amount_min          REAL,
        amount_max          REAL,
        amount_currency     TEXT,
        amount_qualifier    TEXT,
        amount_usd          REAL,                       -- lower bound in approximate USD
        amount_low          REAL,                       -- lower bound in its own currency
        valuation_min       REAL,
        valuation_max       REAL,
        valuation_currency  TEXT,
        valuation_qualifier TEXT,
        valuation_basis     TEXT,
        status              TEXT,
        sources             INTEGER NOT NULL DEFAULT 0,
        first_reported      TEXT,
        last_reported       TEXT,
        rules               TEXT NOT NULL DEFAULT '{}',
        created_at          TEXT NOT NULL
      );
      CREATE INDEX events_company ON events(company_id, sort_day);
      -- \`rounds\` filters, answered from the index alone (newest first, then the other filters)
      CREATE INDEX events_rounds_day ON events(sort_day, stage, amount_currency, amount_usd, amount_low) WHERE live = 1;
      CREATE INDEX events_rounds_stage ON events(stage, sort_day, amount_currency, amount_usd, amount_low) WHERE live = 1;
      CREATE TABLE claims (
        id                INTEGER PRIMARY KEY,
        event_id          INTEGER NOT NULL REFERENCES events(id),
        field             TEXT NOT NULL CHECK (field IN ('amount', 'valuation', 'round', 'date', 'disclosed', 'status', 'investor', 'lead')),
        value             TEXT,                         -- JSON; NULL = the source says undisclosed
        subject_id        INTEGER REFERENCES entities(id), -- investor and lead claims: the investor
        text              TEXT NOT NULL,
        document_id       INTEGER REFERENCES documents(id),
        mention_id        INTEGER REFERENCES mentions(id),
        span_start        INTEGER,
        span_end          INTEGER,
        quote             TEXT,
        qualifiers        TEXT NOT NULL DEFAULT '{}',
        reported_on       TEXT NOT NULL,
        correction        INTEGER NOT NULL DEFAULT 0,
        superseded_by     INTEGER REFERENCES claims(id),
        superseded_on     TEXT,
        superseded_reason TEXT,
        edit_id           INTEGER REFERENCES edits(id), -- set: a human edit
        created_at        TEXT NOT NULL
      );
      CREATE INDEX claims_event ON claims(event_id);
      CREATE INDEX claims_document ON claims(document_id);
      CREATE INDEX claims_subject ON claims(subject_id) WHERE subject_id IS NOT NULL;
      CREATE TABLE participations (
        event_id  INTEGER NOT NULL REFERENCES events(id),
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        lead      INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (event_id, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX participations_entity ON participations(entity_id, event_id);
      CREATE TABLE relations (
        id          INTEGER PRIMARY KEY,
        investor_id INTEGER NOT NULL REFERENCES entities(id),
        company_id  INTEGER NOT NULL REFERENCES entities(id),
        negated     INTEGER NOT NULL,
        status      TEXT NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        span_start  INTEGER,
        span_end    INTEGER,
        quote       TEXT,
        reported_on TEXT NOT NULL
      );
      CREATE INDEX relations_investor ON relations(investor_id);
      CREATE INDEX relations_company ON relations(company_id);
      CREATE TABLE stakes (
        id          INTEGER PRIMARY KEY,
        company_id  INTEGER NOT NULL REFERENCES entities(id),
        holder_id   INTEGER REFERENCES entities(id),
        event_id    INTEGER REFERENCES events(id),
        percent     REAL,
        min         REAL,
        max         REAL,
        qualifier   TEXT NOT NULL,
        text        TEXT NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        span_start  INTEGER NOT NULL,
        span_end    INTEGER NOT NULL,
        quote       TEXT,
        reported_on TEXT NOT NULL
      );
      CREATE INDEX stakes_company ON stakes(company_id);
      CREATE TABLE edits (
        id       INTEGER PRIMARY KEY,
        action   TEXT NOT NULL CHECK (action IN ('set_field', 'merge_entities', 'reject_link')),
        event_id INTEGER REFERENCES events(id),
        field    TEXT,
        value    TEXT,
        note     TEXT,
        author   TEXT NOT NULL,
        at       TEXT NOT NULL
      );
      CREATE INDEX edits_event ON edits(event_id);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Apply pending migrations in one transaction; returns the versions applied. */
export function migrate(db: Driver, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec("BEGIN IMMEDIATE");
  try {
    const current = db.pragma("user_version", { simple: true }) as number;
    const applied: number[] = [];
    for (const m of migrations) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
      applied.push(m.version);
    }
    if (applied.length) db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec("COMMIT");
    return applied;
  } catch (e) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw e;
  }
}
