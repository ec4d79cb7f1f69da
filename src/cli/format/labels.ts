import type { Stage } from "../../pipeline/3-recognize/types.js";
import type { RuleName } from "../../pipeline/5-resolve/conflict.js";
import { truncate } from "./table.js";

const STAGE: Record<Stage, string> = {
  "pre-seed": "Pre-seed", seed: "Seed", angel: "Angel", "pre-a": "Pre-A", a: "A", "a+": "A+", "pre-b": "Pre-B", b: "B", "b+": "B+",
  c: "C", "c+": "C+", d: "D", e: "E", f: "F", "pre-ipo": "Pre-IPO", strategic: "Strategic", "private-placement": "Private placement",
  debt: "Debt", convertible: "Convertible", unnamed: "new round", total: "cumulative", other: "other",
};

export function roundLabel(stage: Stage | null | undefined, label?: string | null): string {
  if (label) return label;
  return stage ? STAGE[stage] : "";
}

/** What each rule means, for `--claims`. */
export const RULE_TEXT: Record<RuleName, string> = {
  human_edit: "a human edit beats every source",
  correction: "a correction beats what it corrects",
  more_specific: "agrees with a vaguer report and says more",
  recent_specific: "a more recent and more specific report beats an older, vaguer one",
  more_sources: "more independent sources",
  more_recent: "the most recent report (sources tied)",
  first_reported: "reported first (no other rule decided)",
  agreed: "every source agrees",
  single: "one source",
};

export function quoteLine(q: string | null, max = 90): string {
  return q ? `“${truncate(q.replace(/\s+/gu, " ").trim(), max)}”` : "";
}
