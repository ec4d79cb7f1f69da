import { findEntity, investorReport, type InvestorReport } from "../../store/reports.js";
import { dbPath, registryFor, withStore, type DbOptions } from "../db.js";
import { quoteLine, roundLabel } from "../format/labels.js";
import { formatMoney } from "../format/money.js";
import { renderTable } from "../format/table.js";
import { printJson, type Output } from "../output.js";
import { parsePositiveInt } from "../parse.js";

export interface InvestorOptions extends DbOptions {
  limit?: string;
}

export function renderInvestor(rep: InvestorReport, limit: number): string {
  const out: string[] = [];
  out.push(`${rep.entity.name} (${rep.entity.kind})${rep.aliases.length ? ` — also: ${rep.aliases.join(", ")}` : ""}`);
  if (rep.units.length) out.push(`Counting its units: ${rep.units.map((u) => u.name).join(", ")}`);
  out.push(`${rep.portfolio.length} portfolio compan${rep.portfolio.length === 1 ? "y" : "ies"} · ${rep.rounds} round${rep.rounds === 1 ? "" : "s"} · ${rep.roundsLed.length} led`);
  if (rep.portfolio.length) {
    out.push("\nPortfolio");
    out.push(
      renderTable(rep.portfolio.slice(0, limit), [
        { header: "company", cell: (p) => p.company, max: 30 },
        { header: "rounds", cell: (p) => String(p.rounds), align: "right" },
        { header: "led", cell: (p) => String(p.led), align: "right" },
        { header: "last", cell: (p) => p.lastDay ?? "" },
        { header: "known from", cell: (p) => p.knownFrom.map((v) => (v === "round" ? "rounds" : "statement")).join(" + ") },
        ...(rep.units.length ? [{ header: "via", cell: (p: (typeof rep.portfolio)[number]) => p.via.join(", "), max: 24 }] : []),
      ]).trimEnd(),
    );
    if (rep.portfolio.length > limit) out.push(`… ${rep.portfolio.length - limit} more (--limit)`);
  }
  if (rep.roundsLed.length) {
    out.push("\nRounds led");
    out.push(
      renderTable(rep.roundsLed.slice(0, limit), [
        { header: "date", cell: (e) => e.dateValue ?? e.sortDay ?? "" },
        { header: "company", cell: (e) => e.companyName, max: 30 },
        { header: "round", cell: (e) => roundLabel(e.stage, e.roundLabel) },
        { header: "amount", cell: (e) => formatMoney(e.amount) },
      ]).trimEnd(),
    );
    if (rep.roundsLed.length > limit) out.push(`… ${rep.roundsLed.length - limit} more (--limit)`);
  }
  if (rep.coInvestors.length) {
    out.push("\nCo-investors (by shared rounds)");
    out.push(
      renderTable(rep.coInvestors, [
        { header: "investor", cell: (c) => c.name, max: 30 },
        { header: "shared", cell: (c) => String(c.shared), align: "right" },
      ]).trimEnd(),
    );
  }
  if (rep.withdrawn.length) out.push(`\nNot an investor of (withdrew or denied): ${rep.withdrawn.map((w) => `${w.company} ${quoteLine(w.quote, 60)}`).join("; ")}`);
  if (rep.links.length) {
    out.push("\nPossibly the same entity (not merged):");
    for (const l of rep.links) out.push(`  ${l.entity.name} — ${l.reason}`);
  }
  if (rep.others.length) out.push(`\nThe name also fits: ${rep.others.map((o) => o.name).join(", ")}`);
  return `${out.join("\n")}\n`;
}

/** `dealgraph investor NAME`: portfolio (rounds and statements, never denials), rounds led, co-investors. */
export async function investorCommand(name: string, opts: InvestorOptions, io: Output): Promise<number> {
  return withStore(io, dbPath(opts), { mustExist: true }, async (store) => {
    const limit = opts.limit === undefined ? 50 : parsePositiveInt(opts.limit, "--limit");
    const found = await findEntity(store, registryFor(opts), name);
    if (!found.entity) {
      io.err(`dealgraph: no investor named "${name}" in the knowledge base${found.suggestions.length ? ` (did you mean: ${found.suggestions.map((s) => s.name).join(", ")}?)` : ""}`);
      return 1;
    }
    const rep = await investorReport(store, found.entity, { others: found.others });
    if (opts.json) printJson(io, rep);
    else io.out(renderInvestor(rep, limit));
    return 0;
  });
}
