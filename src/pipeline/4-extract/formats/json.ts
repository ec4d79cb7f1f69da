import type { Issue } from "../../../core/issue.js";
import type { PipelineDocument } from "../../../core/records.js";
import type { FinancingEvent, InvestmentRelation } from "../event.js";

/** One document of `--format json` (docs/extract-output.md). */
export function toJsonDocument(
  doc: PipelineDocument,
  events: readonly FinancingEvent[],
  relations: readonly InvestmentRelation[],
  issues: readonly Issue[],
) {
  return {
    source: doc.meta.source,
    id: doc.meta.id,
    title: doc.meta.title,
    published: doc.meta.published,
    language: doc.language,
    events,
    relations,
    issues: [...doc.issues, ...issues].map((i) => ({ code: i.code, message: i.message, span: i.span })),
  };
}
