import { InputError } from "../../core/issue.js";
import { acquire, normalize } from "../../pipeline/index.js";
import { extract } from "../../pipeline/4-extract/index.js";
import { CSV_HEADER, toCsvRows } from "../../pipeline/4-extract/formats/csv.js";
import { toDuee } from "../../pipeline/4-extract/formats/duee.js";
import { toJsonDocument } from "../../pipeline/4-extract/formats/json.js";
import { toTable } from "../../pipeline/4-extract/formats/table.js";
import { registryFor, reportFailure } from "../db.js";
import type { Output } from "../output.js";

export type ExtractFormat = "json" | "duee" | "csv" | "table";

export interface ExtractOptions {
  format?: ExtractFormat;
  registry?: string;
}

/**
 * `dealgraph extract <inputs…>`: financing events per document. Output streams document by
 * document (a JSON array is opened first and closed last) so memory stays flat on big batches.
 */
export async function extractCommand(inputs: string[], opts: ExtractOptions, io: Output): Promise<number> {
  const format: ExtractFormat = opts.format ?? (io.isTTY ? "table" : "json");
  // a registry file that cannot be used is one line and a non-zero exit, before any output
  try {
    if (opts.registry ?? process.env.DEALGRAPH_REGISTRY) registryFor({ registry: opts.registry });
  } catch (e) {
    return reportFailure(io, e);
  }
  let ok = 0;
  let first = true;
  if (format === "json") io.out('{"documents":[\n');
  if (format === "csv") io.out(`${CSV_HEADER}\n`);
  for await (const item of acquire(inputs)) {
    if (item instanceof InputError) {
      io.err(`dealgraph: ${item.input}: ${item.message}`);
      continue;
    }
    ok++;
    const doc = normalize(item);
    const { value, issues } = extract(doc);
    switch (format) {
      case "json":
        io.out(`${first ? "" : ",\n"}${JSON.stringify(toJsonDocument(doc, value.events, value.relations, issues))}`);
        break;
      case "duee":
        io.out(`${JSON.stringify(toDuee(doc, value.events))}\n`);
        break;
      case "csv":
        for (const row of toCsvRows(doc, value.events)) io.out(`${row}\n`);
        break;
      case "table":
        io.out(toTable(doc, value.events));
        break;
    }
    first = false;
  }
  if (format === "json") io.out("\n]}\n");
  return ok > 0 || inputs.length === 0 ? 0 : 1;
}
