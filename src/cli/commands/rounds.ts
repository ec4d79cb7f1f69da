import { asOfDay, sinceDay } from "../../pipeline/5-resolve/dates.js";
import { findEntity, roundsReport, type RoundsReport } from "../../store/reports.js";
import type { RoundFilter } from "../../store/store.js";
import { dbPath, registryFor, withStore, type DbOptions } from "../db.js";
import { roundLabel } from "../format/labels.js";
import { formatMoney } from "../format/money.js";
import { renderTable } from "../format/table.js";
import { printJson, type Output } from "../output.js";
import { parseAmount, parseCurrency, parsePositiveInt, parseStages, UsageError } from "../parse.js";

export interface RoundsOptions extends DbOptions {
  since?: string;
  until?: string;
  stage?: string;
  min?: string;
  currency?: string;
  investor?: string;
  company?: string;
  limit?: string;
}

export function renderRounds(rep: RoundsReport, filter: RoundFilter): string {
  if (rep.total === 0) return "No rounds match.\n";
  const table = renderTable(rep.events, [
    { header: "date", cell: (e) => e.dateValue ?? e.sortDay ?? "" },
    { header: "company", cell: (e) => e.companyName, max: 28 },
    { header: "round", cell: (e) => roundLabel(e.stage, e.roundLabel) },
    { header: "amount", cell: (e) => formatMoney(e.amount) },
    { header: "valuation", cell: (e) => formatMoney(e.valuation) },
    { header: "lead", cell: (e) => e.leads.join(", "), max: 24 },
    { header: "investors", cell: (e) => e.investors.join(", "), max: 36 },
    { header: "sources", cell: (e) => String(e.sources), align: "right" },
  ]);
  const total = `${rep.total}${rep.more ? "+" : ""}`;
  const more = rep.more || rep.total > rep.events.length ? `${rep.events.length} of ${total} rounds shown (--limit)\n` : `${total} round${rep.total === 1 ? "" : "s"}\n`;
  const note = filter.minAmount !== null && filter.currency === null ? "(--min compares approximate US dollars; add --currency to compare in one currency)\n" : "";
  return table + more + note;
}

/** `dealgraph rounds --since 2023-01 --stage b --min 100m --currency USD --investor 腾讯`: filters combine. */
export async function roundsCommand(opts: RoundsOptions, io: Output): Promise<number> {
  return withStore(io, dbPath(opts), { mustExist: true }, async (store) => {
    const day = (arg: string | undefined, what: string) => {
      if (arg === undefined) return null;
      const d = sinceDay(arg);
      if (!d) throw new UsageError(`${what} needs a date like 2023, 2023-01 or 2023-01-15, not "${arg}"`);
      return d;
    };
    const registry = registryFor(opts);
    const entityId = async (name: string | undefined, what: string) => {
      if (name === undefined) return null;
      const found = await findEntity(store, registry, name);
      if (!found.entity) throw new UsageError(`no ${what} named "${name}" in the knowledge base`);
      return found.entity.id;
    };
    const filter: RoundFilter = {
      since: day(opts.since, "--since"),
      until: opts.until === undefined ? null : (asOfDay(opts.until) ?? day(opts.until, "--until")),
      stages: opts.stage === undefined ? null : parseStages(opts.stage),
      minAmount: opts.min === undefined ? null : parseAmount(opts.min),
      currency: opts.currency === undefined ? null : parseCurrency(opts.currency),
      investorId: await entityId(opts.investor, "investor"),
      companyId: await entityId(opts.company, "company"),
      limit: opts.limit === undefined ? 50 : parsePositiveInt(opts.limit, "--limit"),
    };
    const rep = await roundsReport(store, filter);
    if (opts.json) printJson(io, { filter, ...rep });
    else io.out(renderRounds(rep, filter));
    return 0;
  });
}
