import type { PipelineDocument } from "../../../core/records.js";
import type { FinancingEvent, MoneyJson } from "../event.js";

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const CSV_HEADER = [
  "document_id", "source", "company", "round", "round_text", "amount_min", "amount_max", "currency",
  "amount_qualifier", "amount_text", "valuation_min", "valuation_max", "valuation_currency", "valuation_basis",
  "lead_investors", "investors", "date", "disclosed", "status", "evidence",
].join(",");

const money = (m: MoneyJson | null) => (m ? [m.min, m.max, m.currency, m.qualifier, m.text] : [null, null, null, null, null]);

/** One row per event; investor lists are joined with "; ". */
export function toCsvRows(doc: PipelineDocument, events: readonly FinancingEvent[]): string[] {
  return events.map((e) => {
    const [amin, amax, cur, qual, atext] = money(e.amount);
    const evidence = e.evidence.map((s) => doc.text.original.slice(s.start, s.end)).join(" … ");
    return [
      doc.meta.id, doc.meta.source, e.company.name, e.round?.stage ?? null, e.round?.text ?? null,
      amin, amax, cur, qual, atext,
      e.valuation?.min ?? null, e.valuation?.max ?? null, e.valuation?.currency ?? null, e.valuation?.basis ?? null,
      e.investors.filter((i) => i.lead).map((i) => i.name).join("; "),
      e.investors.map((i) => i.name).join("; "),
      e.date?.value ?? null, e.disclosed?.value ?? null, e.status, evidence,
    ].map(csvField).join(",");
  });
}
