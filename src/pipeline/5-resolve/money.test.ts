import { describe, expect, it } from "vitest";
import { moneyCompatible, totalRaised, type MoneyValue } from "./money.js";

const m = (min: number | null, max: number | null, currency: MoneyValue["currency"], qualifier: MoneyValue["qualifier"]): MoneyValue => ({ min, max, currency, qualifier });

describe("total raised, honest about ranges and unknowns", () => {
  it("sums exact amounts per currency", () => {
    const t = totalRaised([m(8e8, 8e8, "USD", "exact"), m(6e8, 6e8, "USD", "exact"), m(5e9, 5e9, "CNY", "exact")]);
    expect(t.byCurrency).toEqual([
      { currency: "USD", min: 1.4e9, max: 1.4e9, rounds: 2 },
      { currency: "CNY", min: 5e9, max: 5e9, rounds: 1 },
    ]);
    expect(t.undisclosed).toBe(0);
  });

  it("an open amount (超6亿) leaves the total open; a range keeps both bounds; unknowns are counted", () => {
    const t = totalRaised([m(8e8, 8e8, "USD", "exact"), m(6e8, null, "USD", "at_least"), null, m(null, null, null, "undisclosed")]);
    expect(t.byCurrency).toEqual([{ currency: "USD", min: 1.4e9, max: null, rounds: 2 }]);
    expect(t.undisclosed).toBe(2);
    const r = totalRaised([m(1e7, 1e8, "CNY", "range"), m(null, 1e8, "CNY", "at_most")]);
    expect(r.byCurrency).toEqual([{ currency: "CNY", min: 1e7, max: 2e8, rounds: 2 }]);
  });

  it("ranks in approximate USD", () => {
    expect(totalRaised([m(1e9, 1e9, "CNY", "exact")]).usdMin).toBeCloseTo(1.4e8, -6);
  });
});

describe("compatible amounts (could be the same round)", () => {
  it.each([
    [m(1e9, null, "USD", "at_least"), m(8e8, 8e8, "USD", "exact")],
    [m(6e8, 6e8, "USD", "exact"), m(4.2e9, 4.2e9, "CNY", "exact")],
    [null, m(1, 1, "USD", "exact")],
  ])("%o ~ %o", (a, b) => expect(moneyCompatible(a, b)).toBe(true));
  describe("must not match", () => {
    it.each([
      [m(6e8, 6e8, "USD", "exact"), m(3e9, 3e9, "USD", "exact")],
      [m(5e7, 5e7, "CNY", "exact"), m(3e8, 3e8, "USD", "exact")],
    ])("%o ≁ %o", (a, b) => expect(moneyCompatible(a, b)).toBe(false));
  });
});
