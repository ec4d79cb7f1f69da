import { describe, expect, it } from "vitest";
import { segment } from "../../src/pipeline/4-extract/1-segment.js";
import { splitNames } from "../../src/pipeline/4-extract/3-names.js";
import { investorGroupsEn, investorGroupsZh } from "../../src/pipeline/4-extract/4-investors.js";
import { isCompanyLike, subjectEn, subjectZh } from "../../src/pipeline/4-extract/5-company.js";
import { findRegisteredNames } from "../../src/pipeline/4-extract/registered-names.js";

const names = (text: string, lang: "zh" | "en" = "zh") => splitNames(text, 0, text.length, lang).map((n) => n.text + (n.lead ? "*" : ""));

describe("splitNames", () => {
  const cases: [string, string[], ("zh" | "en")?][] = [
    ["高瓴创投、启明创投和元生资本", ["高瓴创投", "启明创投", "元生资本"]],
    ["老股东经纬创投", ["经纬创投"]],
    ["长安汽车旗下安和资本、宁德时代旗下晨道资本", ["安和资本", "晨道资本"]],
    ["腾讯、阿里巴巴以及多家国资背景基金", ["腾讯", "阿里巴巴"]],
    ["比亚迪、北汽产投等产业资本", ["比亚迪", "北汽产投"]],
    ["财通基金、UBS AG等9名投资者", ["财通基金", "UBS AG"]],
    ["天使投资人陈一鸣及杭州市天使投资引导基金", ["陈一鸣", "杭州市天使投资引导基金"]],
    ["国投招商（领投）、湖州产业基金", ["国投招商*", "湖州产业基金"]],
    ["济南智航企业管理合伙企业（有限合伙）及外部投资者山东省新动能基金管理有限公司", ["济南智航企业管理合伙企业（有限合伙）", "山东省新动能基金管理有限公司"]],
    ["Lux Capital, Eclipse Ventures and a group of biotech angels", ["Lux Capital", "Eclipse Ventures"], "en"],
    ["Kleiner Perkins (lead) and Elad Gil", ["Kleiner Perkins*", "Elad Gil"], "en"],
    ["existing investors Fall Line Capital and Cavallo Ventures", ["Fall Line Capital", "Cavallo Ventures"], "en"],
  ];
  it.each(cases)("%s", (text, expected, lang) => expect(names(text, lang)).toEqual(expected));

  // must not match: unnamed parties and words of the clause are not names
  const none: string[] = ["多家机构", "一家美元基金", "老股东", "若干投资者", "投资方", "其现有股东"];
  it.each(none)("no name in %s", (text) => expect(names(text)).toEqual([]));
});

function groups(text: string, lang: "zh" | "en" = "zh") {
  const out: string[] = [];
  for (const s of segment(text)) {
    const gs = lang === "zh" ? s.clauses.flatMap((c) => investorGroupsZh(text, c)) : investorGroupsEn(text, s.span);
    for (const g of gs) out.push(`${g.role}:${g.names.map((n) => n.text).join("|")}`);
  }
  return out;
}

describe("investor groups", () => {
  const cases: [string, string[], ("zh" | "en")?][] = [
    ["本轮由高瓴创投领投，启明创投、元生资本跟投，华兴资本担任独家财务顾问。", ["lead:高瓴创投", "follow:启明创投|元生资本"]],
    ["由IDG资本独家投资。", ["sole:IDG资本"]],
    ["投资方为真格基金和九合创投。", ["list:真格基金|九合创投"]],
    ["本轮由国投创业与中金资本联合领投。", ["lead:国投创业|中金资本"]],
    ["获得腾讯5000万元战略投资。", ["list:腾讯"]],
    ["上海元序智能宣布获得阿里巴巴领投的5亿元B轮融资。", ["lead:阿里巴巴"]],
    ["老股东元禾原点、中芯聚源超额认购，国投创业作为新股东加入。", ["follow:元禾原点|中芯聚源", "follow:国投创业"]],
    ["其中高榕资本领投。", ["mark_lead:高榕资本"]],
    ["The round was led by Sequoia Capital, with participation from Lux Capital and GV.", ["lead:Sequoia Capital", "follow:Lux Capital|GV"], "en"],
    ["Existing investors Lux Capital and Eclipse Ventures also participated.", ["follow:Lux Capital|Eclipse Ventures"], "en"],
    ["Inovia Capital led the round, and BDC Capital joined.", ["follow:BDC Capital", "lead:Inovia Capital"], "en"],
  ];
  it.each(cases)("%s", (text, expected, lang) => expect(groups(text, lang)).toEqual(expected));

  // must not match: advisers, withdrawn parties' verbs and plain numbers give no group
  const none: string[] = ["华兴资本担任独家财务顾问。", "公司获得数千万元A轮融资。", "本轮资金将用于产品研发。"];
  it.each(none)("no investors in %s", (text) => expect(groups(text)).toEqual([]));
});

describe("company subjects", () => {
  const zh: [string, string][] = [
    ["36氪获悉，深圳云帆智能科技有限公司（以下简称“云帆智能”）近日完成", "深圳云帆智能科技有限公司"],
    ["AI写作工具开发商上海拾光智能科技有限公司（拾光AI）完成", "上海拾光智能科技有限公司"],
    ["宠物医疗连锁品牌萌爪宠物近日获得", "萌爪宠物"],
    ["社区团餐SaaS服务商“饭有谱”拿到", "饭有谱"],
    ["1. 苏州普勒光电完成", "苏州普勒光电"],
    ["新能源重卡企业苏州启程汽车科技有限公司去年十月完成", "苏州启程汽车科技有限公司"],
    ["专注于制造业MES系统的苏州智造云科技有限公司上个月宣布完成", "苏州智造云科技有限公司"],
  ];
  it.each(zh)("%s", (text, expected) => {
    const c = subjectZh(text, 0, text.lastIndexOf(/完成|获得|拿到/u.exec(text.slice(-4))?.[0] ?? "完成"));
    expect(c && text.slice(c.span.start, c.span.end)).toBe(expected);
  });

  const en: [string, string][] = [
    ["Kestrel Dynamics, a Pittsburgh-based maker of drones, has raised", "Kestrel Dynamics"],
    ["Munich-based Halcyon Bio has secured", "Halcyon Bio"],
    ["Elon Musk's artificial intelligence company xAI said it has raised", "xAI"],
    ["SALINAS, Calif., March 4, 2024 /PRNewswire/ -- Furrow Robotics, a developer of robots, today announced", "Furrow Robotics"],
  ];
  it.each(en)("%s", (text, expected) => {
    const verb = /\s(?:has raised|has secured|said it has raised|today announced)$/u.exec(text)!;
    const c = subjectEn(text, 0, verb.index + 1);
    expect(c && text.slice(c.span.start, c.span.end)).toBe(expected);
  });

  // must not match: words that are not company names
  const notCompanies = ["公司", "该公司", "本轮融资", "依然", "同日", "上半年园区", "据公司", "有逆势", "第四只", "增资", "B轮", "这家新公司"];
  it.each(notCompanies)("%s is not a company", (name) => expect(isCompanyLike(name)).toBe(false));
});

describe("registered names", () => {
  const cases: [string, string[]][] = [
    ["记者从苏州芯澈半导体有限公司获悉", ["苏州芯澈半导体有限公司"]],
    ["生物农药企业山东瑞禾生物科技股份有限公司于2023年12月", ["山东瑞禾生物科技股份有限公司"]],
    ["合肥市产业投资控股（集团）有限公司、安徽省高新技术产业投资有限公司", ["合肥市产业投资控股（集团）有限公司", "安徽省高新技术产业投资有限公司"]],
    ["速帆国际物流（深圳）有限公司今日宣布", ["速帆国际物流（深圳）有限公司"]],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(findRegisteredNames(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
