import { describe, expect, it } from "vitest";
import { totalRaised } from "../../pipeline/5-resolve/money.js";
import { formatMoney, formatTotal } from "./money.js";
import { displayWidth, renderTable } from "./table.js";

describe("money for people", () => {
  it.each([
    [{ min: 8e8, max: 8e8, currency: "USD" as const, qualifier: "exact" as const }, "$800M"],
    [{ min: 1e9, max: null, currency: "USD" as const, qualifier: "at_least" as const }, "≥ $1B"],
    [{ min: 2.5e9, max: 2.5e9, currency: "CNY" as const, qualifier: "about" as const }, "~ CNY 2.5B"],
    [{ min: 1e7, max: 1e8, currency: "CNY" as const, qualifier: "range" as const }, "CNY 10M–100M"],
    [{ min: null, max: 1e8, currency: "EUR" as const, qualifier: "at_most" as const }, "≤ €100M"],
    [{ min: null, max: null, currency: null, qualifier: "undisclosed" as const }, "undisclosed"],
  ])("%o → %s", (m, s) => expect(formatMoney(m)).toBe(s));

  it.each([
    [[{ min: 8e8, max: 8e8, currency: "USD", qualifier: "exact" }, { min: 6e8, max: 6e8, currency: "USD", qualifier: "exact" }, null, null], "≥ $1.4B, 2 rounds undisclosed"],
    [[{ min: 8e8, max: 8e8, currency: "USD", qualifier: "exact" }, { min: 6e8, max: 6e8, currency: "USD", qualifier: "exact" }], "$1.4B"],
    [[{ min: 8e8, max: 8e8, currency: "USD", qualifier: "exact" }, { min: 6e8, max: null, currency: "USD", qualifier: "at_least" }], "≥ $1.4B"],
    [[{ min: 1e7, max: 1e8, currency: "CNY", qualifier: "range" }], "CNY 10M–100M"],
    [[{ min: 3e8, max: 3e8, currency: "USD", qualifier: "exact" }, { min: 5e9, max: 5e9, currency: "CNY", qualifier: "exact" }], "CNY 5B + $300M"],
    [[null], "unknown, 1 round undisclosed"],
    [[], "none reported"],
  ] as const)("total %#: %s", (amounts, s) => expect(formatTotal(totalRaised(amounts as never))).toBe(s));
});

describe("tables", () => {
  it("counts wide characters as two columns", () => {
    expect(displayWidth("月之暗面")).toBe(8);
    expect(displayWidth("MiniMax")).toBe(7);
    const t = renderTable([{ n: "月之暗面", v: 1 }, { n: "MiniMax", v: 22 }], [
      { header: "company", cell: (r) => r.n },
      { header: "n", cell: (r) => String(r.v), align: "right" },
    ]);
    const lines = t.trimEnd().split("\n");
    expect(lines.map(displayWidth)).toEqual([12, 12, 12, 12]);
    expect(lines[2]).toBe("月之暗面   1");
    expect(lines[3]).toBe("MiniMax   22");
  });
});
