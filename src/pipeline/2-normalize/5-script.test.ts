import { describe, expect, it } from "vitest";
import { MappedText } from "../../core/mapped-text.js";
import { toSimplified } from "./5-script.js";
import { runStep } from "./test-helpers.js";

describe("5-script", () => {
  it.each([
    ["創業公司完成融資", "创业公司完成融资"],
    ["乾隆年間的錢莊", "乾隆年间的钱庄"], // the phrase table keeps 乾 in 乾隆
    ["後來估值翻倍", "后来估值翻倍"],
    ["領投機構為紅杉中國", "领投机构为红杉中国"],
    ["裡面", "里面"], // a Taiwan variant first becomes the standard form
  ])("%j → %j", (input, clean) => {
    expect(runStep(toSimplified, input).text).toBe(clean);
  });

  it("maps same-length conversions character by character", () => {
    const r = runStep(toSimplified, "完成融資後");
    for (let i = 0; i < r.text.length; i++) expect(r.mapped.toOriginal({ start: i, end: i + 1 })).toEqual({ start: i, end: i + 1 });
  });

  it("maps a conversion that changes length as a whole", () => {
    // "㗲" (one UTF-16 unit) becomes "𠵾" (two units): both units point at the one source character
    const r = runStep(toSimplified, "甲㗲乙");
    expect(r.text).toBe("甲𠵾乙");
    expect(r.mapped.originalSlice({ start: 1, end: 2 })).toBe("㗲");
    expect(r.mapped.originalSlice({ start: 2, end: 3 })).toBe("㗲");
    expect(r.mapped.originalSlice({ start: 3, end: 4 })).toBe("乙");
  });

  describe("must not match", () => {
    it.each(["星途动力完成5亿元C轮融资", "滑鼠", "ひらがなとカタカナ", "Series B led by Sequoia"])("%j is left as it is", (input) => {
      const m = MappedText.identity(input);
      expect(toSimplified(m).text).toBe(m);
    });
  });
});
