import { beforeAll, describe, expect, it } from "vitest";
import { type Extracted, extractFixture, summary } from "./helpers.js";

/**
 * Golden cases on documents written for these tests (test/fixtures/extract). Each row names the
 * facts an analyst would read off the article; "no events" rows are the must-not-match group.
 */
type Expected = Partial<ReturnType<typeof summary>>;

const ZH: [id: string, what: string, events: Expected[]][] = [
  ["single-lead-follow", "lead, follower, registered name over the headline's short form", [
    { company: "苏州青杉储能科技有限公司", round: "B", amount: "2亿元", lead: ["启明创投"], investors: ["启明创投", "经纬创投"], disclosed: "近日" },
  ]],
  ["list-intro-sole", "a sole investor is not a lead; the adviser is not an investor", [
    { company: "北京墨点智能科技有限公司", round: "天使", amount: "数千万元", lead: [], investors: ["真格基金"], disclosed: "日前" },
  ]],
  ["investors-listed", "a listed investor marked lead afterwards (其中…领投)", [
    { company: "杭州拾贝医疗器械有限公司", round: "A+", amount: "1.5亿元", lead: ["高瓴创投"], investors: ["高瓴创投", "礼来亚洲基金", "元生资本"], disclosed: "11月3日" },
  ]],
  ["investor-subject", "the investor is the subject, the company the object (领投了X的…)", [
    { company: "上海云舟数据技术有限公司", round: "B", amount: "数亿元", lead: ["红杉中国"], investors: ["红杉中国", "蓝驰创投"] },
  ]],
  ["roundup", "one event per item; IPO proceeds in the roundup are not an event", [
    { company: "深圳极光芯片", round: "C", amount: "3亿元", lead: ["深创投"], investors: ["深创投", "中芯聚源"] },
    { company: "成都山海无人机", round: "Pre-A", amount: "数千万元", investors: ["英诺天使基金"] },
    { company: "南京栖云数据", round: null },
  ]],
  ["correction", "a corrected figure replaces the first report; the continuation sentence adds investors", [
    { company: "深圳远航机器人有限公司", round: "C", amount: "15亿元", lead: ["高瓴创投"], investors: ["高瓴创投", "联想创投"], date: "今年春节后", status: "completed" },
  ]],
  ["denial", "a denied rumour is no event", []],
  ["withdrawal", "an investor that withdrew is not listed", [
    { company: "上海云图医疗科技有限公司", round: "B", amount: "约3亿元", lead: ["淡马锡"], investors: ["淡马锡", "启明创投"], date: "今年4月" },
  ]],
  ["margin-trading", "margin trading is not company financing", []],
  ["ipo", "IPO proceeds are not company financing", []],
  ["fund-close", "a VC closing its own fund is not company financing", []],
  ["two-rounds", "two rounds told together become two events, amounts and investors by round", [
    { company: "芯动科技", round: "A", amount: "1亿元", lead: ["线性资本"], investors: ["线性资本"] },
    { company: "芯动科技", round: "A+", amount: "3亿元", lead: [], investors: ["中金资本"] },
  ]],
  ["bond", "a bond issue is company financing, with no round", [
    { company: "湖州湖东城市投资集团有限公司", amount: "8亿元", date: "3月15日" },
  ]],
  ["announcement", "the subsidiary raises, the parent announces; the date under the notice is the disclosure", [
    { company: "浙江明远新材料有限公司", amount: "人民币20,000万元", investors: ["国投创业", "浙江省产业基金有限公司"], date: "2024年5月10日", disclosed: "2024年5月12日" },
  ]],
  ["noisy", "Traditional script and full-width text keep their original words", [
    { company: "西風科技（深圳）有限公司", round: "A", amount: "１.２億元", lead: ["經緯創投"], investors: ["經緯創投", "高瓴創投"], disclosed: "近日" },
  ]],
  ["paragraphs", "the investors come in the next paragraph; 今日 is when it was told, 今年6月 when it happened", [
    { company: "鲸智科技", round: "B", amount: "2亿元", lead: ["元禾璞华", "国投创合"], investors: ["元禾璞华", "国投创合", "金沙江创投", "五源资本", "线性资本"], date: "今年6月", disclosed: "今日" },
  ]],
  ["three-companies", "two rounds in one article, a denied third; 第三轮 is an ordinal, not a total", [
    { company: "北京灵犀具身科技有限公司", round: "A", amount: "数亿元", lead: ["蓝驰创投"], investors: ["蓝驰创投", "BV百度风投", "奇绩创坛"], disclosed: "近日" },
    { company: "上海云端机器人", round: "Pre-A+", amount: "2亿元", lead: ["联想创投"], investors: ["联想创投", "上海科创基金"] },
  ]],
  ["subscription", "an investor subscribing new shares under a signed agreement; per-share prices are not the amount", [
    { company: "远驰汽车", amount: "30亿港元", investors: ["Gulf Capital Partners"] },
  ]],
  ["oversubscribed", "老股东…超额跟投 and 新股东…参与投资 are investors", [
    { company: "苏州脉诺医疗科技有限公司", round: "C", amount: "超过5亿元人民币", lead: ["国投招商"], investors: ["国投招商", "礼来亚洲基金", "启明创投", "苏州国发创投", "招银国际"] },
  ]],
  ["past-round", "a past round told after the new one is its own event, with its own date", [
    { company: "广州云鲸智能装备有限公司", round: "战略", amount: "数千万元", investors: ["美的集团"], disclosed: "日前" },
    { company: "广州云鲸智能装备有限公司", round: "A", investors: ["红杉中国"], date: "2022年" },
  ]],
];

const EN: [id: string, what: string, events: Expected[]][] = [
  ["en-single", "led by, existing investors, said on Monday", [
    { company: "Brightwave", round: "Series B", amount: "$30 million", lead: ["Accel"], investors: ["Accel", "Inovia Capital", "BDC Capital"], disclosed: "Monday" },
  ]],
  ["en-roundup", "roundup items; a new fund is not a round", [
    { company: "Tidepool Labs", round: "seed", amount: "$12M", lead: ["Lux Capital"], investors: ["Lux Capital", "Founders Fund"] },
    { company: "Marlin Health", round: "Series B", amount: "$45M", lead: ["General Catalyst"], investors: ["General Catalyst", "GV"] },
  ]],
  ["en-talks", "talks are not a completed round", []],
  ["en-next-paragraph", "the round and its investors are told in the next paragraph", [
    { company: "Foldline", round: "Series C", amount: "$30 million", lead: ["Insight Partners"], investors: ["Insight Partners", "Accel", "Point Nine"] },
  ]],
  ["en-exclusive", "'with participation from existing investors'; the running total is not the round", [
    { company: "Brightline AI", round: "Series A", amount: "$25 million", lead: ["Redpoint Ventures"], investors: ["Redpoint Ventures", "Kleiner Perkins", "SV Angel"] },
  ]],
  ["en-dateline", "a press release: the dateline dates the announcement; co-leads; shareholders including X", [
    { company: "Sunward Energy GmbH", round: "Series B", amount: "€50 million", lead: ["Energy Impact Partners", "Statkraft Ventures"], investors: ["Energy Impact Partners", "Statkraft Ventures", "Vireo Ventures"], disclosed: "May 14, 2024" },
  ]],
  ["en-from", "investors after 'raised … from', across a decimal amount", [
    { company: "Hawkline", round: "seed", amount: "$7.5 million", investors: ["Amplify Partners", "Crane Venture Partners"], disclosed: "Wednesday" },
  ]],
  ["en-ipo", "an IPO is not a round", []],
];

function check(docs: () => Map<string, Extracted>, id: string, expected: Expected[]) {
  const got = docs().get(id);
  expect(got, `fixture ${id} was read`).toBeDefined();
  const completed = got!.result.events.filter((e) => e.status === "completed" && e.round?.stage !== "total").map(summary);
  expect(completed).toHaveLength(expected.length);
  expected.forEach((want, i) => expect(completed[i]).toMatchObject(want));
}

describe("extract: Chinese golden cases", () => {
  let docs = new Map<string, Extracted>();
  beforeAll(async () => void (docs = await extractFixture("zh.jsonl")));
  for (const [id, what, events] of ZH) it(`${id}: ${what}`, () => check(() => docs, id, events));

  it("a cumulative total is kept as a total, not as a round", () => {
    const events = docs.get("cumulative")!.result.events;
    expect(events.map((e) => [e.company.text, e.round?.stage, e.amount?.min])).toEqual([["光年机器人", "total", 2_000_000_000]]);
  });

  it("who backs whom without a round, and who did not invest, are kept as relations", () => {
    const rel = docs.get("relations")!.result.relations.map((r) => `${r.negated ? "not " : ""}${r.investor.text}→${r.company.text}`);
    expect(rel).toEqual(
      expect.arrayContaining(["华岳资本→星河智能", "华岳资本→北辰医疗", "华岳资本→海晏食品", "腾讯→星河智能", "腾讯→北辰医疗", "not 红杉中国→云帆科技"]),
    );
    // "在加码云帆科技以前，华岳资本…": adding money to a company is investing in it
    expect(rel).toContain("华岳资本→云帆科技");
    expect(rel).not.toContain("红杉中国→云帆科技");
    expect(docs.get("relations")!.result.events).toEqual([]);
  });

  it("the first report of a corrected figure is kept as superseded", () => {
    const [e] = docs.get("correction")!.result.events;
    expect(e!.superseded?.map((m) => m.text)).toEqual(["20亿元"]);
  });

  it("every span cuts the original at the words it names", () => {
    for (const { doc, result } of docs.values()) {
      for (const e of result.events) {
        for (const r of [e.company, ...e.investors]) expect(doc.text.original.slice(r.span.start, r.span.end)).toBe(r.text);
        if (e.amount) expect(doc.text.original.slice(e.amount.span.start, e.amount.span.end)).toBe(e.amount.text);
      }
    }
  });
});

describe("extract: English golden cases", () => {
  let docs = new Map<string, Extracted>();
  beforeAll(async () => void (docs = await extractFixture("en.jsonl")));
  for (const [id, what, events] of EN) it(`${id}: ${what}`, () => check(() => docs, id, events));
});
