import type { MoneyValue } from "../../pipeline/5-resolve/money.js";
import { asOfDay } from "../../pipeline/5-resolve/dates.js";
import { companyReport, findEntity, type ClaimView, type CompanyReport, type RoundView } from "../../store/reports.js";
import { dbPath, registryFor, withStore, type DbOptions } from "../db.js";
import { quoteLine, roundLabel, RULE_TEXT } from "../format/labels.js";
import { formatMoney, formatTotal } from "../format/money.js";
import { renderTable } from "../format/table.js";
import { printJson, type Output } from "../output.js";
import { UsageError } from "../parse.js";

export interface CompanyOptions extends DbOptions {
  claims?: boolean;
  asOf?: string;
}

function claimValue(c: ClaimView): string {
  const v = c.value as Record<string, unknown> | string | null;
  if (v === null) return "undisclosed";
  if (typeof v === "string") return v;
  if ("name" in v) return String(v.name);
  if ("stage" in v) return roundLabel(v.stage as never, v.label as string | null);
  if ("precision" in v) return String(v.value ?? "");
  if ("qualifier" in v) return formatMoney(v as unknown as MoneyValue) + ("basis" in v && v.basis !== "unspecified" ? ` (${String(v.basis)})` : "");
  return JSON.stringify(v);
}

function claimsBlock(r: RoundView): string {
  const lines = [`\n${r.date?.value ?? "date unknown"} ${roundLabel(r.round?.stage, r.round?.label)} (event ${r.eventId}, ${r.sources} independent source${r.sources === 1 ? "" : "s"})`];
  for (const field of ["amount", "valuation", "round", "date", "disclosed", "status", "investor", "lead"]) {
    const cs = r.claims.filter((c) => c.field === field);
    if (!cs.length) continue;
    const rule = r.rules[field];
    lines.push(`  ${field}${rule ? `: rule ${rule} (${RULE_TEXT[rule as keyof typeof RULE_TEXT] ?? rule})` : ""}`);
    for (const c of cs) {
      const mark = c.current ? "✓" : c.superseded ? "✗" : "·";
      const src = c.human ? `human edit ${c.qualifiers.edited_by ?? ""}`.trim() : `doc ${c.documentId} ${c.source ?? ""}`.trim();
      const why = c.superseded ? ` [superseded: ${c.supersededReason ?? "corrected"}]` : "";
      lines.push(`    ${mark} ${claimValue(c)}  ${c.reportedOn}  ${src}${why}`);
      if (c.quote) lines.push(`        ${quoteLine(c.quote)}`);
    }
  }
  return lines.join("\n");
}

export function renderCompany(rep: CompanyReport, withClaims: boolean): string {
  const out: string[] = [];
  out.push(`${rep.entity.name} (${rep.entity.kind})${rep.aliases.length ? ` — also: ${rep.aliases.join(", ")}` : ""}`);
  if (rep.asOf) out.push(`As of ${rep.asOf}: only what sources published by then said.`);
  const val = rep.latestValuation ? `${formatMoney(rep.latestValuation.value)}${rep.latestValuation.day ? ` (${rep.latestValuation.day.slice(0, 7)})` : ""}` : "not reported";
  const notCounted = [
    rep.notCounted.rumoredOrPlanned ? `${rep.notCounted.rumoredOrPlanned} rumored or planned` : "",
    rep.notCounted.cumulative ? `${rep.notCounted.cumulative} cumulative` : "",
  ].filter(Boolean);
  out.push(`Total raised: ${formatTotal(rep.total)}${notCounted.length ? ` (not counted: ${notCounted.join(", ")})` : ""} · Latest valuation: ${val}`);
  if (rep.rounds.length === 0) out.push("\nNo funding rounds known.");
  else {
    out.push("");
    out.push(
      renderTable(rep.rounds, [
        { header: "date", cell: (r) => r.date?.value ?? r.sortDay ?? "" },
        { header: "round", cell: (r) => roundLabel(r.round?.stage, r.round?.label) },
        { header: "amount", cell: (r) => formatMoney(r.amount?.value ?? null) || (r.amount ? "undisclosed" : "") },
        { header: "valuation", cell: (r) => formatMoney(r.valuation?.value ?? null) },
        { header: "lead", cell: (r) => r.leads.join(", "), max: 24 },
        { header: "investors", cell: (r) => r.investors.join(", "), max: 40 },
        { header: "sources", cell: (r) => String(r.sources), align: "right" },
      ]).trimEnd(),
    );
  }
  if (rep.backers.length) out.push(`\nAlso backed by (no round named): ${rep.backers.map((b) => b.name).join(", ")}`);
  if (rep.withdrawn.length) out.push(`Not investors (withdrew or denied): ${rep.withdrawn.map((w) => `${w.name} ${quoteLine(w.quote, 60)}`).join("; ")}`);
  for (const s of rep.stakes) out.push(`Stake: ${s.holderName ?? "?"} ${s.percent !== null ? `${s.percent}%` : s.text} ${quoteLine(s.quote, 60)}`);
  if (rep.links.length) {
    out.push("\nPossibly the same entity (not merged):");
    for (const l of rep.links) out.push(`  ${l.entity.name} — ${l.reason}`);
  }
  if (rep.others.length) out.push(`\nThe name also fits: ${rep.others.map((o) => o.name).join(", ")}`);
  if (withClaims) for (const r of rep.rounds) out.push(claimsBlock(r));
  return `${out.join("\n")}\n`;
}

/** `dealgraph company NAME`: funding history, totals, latest valuation; every claim with `--claims`. */
export async function companyCommand(name: string, opts: CompanyOptions, io: Output): Promise<number> {
  return withStore(io, dbPath(opts), { mustExist: true }, async (store) => {
    const asOf = opts.asOf === undefined ? null : asOfDay(opts.asOf);
    if (opts.asOf !== undefined && asOf === null) throw new UsageError(`--as-of needs a date like 2024, 2024-03 or 2024-03-15, not "${opts.asOf}"`);
    const found = await findEntity(store, registryFor(opts), name);
    if (!found.entity) {
      io.err(`dealgraph: no company named "${name}" in the knowledge base${found.suggestions.length ? ` (did you mean: ${found.suggestions.map((s) => s.name).join(", ")}?)` : ""}`);
      return 1;
    }
    const rep = await companyReport(store, found.entity, { asOf, others: found.others });
    if (opts.json) printJson(io, opts.claims ? rep : { ...rep, rounds: rep.rounds.map((r) => ({ ...r, claims: undefined })) });
    else io.out(renderCompany(rep, Boolean(opts.claims)));
    return 0;
  });
}
