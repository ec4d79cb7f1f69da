import { describe, expect, it } from "vitest";
import { unifyWhitespace } from "./8-whitespace.js";
import { runStep } from "./test-helpers.js";

describe("8-whitespace", () => {
  it.each([
    ["第一段\r\n第二段", "第一段\n第二段"],
    ["第一段\r第二段", "第一段\n第二段"],
    ["A轮\t融资", "A轮 融资"],
    ["星途\u00A0动力", "星途 动力"],
    ["Series   B", "Series B"],
    ["一\n\n\n\n二", "一\n\n二"],
    ["一\n  \n \n二", "一\n\n二"],
    ["  \n开头和结尾\n\n ", "开头和结尾"],
    ["行尾空格   \n下一行", "行尾空格\n下一行"],
  ])("%j → %j", (input, clean) => {
    expect(runStep(unifyWhitespace, input).text).toBe(clean);
  });

  it("re-joins a hard-wrapped Chinese paragraph", () => {
    const input = "新能源车企星途动力近日完\n成5亿元C轮融资，本轮由\n国投招商领投，老股东\n红杉中国、\n高榕资本跟投。公司计划扩\n大产能。";
    expect(runStep(unifyWhitespace, input).text).toBe(
      "新能源车企星途动力近日完成5亿元C轮融资，本轮由国投招商领投，老股东红杉中国、高榕资本跟投。公司计划扩大产能。",
    );
  });

  it("maps a merged run to the whole original run", () => {
    const r = runStep(unifyWhitespace, "甲\r\n乙");
    expect(r.mapped.originalSlice({ start: 1, end: 2 })).toBe("\r\n");
    expect(r.mapped.originalSlice({ start: 2, end: 3 })).toBe("乙");
  });

  describe("must not match (line breaks kept)", () => {
    it.each([
      "星途动力完成C轮融资\n来源：新华财经\n据悉，公司估值超过30亿元。", // a title above a body
      "红杉中国\n高瓴创投\n经纬创投", // a list: no prose
      "line one is here\nline two is here\nline three, the end.", // not Chinese
      "标题: 星途动力完成融资\n作者: admin 时间: 2024-05-01 10:00\n正文第一句话。", // forum header lines
      "第一句话结束。\n第二句话也结束了。\n第三句话，照样结束。",
    ])("%j", (input) => {
      expect(runStep(unifyWhitespace, input).text).toBe(input);
    });
  });
});
