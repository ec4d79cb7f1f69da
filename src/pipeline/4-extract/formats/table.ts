import type { PipelineDocument } from "../../../core/records.js";
import type { FinancingEvent, MoneyJson } from "../event.js";

/** A compact, human-readable block per document, for people at a terminal. */
export function formatMoney(m: MoneyJson | null): string {
  if (!m) return "—";
  if (m.qualifier === "undisclosed") return "undisclosed";
  const cur = m.currency ?? "";
  const n = (v: number | null) => (v === null ? "?" : humanNumber(v));
  switch (m.qualifier) {
    case "at_least":
      return `≥ ${n(m.min)} ${cur}`.trim();
    case "at_most":
      return `≤ ${n(m.max)} ${cur}`.trim();
    case "range":
      return `${n(m.min)}–${n(m.max)} ${cur}`.trim();
    case "about":
      return `~${n(m.min)} ${cur}`.trim();
    default:
      return `${n(m.min)} ${cur}`.trim();
  }
}

export function humanNumber(v: number): string {
  const units: [number, string][] = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]];
  for (const [size, unit] of units) if (Math.abs(v) >= size) return `${+(v / size).toFixed(2)}${unit}`;
  return String(v);
}

export function toTable(doc: PipelineDocument, events: readonly FinancingEvent[]): string {
  const lines = [`${doc.meta.source}${doc.meta.title ? `  ${doc.meta.title}` : ""}`];
  if (events.length === 0) lines.push("  (no financing events)");
  for (const e of events) {
    const round = e.round ? e.round.text : "round ?";
    const when = e.date?.value ?? e.disclosed?.value ?? "date ?";
    lines.push(`  ${e.company.name} · ${round} · ${formatMoney(e.amount)} · ${when} · ${e.status}`);
    if (e.valuation) lines.push(`    valuation ${formatMoney(e.valuation)} (${e.valuation.basis})`);
    const leads = e.investors.filter((i) => i.lead).map((i) => i.name);
    const others = e.investors.filter((i) => !i.lead).map((i) => i.name);
    if (leads.length) lines.push(`    led by ${leads.join(", ")}`);
    if (others.length) lines.push(`    with ${others.join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}
