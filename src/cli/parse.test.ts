import { describe, expect, it } from "vitest";
import { parseAmount, parseCurrency, parseMoneyValue, parseStages, UsageError } from "./parse.js";

describe("--min amounts", () => {
  it.each([
    ["100m", 1e8], ["1.5b", 1.5e9], ["1.5bn", 1.5e9], ["1亿", 1e8], ["5000万", 5e7], ["2.5十亿", 2.5e9], ["$20M", 2e7], ["300k", 3e5], ["1,000,000", 1e6], ["1万亿", 1e12],
  ])("%s = %d", (text, n) => expect(parseAmount(text)).toBe(n));
  describe("must not parse", () => {
    it.each(["", "m", "100 apples", "1e9", "一亿", "-5m"])("%s", (text) => expect(() => parseAmount(text)).toThrow(UsageError));
  });
});

it.each([
  ["USD", "USD"], ["usd", "USD"], ["RMB", "CNY"], ["人民币", "CNY"], ["美元", "USD"], ["eur", "EUR"],
])("currency %s = %s", (text, c) => expect(parseCurrency(text)).toBe(c));
it("an unknown currency is a usage error", () => expect(() => parseCurrency("BTC")).toThrow(UsageError));

it.each([
  ["b", ["b"]], ["B轮", ["b"]], ["Series B", ["b"]], ["a+", ["a+"]], ["pre-a", ["pre-a"]], ["b,c", ["b", "c"]], ["天使", ["angel"]], ["Pre-IPO", ["pre-ipo"]],
])("stage %s", (text, stages) => expect(parseStages(text)).toEqual(stages));
it("an unknown stage is a usage error", () => expect(() => parseStages("z")).toThrow(UsageError));

describe("money typed in an edit", () => {
  it.each([
    ["8亿美元", { min: 8e8, max: 8e8, currency: "USD", qualifier: "exact" }],
    ["$800m", { min: 8e8, max: 8e8, currency: "USD", qualifier: "exact" }],
    ["≥ 1b USD", { min: 1e9, max: null, currency: "USD", qualifier: "at_least" }],
    ["~5000万元", { min: 5e7, max: 5e7, currency: "CNY", qualifier: "about" }],
    ["近1亿人民币", { min: null, max: 1e8, currency: "CNY", qualifier: "at_most" }],
    ["undisclosed", null],
  ])("%s", (text, value) => expect(parseMoneyValue(text)).toEqual(value));
  it("must not parse: words", () => expect(() => parseMoneyValue("a lot")).toThrow(UsageError));
});
