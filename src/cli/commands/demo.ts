import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../../store/ingest.js";
import { landscape, type Landscape } from "../../store/reports.js";
import { registryFor, withStore, type DbOptions } from "../db.js";
import { roundLabel } from "../format/labels.js";
import { compact, formatMoney } from "../format/money.js";
import { renderTable } from "../format/table.js";
import { printJson, type Output } from "../output.js";
import { UsageError } from "../parse.js";

/** The bundled corpus (samples/ at the package root: three folders up from src/ or dist/). */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "samples");

export function sampleFiles(dir = SAMPLES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:html?|txt)$/u.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function renderLandscape(l: Landscape, db: string): string {
  const c = l.counts;
  const out: string[] = [];
  out.push(
    `${c.documents} documents (${c.reposts} repost${c.reposts === 1 ? "" : "s"} linked, ${c.failed} failed) · ${c.events} financing events · ${c.entities} entities · ${c.claims} claims · ${c.links} candidate links`,
  );
  if (c.events === 0) {
    out.push("\nNo financing events were extracted from the samples, so there is no landscape to show yet.");
    out.push("(The documents are stored; `dealgraph export --format jsonl --db …` lists what is there.)");
  } else {
    out.push("\nTop companies by amount raised (approximate USD, completed rounds)");
    out.push(
      renderTable(l.topCompanies, [
        { header: "company", cell: (r) => r.name, max: 30 },
        { header: "rounds", cell: (r) => String(r.rounds), align: "right" },
        { header: "raised ≥ (USD)", cell: (r) => (r.usdMin ? `$${compact(r.usdMin)}` : "undisclosed"), align: "right" },
      ]).trimEnd(),
    );
    out.push("\nTop investors by rounds");
    out.push(
      renderTable(l.topInvestors, [
        { header: "investor", cell: (r) => r.name, max: 30 },
        { header: "rounds", cell: (r) => String(r.deals), align: "right" },
        { header: "led", cell: (r) => String(r.led), align: "right" },
      ]).trimEnd(),
    );
    out.push("\nLatest rounds");
    out.push(
      renderTable(l.latest.events, [
        { header: "date", cell: (e) => e.dateValue ?? e.sortDay ?? "" },
        { header: "company", cell: (e) => e.companyName, max: 24 },
        { header: "round", cell: (e) => roundLabel(e.stage, e.roundLabel) },
        { header: "amount", cell: (e) => formatMoney(e.amount) },
        { header: "lead", cell: (e) => e.leads.join(", "), max: 24 },
        { header: "sources", cell: (e) => String(e.sources), align: "right" },
      ]).trimEnd(),
    );
  }
  const rel = relative(process.cwd(), db);
  const dbArg = rel && !rel.startsWith("..") && rel.length < db.length ? rel : db;
  out.push(`\nExplore it: dealgraph company 月之暗面 --db ${dbArg}   ·   dealgraph investor 阿里 --db ${dbArg}   ·   dealgraph rounds --since 2024-01 --db ${dbArg}`);
  return `${out.join("\n")}\n`;
}

/** `dealgraph demo`: ingest the bundled sample corpus into a fresh database and show the landscape. */
export async function demoCommand(opts: DbOptions, io: Output): Promise<number> {
  const db = opts.db ?? join(mkdtempSync(join(tmpdir(), "dealgraph-demo-")), "dealgraph.db");
  if (opts.db && existsSync(opts.db)) {
    io.err(`dealgraph: ${opts.db} already exists; demo writes a fresh database (remove it or pick another --db)`);
    return 1;
  }
  return withStore(io, db, { mustExist: false }, async (store) => {
    const files = sampleFiles();
    if (files.length === 0) throw new UsageError(`no sample articles in ${SAMPLES_DIR}`);
    const problems: string[] = [];
    const summary = await ingest(store, files, { registry: registryFor(opts), onProblem: (s, m) => problems.push(`dealgraph: ${s}: ${m}`) });
    for (const p of problems) io.err(p);
    const l = await landscape(store, 10);
    if (opts.json) printJson(io, { db, ingested: summary, ...l });
    else io.out(`dealgraph demo: ${files.length} sample articles from ${SAMPLES_DIR} → ${db}\n\n${renderLandscape(l, db)}`);
    return 0;
  });
}
