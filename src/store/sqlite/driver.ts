import Database from "better-sqlite3";

/**
 * The narrow slice of better-sqlite3 (12.x) the store uses, declared here instead of importing
 * the driver's types (kysely's rule): anything else that offers these calls can stand in.
 */
export interface RunResult {
  readonly changes: number;
  readonly lastInsertRowid: number | bigint;
}

export interface Statement {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

export interface Driver {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  close(): void;
  readonly inTransaction: boolean;
}

export interface DriverOptions {
  readonly readonly?: boolean;
  /** Wait this long for another process's write lock before failing (ms). */
  readonly busyTimeoutMs: number;
  readonly fileMustExist?: boolean;
}

export function openDriver(path: string, options: DriverOptions): Driver {
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    timeout: options.busyTimeoutMs,
  });
  return db as unknown as Driver;
}
