import { describe, expect, it } from "vitest";
import { bestMatch, matchEvent, type EventShape } from "./consolidate.js";

const usd = (min: number, max: number | null = min) => ({ min, max, currency: "USD" as const, qualifier: max === null ? ("at_least" as const) : ("exact" as const) });
const shape = (over: Partial<EventShape>): EventShape => ({ stage: "unnamed", date: null, reportedOn: "2024-02-20", amount: null, ...over });
const feb = { value: "2024-02", precision: "month" as const };

describe("same round? (company already resolved)", () => {
  it.each([
    ["same month, unnamed, amounts 10亿 vs 8亿 (a correction)", shape({ date: feb, amount: usd(1e9, null) }), shape({ date: feb, amount: usd(8e8) })],
    ["dated vs undated report published days later", shape({ date: feb, amount: usd(1e9, null) }), shape({ reportedOn: "2024-02-22", amount: usd(8e8) })],
    ["same named stage, announced and closed months apart", shape({ stage: "b", date: { value: "2024-01", precision: "month" } }), shape({ stage: "b", date: { value: "2024-06-30", precision: "day" } })],
    ["a named stage and a new round in the same month", shape({ stage: "b", date: feb }), shape({ date: feb })],
    ["a year-precision date containing the month", shape({ date: { value: "2024", precision: "year" } }), shape({ date: feb })],
    ["6亿美元 vs 42亿元 (compared in USD)", shape({ date: feb, amount: usd(6e8) }), shape({ date: feb, amount: { min: 4.2e9, max: 4.2e9, currency: "CNY", qualifier: "exact" } })],
  ])("%s", (_label, a, b) => expect(matchEvent(a, b)).not.toBeNull());

  describe("must not match", () => {
    it.each([
      ["B vs C", shape({ stage: "b", date: feb }), shape({ stage: "c", date: feb })],
      ["a cumulative total vs a round", shape({ stage: "total", date: { value: "2023", precision: "year" } }), shape({ date: { value: "2023-10", precision: "month" } })],
      ["unnamed rounds a year apart", shape({ date: feb }), shape({ date: { value: "2025-02", precision: "month" } })],
      ["unnamed, same month, $6亿 vs $30亿", shape({ date: feb, amount: usd(6e8) }), shape({ date: feb, amount: usd(3e9) })],
      ["undated, reports a year apart", shape({ reportedOn: "2023-01-10" }), shape({ reportedOn: "2024-02-20" })],
      ["A1 vs A2", shape({ stage: "a", label: "A1", date: feb }), shape({ stage: "a", label: "A2", date: feb })],
      ["same named stage, undated, reports nine months apart", shape({ stage: "a", reportedOn: "2023-10-17" }), shape({ stage: "a", reportedOn: "2024-07-25" })],
      ["same named stage, two years apart", shape({ stage: "a", date: { value: "2022-01", precision: "month" } }), shape({ stage: "a", date: { value: "2024-01", precision: "month" } })],
    ])("%s", (_label, a, b) => expect(matchEvent(a, b)).toBeNull());
  });

  it("a correction notice matches despite an amount far off", () => {
    const a = shape({ date: feb, amount: usd(8e8) });
    const b = shape({ date: feb, amount: usd(3e9) });
    expect(matchEvent(a, b)).toBeNull();
    expect(matchEvent(a, b, { correction: true })).not.toBeNull();
  });

  it("picks the best of several: the same named stage over an unnamed one", () => {
    const incoming = shape({ stage: "b", date: feb });
    const best = bestMatch(incoming, [
      { id: 1, shape: shape({ date: feb }) },
      { id: 2, shape: shape({ stage: "b", date: { value: "2024-03", precision: "month" } }) },
      { id: 3, shape: shape({ stage: "c", date: feb }) },
    ]);
    expect(best?.candidate.id).toBe(2);
  });

  it("picks the same figure over a merely compatible one (a repost's $600M goes to the $600M round)", () => {
    const incoming = shape({ reportedOn: "2024-03-05", amount: usd(6e8) });
    const best = bestMatch(incoming, [
      { id: 1, shape: shape({ date: { value: "2023", precision: "year" }, reportedOn: "2024-03-05", amount: usd(2.5e8, null) }) },
      { id: 2, shape: shape({ reportedOn: "2024-03-05", amount: usd(6e8) }) },
    ]);
    expect(best?.candidate.id).toBe(2);
  });
});
