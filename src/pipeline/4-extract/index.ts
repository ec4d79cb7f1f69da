import type { Result } from "../../core/issue.js";
import type { PipelineDocument } from "../../core/records.js";
import type { FinancingEvent, InvestmentRelation } from "./event.js";

export type { FinancingEvent, InvestmentRelation } from "./event.js";

export interface Extraction {
  readonly events: readonly FinancingEvent[];
  readonly relations: readonly InvestmentRelation[];
}

/**
 * Find every financing event in a normalized document.
 * NOT YET IMPLEMENTED: returns nothing until issue 4 lands; the signature is the contract.
 */
export function extract(_doc: PipelineDocument): Result<Extraction> {
  return { value: { events: [], relations: [] }, issues: [] };
}
