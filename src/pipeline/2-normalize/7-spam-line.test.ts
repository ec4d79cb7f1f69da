import { describe, expect, it } from "vitest";
import { removeSpamLines } from "./7-spam-line.js";
import { runStep } from "./test-helpers.js";

const BODY = "星途动力近日完成5亿元C轮融资，本轮由国投招商领投，老股东跟投，资金将用于扩大产能。";

describe("7-spam-line", () => {
  it.each([
    [`${BODY}\ndiscount designer handbags outlet sale\n公司成立于2018年。`, `${BODY}\n公司成立于2018年。`, ["discount designer handbags outlet sale\n"]],
    [`${BODY}\nfree movie downloads online, 转载请注明出处`, `${BODY}\n转载请注明出处`, ["free movie downloads online, "]],
  ])("%j", (input, clean, removed) => {
    const r = runStep(removeSpamLines, input);
    expect(r.text).toBe(clean);
    expect(r.removed).toEqual(removed.map((x) => `spam_line:${x}`));
  });

  describe("must not match", () => {
    it.each([
      `${BODY}\nMoonshot AI Closes Series B Funding`, // a capitalised title
      `${BODY}\nStar Drive Technology Co., Ltd.`, // a registered English name
      `${BODY}\nsee the filing at www.example.cn`, // "www.example.cn" is not a word run
      `机器人公司 robot arm 发布新品，${BODY}\nsmart robot arm kits`, // its words are the article's own
      "the round was led by sequoia with others\nand more lower case english text here", // an English text
      `${BODY}\nok thanks`, // too short to judge
    ])("%j", (input) => {
      const r = runStep(removeSpamLines, input);
      expect(r.text).toBe(input);
      expect(r.removed).toEqual([]);
    });
  });
});
