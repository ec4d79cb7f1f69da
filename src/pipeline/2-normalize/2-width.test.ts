import { describe, expect, it } from "vitest";
import { toHalfWidth } from "./2-width.js";
import { runStep } from "./test-helpers.js";

describe("2-width", () => {
  it.each([
    ["完成１０亿元Ｃ轮融资", "完成10亿元C轮融资"],
    ["募资１，５００万美元", "募资1,500万美元"],
    ["约人民币３．５亿元", "约人民币3.5亿元"],
    ["持股比例由６５％摊薄", "持股比例由65%摊薄"],
    ["星途（深圳）有限公司", "星途(深圳)有限公司"],
    ["海外仓＋尾程配送／仓储", "海外仓+尾程配送/仓储"],
    ["研发＆销售－华东", "研发&销售-华东"],
    ["上午１０：３０宣布", "上午10:30宣布"],
    ["见ｗｗｗ．ｅｘａｍｐｌｅ．ｃｎ", "见www.example.cn"],
    ["来源：网络\u3000发布时间", "来源：网络 发布时间"],
    ["单价￥５", "单价¥5"],
    ["ＧＧＶ纪源资本领投", "GGV纪源资本领投"],
  ])("%j → %j", (input, clean) => {
    const r = runStep(toHalfWidth, input);
    expect(r.text).toBe(clean);
    expect(r.removed).toEqual([]);
  });

  it("maps every converted character to the full-width character it came from", () => {
    const r = runStep(toHalfWidth, "融资１，５００万");
    for (let i = 0; i < r.text.length; i++) {
      const source = r.mapped.originalSlice({ start: i, end: i + 1 });
      expect(source).toHaveLength(1);
      expect(source.normalize("NFKC")).toBe(r.text[i]);
    }
  });

  describe("must not match", () => {
    it.each([
      "公司表示，本轮融资完成。",
      "真的吗？是的！",
      "投资方包括：红杉；高瓴",
      "２０１９，２０２０年两次融资", // a list of years keeps its comma (digits converted only)
      "估值约3.5亿元",
    ])("%j keeps its Chinese punctuation", (input) => {
      const r = runStep(toHalfWidth, input);
      for (const p of "，。？！：；") expect(r.text.split(p).length).toBe(input.split(p).length);
    });
  });
});
