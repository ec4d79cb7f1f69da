import { describe, expect, it } from "vitest";
import { canonicalText, duplicateOf, fingerprint } from "./fingerprint.js";

const article =
  "大模型公司MiniMax（稀宇科技）完成新一轮6亿美元融资，由阿里巴巴领投，投后估值达25亿美元。MiniMax成立于2021年12月，创始人闫俊杰曾任商汤科技副总裁。" +
  "本轮融资资金将主要用于基础模型研发、算力采购和海外市场拓展。此前，腾讯曾参与MiniMax在2023年完成的一轮融资。业内人士认为，国内大模型赛道的融资正在向少数几家公司集中。";
const traditional =
  "大模型公司MiniMax（稀宇科技）完成新一輪6億美元融資，由阿里巴巴領投，投後估值達25億美元。MiniMax成立於2021年12月，創始人閆俊傑曾任商湯科技副總裁。" +
  "本輪融資資金將主要用於基礎模型研發、算力採購和海外市場拓展。此前，騰訊曾參與MiniMax在2023年完成的一輪融資。業內人士認為，國內大模型賽道的融資正在向少數幾家公司集中。";

describe("reposts", () => {
  it("a Traditional-script repost is the same text", () => {
    expect(duplicateOf(fingerprint(traditional), fingerprint(article))).toEqual({ reason: "same_text", similarity: 1 });
  });

  it("spacing, width and punctuation do not matter", () => {
    expect(canonicalText("Moonshot AI，估值２５亿美元！")).toBe(canonicalText("moonshot ai 估值25亿美元"));
  });

  it.each([
    ["a site header and footer", `【转载】${article}（来源：网络，如有侵权请联系删除）`],
    ["a few spun words", article.replace("业内人士认为", "有业内人士表示").replace("主要用于", "首要用于")],
    ["an injected spam phrase", article.replace("算力采购", "算力采购，灰指甲外用药，")],
  ])("a near-duplicate: %s", (_label, text) => {
    expect(duplicateOf(fingerprint(text), fingerprint(article))?.reason).toBe("near_duplicate");
  });

  describe("must not match", () => {
    it.each([
      [
        "the same template about another company",
        article.replaceAll("MiniMax", "百川智能").replace("稀宇科技", "百川").replace("6亿美元", "3亿美元").replace("阿里巴巴", "腾讯").replace("闫俊杰曾任商汤科技副总裁", "王小川曾创办搜狗").replace("2021年12月", "2023年4月").replace("25亿美元", "10亿美元"),
      ],
      ["the first half only", article.slice(0, article.length / 2)],
      ["the same article with other figures (not a repost: a different report)", article.replace("6亿美元", "8亿美元").replace("25亿美元", "30亿美元").replace("2023年", "2022年")],
      ["another article", "Anthropic raised $450 million in a Series C round led by Spark Capital, with Google, Salesforce Ventures and Zoom Ventures."],
    ])("%s", (_label, text) => expect(duplicateOf(fingerprint(text), fingerprint(article))).toBeNull());
  });

  it("is stable: the same text gives the same fingerprint", () => {
    expect(fingerprint(article)).toEqual(fingerprint(article));
    expect(fingerprint(article).bands).toHaveLength(12);
  });
});
