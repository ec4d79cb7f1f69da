/**
 * Named store failures: the CLI prints `message` as one line (never a stack trace).
 *   not_a_database   the file is not SQLite at all, or is damaged ("file is not a database")
 *   foreign_database a SQLite file that some other program owns
 *   too_new          written by a newer dealgraph (schema version above what this one knows)
 *   corrupt          SQLite reports a damaged database while reading or writing
 *   missing          a query on a database that does not exist yet
 *   busy             another process held the write lock longer than the busy timeout
 */
export type StoreErrorCode = "not_a_database" | "foreign_database" | "too_new" | "corrupt" | "missing" | "busy";

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "StoreError";
  }
}

/** Turn a driver error into a StoreError when it is about the database file; other errors pass through. */
export function storeErrorFrom(e: unknown, path: string): unknown {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== "string") return e;
  const msg = (e as Error).message;
  if (code === "SQLITE_NOTADB") return new StoreError("not_a_database", path, `not a dealgraph database (${msg})`);
  if (code.startsWith("SQLITE_CORRUPT")) return new StoreError("corrupt", path, `the database is damaged (${msg})`);
  if (code.startsWith("SQLITE_BUSY")) return new StoreError("busy", path, `the database stayed locked by another process (${msg})`);
  return e;
}
