import type { ExportTable, Store } from "../../store/store.js";
import { dbPath, withStore, type DbOptions } from "../db.js";
import type { Output } from "../output.js";
import { UsageError } from "../parse.js";

export interface ExportOptions extends DbOptions {
  format?: string;
  table?: string;
}

const TABLES: readonly ExportTable[] = ["entities", "events", "claims"];

/** RFC 4180: quote fields with commas, quotes or line breaks; nested values as JSON. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

async function writeCsv(store: Store, table: ExportTable, io: Output): Promise<void> {
  let header: string[] | null = null;
  let buf: string[] = [];
  for await (const row of store.exportRows(table)) {
    if (!header) {
      header = Object.keys(row);
      buf.push(header.map(csvField).join(","));
    }
    buf.push(header.map((k) => csvField(row[k])).join(","));
    if (buf.length >= 1000) {
      io.out(`${buf.join("\r\n")}\r\n`);
      buf = [];
    }
  }
  if (buf.length) io.out(`${buf.join("\r\n")}\r\n`);
}

/**
 * `dealgraph export --format csv|json|jsonl [--table entities|events|claims]`: everything, streamed.
 * json: one object {entities, events, claims}; jsonl: one record per line with a "table" field;
 * csv: one table (default events), with a header row.
 */
export async function exportCommand(opts: ExportOptions, io: Output): Promise<number> {
  return withStore(io, dbPath(opts), { mustExist: true }, async (store) => {
    const format = opts.format ?? "jsonl";
    if (!["csv", "json", "jsonl"].includes(format)) throw new UsageError(`--format must be csv, json or jsonl, not "${format}"`);
    if (opts.table !== undefined && !(TABLES as readonly string[]).includes(opts.table)) {
      throw new UsageError(`--table must be one of ${TABLES.join(", ")}, not "${opts.table}"`);
    }
    const tables = opts.table ? [opts.table as ExportTable] : format === "csv" ? (["events"] as const) : TABLES;
    if (format === "csv") {
      await writeCsv(store, tables[0]!, io);
      return 0;
    }
    if (format === "jsonl") {
      for (const t of tables) {
        let buf: string[] = [];
        for await (const row of store.exportRows(t)) {
          buf.push(JSON.stringify({ table: t, ...row }));
          if (buf.length >= 1000) {
            io.out(`${buf.join("\n")}\n`);
            buf = [];
          }
        }
        if (buf.length) io.out(`${buf.join("\n")}\n`);
      }
      return 0;
    }
    // json: one value, written as it streams
    io.out("{");
    for (const [i, t] of tables.entries()) {
      io.out(`${i ? "," : ""}\n${JSON.stringify(t)}: [`);
      let first = true;
      for await (const row of store.exportRows(t)) {
        io.out(`${first ? "\n" : ",\n"}${JSON.stringify(row)}`);
        first = false;
      }
      io.out("\n]");
    }
    io.out("\n}\n");
    return 0;
  });
}
