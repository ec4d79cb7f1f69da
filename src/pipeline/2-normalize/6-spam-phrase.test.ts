import { describe, expect, it } from "vitest";
import { removeSpamPhrases } from "./6-spam-phrase.js";
import { runStep } from "./test-helpers.js";

// Fixture sentences written for this project; the spliced phrases are invented shop keywords.
describe("6-spam-phrase", () => {
  it.each([
    // the comma leaves "上" alone as a clause, and "牌桌|上" reads on once the phrase is gone
    ["几家公司都想坐上牌桌扫地机器人,上,分一杯羹。", "几家公司都想坐上牌桌上,分一杯羹。", ["扫地机器人,"]],
    // the next clause opens with a bare locative that forms "此外" with the word before the phrase
    ["投资人普遍认为估值合理,此电动牙刷,外估值仍有上调空间。", "投资人普遍认为估值合理,此外估值仍有上调空间。", ["电动牙刷,"]],
    // a comma right before a full stop, and of the type the article does not use
    [
      "本轮由启明创投领投，高榕资本跟投减肥茶,。公司成立于2019年，总部位于杭州，员工超过300人。",
      "本轮由启明创投领投，高榕资本跟投。公司成立于2019年，总部位于杭州，员工超过300人。",
      ["减肥茶,"],
    ],
    // "供应链|上" reads; the modifier "二手" would be stranded, so it goes with the phrase
    [
      "产品已进入多家车企的供应链二手吊车,上，今年营收有望翻倍，明年计划扩产，并筹备上市。",
      "产品已进入多家车企的供应链上，今年营收有望翻倍，明年计划扩产，并筹备上市。",
      ["二手吊车,"],
    ],
    ["团队来自清华大学。\n祛痘面膜,\n公司计划明年上市。", "团队来自清华大学。\n公司计划明年上市。", ["祛痘面膜,\n"]],
    // "理性的|状态" reads and the phrase recurs; its second splice goes with it
    [
      "这让行业回到更理性的防水手表,状态。另一方面,双方都有防水手表,意向继续合作。",
      "这让行业回到更理性的状态。另一方面,双方都有意向继续合作。",
      ["防水手表,", "防水手表,"],
    ],
  ])("%j", (input, clean, removed) => {
    const r = runStep(removeSpamPhrases, input);
    expect(r.text).toBe(clean);
    expect(r.removed).toEqual(removed.map((x) => `spam_phrase:${x}`));
  });

  // Known misses, kept so a fix shows up here: what the step does now, and what it should do.
  describe("known misses (current output pinned)", () => {
    it.each([
      // a phrase that ends in a verb ("打蜡") before "。": the punct shape only takes noun phrases
      ["老股东跟投汽车美容打蜡,。", "老股东跟投汽车美容打蜡,。", "老股东跟投。"],
      // no signal at all: the clause after the comma reads on ("十分广阔")
      ["这家公司的前景足浴盆,十分广阔。", "这家公司的前景足浴盆,十分广阔。", "这家公司的前景十分广阔。"],
      // the phrase boundary: jieba tags "祛痘" a verb, so only the noun "面膜" goes
      ["双方签署了战略合作协议祛痘面膜,，", "双方签署了战略合作协议祛痘，", "双方签署了战略合作协议，"],
      // "水|上" is a word too ("水上"), so the shorter phrase wins and "防水" stays
      ["资金用于研发中心建设防水手表，上，今年推出新品。", "资金用于研发中心建设防水上，今年推出新品。", "资金用于研发中心建设上，今年推出新品。"],
    ])("%j → now %j, should be %j", (input, now, _should) => {
      expect(runStep(removeSpamPhrases, input).text).toBe(now);
    });
  });

  describe("must not match", () => {
    it.each([
      "新一轮融资后,公司的估值来到了新高度,但团队依旧保持克制,不急于扩张,这在赛道里并不多见。",
      "本轮融资由红杉中国领投，高瓴创投、经纬创投跟投。",
      "同时，公司表示，目前，估值已超过10亿元。",
      "投资方包括红杉，高瓴，经纬。",
      "北京青禾生物科技有限公司，上海分公司，均已完成注册。",
      "他说：对，是的，没错。",
      "公司位于深圳，前两年营收翻倍。",
      "产品覆盖华东，华南，西南。",
      "本轮由燚焱资本领投，上海国资跟投。", // rare characters in a name
      "投资方：\n红杉中国，\n高瓴创投。", // a list item on its own line
      "本轮融资由\n红杉中国，\n高瓴创投跟投。", // a hard-wrapped clause
      "估值达到30亿元，外界普遍看好。",
      "他们把钱花在了刀刃上，上下游企业都受益。",
      "公司在北京，上海，深圳均设有办公室。",
      "创始人曾任职于谷歌，后加入阿里。",
      "该基金专注早期投资，中后期项目较少。",
      "回到实验室，里面堆满了样机。",
      "公司计划在北京开店，下个月正式营业。",
      "团队搬到杭州，上半年完成交付。",
      "资金将用于研发，外加市场推广。",
      "产品卖到海外，外销占比过半。",
      "完成数千万元,。", // an amount is never a phrase
      "The round was led by Sequoia, with participation from others.",
    ])("%j", (input) => {
      const r = runStep(removeSpamPhrases, input);
      expect(r.text).toBe(input);
      expect(r.removed).toEqual([]);
    });
  });
});
