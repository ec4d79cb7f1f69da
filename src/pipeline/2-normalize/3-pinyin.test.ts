import { describe, expect, it } from "vitest";
import { removePinyin } from "./3-pinyin.js";
import { runStep } from "./test-helpers.js";

describe("3-pinyin", () => {
  it.each([
    ["完成數億(yì)元融資", "完成數億元融資", ["(yì)"]],
    ["投資方為中（zhōng）化資本", "投資方為中化資本", ["（zhōng）"]],
    ["重點(diǎn)項目", "重點項目", ["(diǎn)"]],
    ["領(lǐng)投，跟(gēn)投", "領投，跟投", ["(lǐng)", "(gēn)"]],
    ["女(nǚ)性創業者", "女性創業者", ["(nǚ)"]],
  ])("%j → %j", (input, clean, removed) => {
    const r = runStep(removePinyin, input);
    expect(r.text).toBe(clean);
    expect(r.removed).toEqual(removed.map((x) => `pinyin_annotation:${x}`));
  });

  describe("must not match", () => {
    it.each([
      "完成(Pre-A)轮融资",
      "星途科技(北京)有限公司",
      "依照条款(a)执行",
      "公司英文名(moonshot)",
      "一家咖啡馆(café)", // a tone-like accent, but not a pinyin syllable
      "Hello (nǐ) world", // not after a Han character
      "估值增长(约20%)",
      "助词(de)没有声调",
    ])("%j", (input) => {
      const r = runStep(removePinyin, input);
      expect(r.text).toBe(input);
      expect(r.removed).toEqual([]);
    });
  });
});
