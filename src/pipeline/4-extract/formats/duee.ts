import type { PipelineDocument } from "../../../core/records.js";
import type { Span } from "../../../core/span.js";
import type { FinancingEvent } from "../event.js";

/**
 * DuEE-Fin JSON lines (docs/duee-conventions.md): one line per document, arguments cut from the
 * ORIGINAL input at the event's spans, so noise and Traditional script stay as written.
 * Only events the text presents as done or agreed are exported: rumours, plans and cumulative
 * totals are not 企业融资 events in DuEE-Fin.
 */
export interface DueeArgument {
  role: "被投资方" | "融资金额" | "融资轮次" | "领投方" | "投资方" | "事件时间" | "披露时间";
  argument: string;
}

export interface DueeDocument {
  id: string;
  event_list: { event_type: "企业融资"; trigger: string; arguments: DueeArgument[] }[];
}

const NO_ROUND_STAGES = new Set(["debt", "convertible", "private-placement", "total", "unnamed"]);

export function isDueeEvent(e: FinancingEvent): boolean {
  return e.status === "completed" && e.round?.stage !== "total";
}

export function toDuee(doc: PipelineDocument, events: readonly FinancingEvent[]): DueeDocument {
  const original = doc.text.original;
  const cut = (s: Span) => original.slice(s.start, s.end);
  const event_list = events.filter(isDueeEvent).map((e) => {
    const args: DueeArgument[] = [{ role: "被投资方", argument: cut(e.company.span) }];
    if (e.amount && e.amount.qualifier !== "undisclosed" && e.amount.span.end > e.amount.span.start) args.push({ role: "融资金额", argument: cut(e.amount.span) });
    // bonds, notes and placements have no round in DuEE-Fin
    if (e.round?.labelSpan && !NO_ROUND_STAGES.has(e.round.stage)) args.push({ role: "融资轮次", argument: cut(e.round.labelSpan) });
    for (const inv of e.investors) if (inv.lead) args.push({ role: "领投方", argument: cut(inv.span) });
    for (const inv of e.investors) args.push({ role: "投资方", argument: cut(inv.span) });
    if (e.date) args.push({ role: "事件时间", argument: cut(e.date.span) });
    if (e.disclosed) args.push({ role: "披露时间", argument: cut(e.disclosed.span) });
    return { event_type: "企业融资" as const, trigger: e.trigger ? cut(e.trigger) : "融资", arguments: args };
  });
  return { id: doc.meta.id, event_list };
}
