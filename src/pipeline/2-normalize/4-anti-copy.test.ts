import { describe, expect, it } from "vitest";
import { removeAntiCopy } from "./4-anti-copy.js";
import { runStep } from "./test-helpers.js";

describe("4-anti-copy", () => {
  it.each([
    ["完成天使轮融%Q7x2%资", "完成天使轮融资", ["%Q7x2%"]],
    ["@星%7Hk2q%途动@力宣布", "星途动力宣布", ["@", "%7Hk2q%", "@"]],
    ["@一%5Rz8%位大模%K2m9%型@投资人", "一位大模型投资人", ["@", "%5Rz8%", "%K2m9%", "@"]],
    ["本轮由%a1b2%红杉领投", "本轮由红杉领投", ["%a1b2%"]],
    ["两%9xY%个%Z3k%码", "两个码", ["%9xY%", "%Z3k%"]],
  ])("%j → %j", (input, clean, removed) => {
    const r = runStep(removeAntiCopy, input);
    expect(r.text).toBe(clean);
    expect(r.removed).toEqual(removed.map((x) => `anti_copy_code:${x}`));
  });

  describe("must not match", () => {
    it.each([
      "阿里持股40%，为单一大股东",
      "营收增长20%至30%区间",
      "@投资界 消息，星途动力完成融资",
      "由@蓝驰创投 、@经纬创投 跟投",
      "详见 https://example.cn/%E4%B8%AD%E6%96 页面",
      "邮箱 bd@example.cn 或 hr@example.cn",
      "折扣%OFF%活动", // no digit: a word, not a code
      "占比5%和8%之间",
      "@星途动力@官方账号", // a wrapper without a code inside
    ])("%j", (input) => {
      const r = runStep(removeAntiCopy, input);
      expect(r.text).toBe(input);
      expect(r.removed).toEqual([]);
    });
  });
});
