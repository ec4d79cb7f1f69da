import { describe, expect, it } from "vitest";
import { findNumbers, parseNumber, parseRange } from "./index.js";

// [written, min, max]: exact numbers have min === max
const PARSES: [string, number, number][] = [
  ["0", 0, 0],
  ["15", 15, 15],
  ["3.48", 3.48, 3.48],
  ["1,500", 1500, 1500],
  ["30,000", 30000, 30000],
  ["1,234,567.5", 1234567.5, 1234567.5],
  ["一", 1, 1],
  ["两", 2, 2],
  ["十", 10, 10],
  ["十五", 15, 15],
  ["二十七", 27, 27],
  ["一百零五", 105, 105],
  ["一百五十", 150, 150],
  ["一千二百三十四", 1234, 1234],
  ["两千万", 2e7, 2e7],
  ["壹佰贰拾", 120, 120],
  ["万", 1e4, 1e4],
  ["千万", 1e7, 1e7],
  ["百万", 1e6, 1e6],
  ["十亿", 1e9, 1e9],
  ["亿", 1e8, 1e8],
  ["万亿", 1e12, 1e12],
  ["3.48亿", 3.48e8, 3.48e8],
  ["5000万", 5e7, 5e7],
  ["1,500万", 1.5e7, 1.5e7],
  ["30,000万", 3e8, 3e8],
  ["5千万", 5e7, 5e7],
  ["1.2万亿", 1.2e12, 1.2e12],
  ["1亿5000万", 1.5e8, 1.5e8],
  ["三亿五千万", 3.5e8, 3.5e8],
  ["5万3千", 53000, 53000],
  ["二〇二四", 2024, 2024],
  ["一个亿", 1e8, 1e8],
  // vague forms are ranges
  ["数千万", 2e7, 9e7],
  ["数亿", 2e8, 9e8],
  ["几十亿", 2e9, 9e9],
  ["十几亿", 1.1e9, 1.9e9],
  ["两三亿", 2e8, 3e8],
  ["七八千万", 7e7, 8e7],
  ["一两个亿", 1e8, 2e8],
  ["一百五十多", 150, 160],
  ["十余", 10, 20],
  ["十多亿", 1e9, 2e9],
  ["100多万", 1e6, 2e6],
  ["5000余万", 5e7, 6e7],
  ["3亿多", 3e8, 4e8],
  ["一个多亿", 1e8, 2e8],
];

// not numbers: words that share characters with numerals
const NOT_NUMBERS = ["", "多", "数", "几", "个", "两个", "5十", "二百一千", "1,2", "3.4.5", "多5"];

describe("parseNumber", () => {
  it.each(PARSES)("%s → %d..%d", (written, min, max) => {
    expect(parseNumber(written)).toEqual({ min, max });
  });
  describe("must not match", () => {
    it.each(NOT_NUMBERS)("%j is not a number", (s) => {
      expect(parseNumber(s)).toBeNull();
    });
  });
});

describe("parseRange", () => {
  it.each([
    ["1.5", "2亿", 1.5e8, 2e8],
    ["5000万", "1亿", 5e7, 1e8],
    ["2", "3", 2, 3],
  ] as const)("%s – %s", (a, b, min, max) => {
    expect(parseRange(a, b)).toEqual({ min, max });
  });
  it("a range that runs backwards is not one", () => {
    expect(parseRange("2024", "02")).toBeNull();
  });
});

describe("findNumbers", () => {
  it("finds runs and trims words that cannot start a number", () => {
    const text = "其余5亿元由老股东认购，另有3.48亿和一百五十多家";
    expect(findNumbers(text).map((s) => text.slice(s.start, s.end))).toEqual(["5亿", "3.48亿", "一百五十多"]);
  });
  it("keeps separators only between digits", () => {
    const text = "投资5000万,估值1,500万。";
    expect(findNumbers(text).map((s) => text.slice(s.start, s.end))).toEqual(["5000万", "1,500万"]);
  });
});

// Forms we do not read yet; `it.fails` turns red when one starts passing.
const KNOWN_MISSES: [written: string, value: number][] = [
  ["三点五", 3.5], // 点 as a decimal point
  ["1万5", 15000], // colloquial: the digit after 万 means thousands
  ["廿五", 25], // 廿 = 20
  ["1.5k", 1500], // English thousands outside an amount
];

describe("known misses", () => {
  for (const [written, value] of KNOWN_MISSES) {
    it.fails(`${written} → ${value}`, () => {
      expect(parseNumber(written)).toEqual({ min: value, max: value });
    });
  }
});
