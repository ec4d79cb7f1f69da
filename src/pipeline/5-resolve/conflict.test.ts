import { describe, expect, it } from "vitest";
import { decide, FIELD_RULES, type ClaimInput, type FieldValues } from "./conflict.js";
import type { MoneyValue } from "./money.js";

let seq = 0;
const usd = (min: number | null, max: number | null = min, qualifier: MoneyValue["qualifier"] = "exact"): MoneyValue => ({ min, max, currency: "USD", qualifier });
function amount(value: MoneyValue | null, reportedOn: string, origin: number | null, over: Partial<ClaimInput<"amount">> = {}): ClaimInput<"amount"> {
  return { id: ++seq, field: "amount", value, reportedOn, origin, human: false, correction: false, supersededOn: null, supersededBy: null, ...over };
}
const decideAmount = (cs: ClaimInput<"amount">[], asOf: string | null = null) => decide(cs, FIELD_RULES.amount, asOf);

describe("the conflict rule (docs/knowledge-base.md), one row per rule", () => {
  it("1. a human edit beats everything, even many sources and a correction", () => {
    const a = amount(usd(1e9), "2024-02-19", 1);
    const b = amount(usd(1e9), "2024-02-20", 2);
    const fix = amount(usd(8e8), "2024-02-22", 3, { correction: true });
    const human = amount(usd(9e8), "2024-01-01", null, { human: true });
    const d = decideAmount([a, b, fix, human])!;
    expect([d.value, d.rule, d.claimId]).toEqual([usd(9e8), "human_edit", human.id]);
    expect([...d.beaten].sort()).toEqual([a.id, b.id, fix.id].sort());
  });

  it("2. a correction beats what it corrects, and a later repeat of the corrected figure", () => {
    const fix = amount(usd(8e8), "2024-02-22", 2, { correction: true });
    const first = amount(usd(1e9, null, "at_least"), "2024-02-19", 1, { supersededOn: "2024-02-22", supersededBy: fix.id });
    const echo = amount(usd(1e9, null, "at_least"), "2024-03-01", 3); // a lagging outlet repeats the old figure
    const echo2 = amount(usd(1e9, null, "at_least"), "2024-03-02", 4);
    const d = decideAmount([first, fix, echo, echo2])!;
    expect([d.value, d.rule]).toEqual([usd(8e8), "correction"]);
    expect(d.beaten).toContain(first.id);
  });

  it("3. a value that agrees with a vaguer one and says more beats it, whatever the order", () => {
    const precise = amount(usd(1.2e9), "2024-02-19", 1);
    const vague = amount(usd(1e9, null, "at_least"), "2024-03-01", 2);
    expect(decideAmount([precise, vague])).toMatchObject({ value: usd(1.2e9), rule: "more_specific" });
  });

  it("4. a more recent and more specific report beats an older, vaguer one", () => {
    const old = amount(usd(5e8, 1e9, "range"), "2024-01-10", 1);
    const old2 = amount(usd(5e8, 1e9, "range"), "2024-01-11", 2); // two sources, still older and vaguer
    const recent = amount(usd(1.2e9), "2024-03-01", 3);
    expect(decideAmount([old, old2, recent])).toMatchObject({ value: usd(1.2e9), rule: "recent_specific" });
  });

  it("5. more independent sources beat fewer; reposts (same origin) count once", () => {
    const a1 = amount(usd(6e8), "2024-03-05", 1);
    const a1repost = amount(usd(6e8), "2024-03-06", 1);
    const a1repost2 = amount(usd(6e8), "2024-03-07", 1);
    const b = amount(usd(7e8), "2024-03-05", 2);
    const c = amount(usd(7e8), "2024-03-05", 3);
    expect(decideAmount([a1, a1repost, a1repost2, b, c])).toMatchObject({ value: usd(7e8), rule: "more_sources", sources: 2 });
  });

  it("6. sources tied: the most recent report", () => {
    const a = amount(usd(6e8), "2024-03-05", 1);
    const b = amount(usd(7e8), "2024-03-09", 2);
    expect(decideAmount([a, b])).toMatchObject({ value: usd(7e8), rule: "more_recent" });
  });

  it("7. nothing else decides: the first reported", () => {
    const a = amount(usd(6e8), "2024-03-05", 1);
    const b = amount(usd(7e8), "2024-03-05", 2);
    expect(decideAmount([a, b])).toMatchObject({ value: usd(6e8), rule: "first_reported" });
  });

  it("no conflict: agreed, or a single source", () => {
    expect(decideAmount([amount(usd(6e8), "2024-03-05", 1), amount(usd(6e8), "2024-03-06", 2)])).toMatchObject({ rule: "agreed", sources: 2 });
    expect(decideAmount([amount(usd(6e8), "2024-03-05", 1)])).toMatchObject({ rule: "single", sources: 1 });
  });

  it("an undisclosed amount never beats a stated one, even with more sources", () => {
    const d = decideAmount([amount(null, "2024-03-05", 1), amount(null, "2024-03-05", 2), amount(usd(6e8), "2024-03-01", 3)])!;
    expect(d.value).toEqual(usd(6e8));
    expect(decideAmount([amount(null, "2024-03-05", 1)])).toMatchObject({ value: null, rule: "single" });
  });

  describe("as of a day: only what was published by then, superseded only once corrected", () => {
    const fix = amount(usd(8e8), "2024-02-22", 2, { correction: true });
    const first = amount(usd(1e9, null, "at_least"), "2024-02-19", 1, { supersededOn: "2024-02-22", supersededBy: fix.id });
    it.each([
      ["2024-02-18", null, null],
      ["2024-02-19", usd(1e9, null, "at_least"), "single"],
      ["2024-02-21", usd(1e9, null, "at_least"), "single"],
      ["2024-02-22", usd(8e8), "correction"],
      [null, usd(8e8), "correction"],
    ])("as of %s", (asOf, value, rule) => {
      const d = decideAmount([first, fix], asOf);
      if (value === null) expect(d).toBeNull();
      else expect(d).toMatchObject({ value, rule });
    });
  });
});

describe("field rules", () => {
  const date = (value: string, precision: FieldValues["date"]["precision"]) => ({ value, precision });
  it.each([
    ["2024-02-15 refines 2024-02", FIELD_RULES.date.refines(date("2024-02-15", "day"), date("2024-02", "month")), true],
    ["2024-02 refines 2024", FIELD_RULES.date.refines(date("2024-02", "month"), date("2024", "year")), true],
    ["2024-08 refines Q3 2024", FIELD_RULES.date.refines(date("2024-08", "month"), date("2024-07", "quarter")), true],
    ["B refines a new round", FIELD_RULES.round.refines({ stage: "b", label: "B" }, { stage: "unnamed", label: null }), true],
    ["12亿 refines 超10亿", FIELD_RULES.amount.refines(usd(1.2e9), usd(1e9, null, "at_least")), true],
    ["completed refines rumored", FIELD_RULES.status.refines("completed", "rumored"), true],
  ])("%s", (_l, got, want) => expect(got).toBe(want));

  describe("must not refine", () => {
    it.each([
      ["2024-03 does not refine 2024-02", FIELD_RULES.date.refines(date("2024-03", "month"), date("2024-02", "month"))],
      ["2023-12 does not refine 2024", FIELD_RULES.date.refines(date("2023-12", "month"), date("2024", "year"))],
      ["8亿 does not refine 超10亿 (a correction, not a refinement)", FIELD_RULES.amount.refines(usd(8e8), usd(1e9, null, "at_least"))],
      ["C does not refine B", FIELD_RULES.round.refines({ stage: "c", label: "C" }, { stage: "b", label: "B" })],
      ["CNY does not refine USD", FIELD_RULES.amount.refines({ ...usd(8e8), currency: "CNY" }, usd(1e8, null, "at_least"))],
      ["rumored does not refine completed", FIELD_RULES.status.refines("rumored", "completed")],
    ])("%s", (_l, got) => expect(got).toBe(false));
  });
});
