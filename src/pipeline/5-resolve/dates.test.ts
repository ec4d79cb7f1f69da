import { describe, expect, it } from "vitest";
import { asOfDay, dayRange, isoDay, sinceDay, sortDay } from "./dates.js";

describe("partial dates", () => {
  it.each([
    [{ value: "2024", precision: "year" as const }, "2024-01-01", "2024-12-31"],
    [{ value: "2024-07", precision: "half" as const }, "2024-07-01", "2024-12-31"],
    [{ value: "2024-07", precision: "quarter" as const }, "2024-07-01", "2024-09-30"],
    [{ value: "2024-02", precision: "month" as const }, "2024-02-01", "2024-02-29"],
    [{ value: "2024-02-15", precision: "day" as const }, "2024-02-15", "2024-02-15"],
  ])("%o covers %s … %s", (d, from, to) => {
    const r = dayRange(d)!;
    expect([isoDay(r.from), isoDay(r.to)]).toEqual([from, to]);
  });
  it("sorts by the first day; no value, no range", () => {
    expect(sortDay({ value: "2024-02", precision: "month" })).toBe("2024-02-01");
    expect(dayRange({ value: null, precision: "month" })).toBeNull();
  });
  it.each([
    ["2024", "2024-12-31", "2024-01-01"],
    ["2024-02", "2024-02-29", "2024-02-01"],
    ["2024-3", "2024-03-31", "2024-03-01"],
    ["2024-03-05", "2024-03-05", "2024-03-05"],
  ])("as of %s is through %s; since it is from %s", (arg, last, first) => {
    expect(asOfDay(arg)).toBe(last);
    expect(sinceDay(arg)).toBe(first);
  });
  describe("must not parse", () => {
    it.each(["2024-13", "2024-02-30", "last year", "24-02", ""])("%s", (arg) => {
      expect(asOfDay(arg)).toBeNull();
      expect(sinceDay(arg)).toBeNull();
    });
  });
});
