import { describe, expect, it } from "vitest";
import { recognize } from "../index.js";
import type { DatePrecision, Mention, RecognizeContext } from "../types.js";
import { date } from "./index.js";

// 2024-10-15 is a Tuesday
const CTX: RecognizeContext = { documentDate: "2024-10-15T16:57:00+08:00", language: "zh" };
const NO_DATE: RecognizeContext = { documentDate: null, language: "zh" };

function dates(text: string, ctx = CTX): Mention<"date">[] {
  return recognize(text, ctx, [date]) as Mention<"date">[];
}

type Row = [sentence: string, span: string, value: string | null, precision: DatePrecision, relative: boolean];

const ABSOLUTE: Row[] = [
  ["公司于2024年2月15日完成交割", "2024年2月15日", "2024-02-15", "day", false],
  ["签约日期为2024-02-15", "2024-02-15", "2024-02-15", "day", false],
  ["发帖时间 2024/2/15 09:30", "2024/2/15", "2024-02-15", "day", false],
  ["发帖时间: 2024-5-06 08:15", "2024-5-06", "2024-05-06", "day", false],
  ["公司于2023年4月完成融资", "2023年4月", "2023-04", "month", false],
  ["该基金成立于2021年", "2021年", "2021", "year", false],
  ["直至2023年末仍未盈利", "2023年末", "2023-12", "month", false],
  ["计划于2025年底量产", "2025年底", "2025-12", "month", false],
  ["2024年年初启动", "2024年年初", "2024-01", "month", false],
  ["特此公告 二〇二三年十一月三日", "二〇二三年十一月三日", "2023-11-03", "day", false],
  ["2024年上半年营收翻番", "2024年上半年", "2024-01", "half", false],
  ["2023年第四季度完成交付", "2023年第四季度", "2023-10", "quarter", false],
  ["2024年春节后启动新一轮融资", "2024年春节后", "2024-02", "month", false],
  ["2024年12月份完成", "2024年12月份", "2024-12", "month", false],
  ["The deal closed on Feb 15, 2024", "Feb 15, 2024", "2024-02-15", "day", false],
  ["SAN JOSE, March 4, 2024 — the company", "March 4, 2024", "2024-03-04", "day", false],
  ["Revenue doubled in February 2024", "February 2024", "2024-02", "month", false],
  ["It was signed on 4 March 2024", "4 March 2024", "2024-03-04", "day", false],
  ["Deliveries start in Q3 2025", "Q3 2025", "2025-07", "quarter", false],
  ["The lab was founded in 2019", "2019", "2019", "year", false],
];

const RELATIVE: Row[] = [
  ["2月中旬，公司传出融资消息", "2月中旬", "2024-02", "month", true],
  ["9月28日，澄湖科技宣布", "9月28日", "2024-09-28", "day", true],
  ["11月28日将召开发布会", "11月28日", "2024-11-28", "day", true],
  ["8月9日晚间，公司发布公告", "8月9日晚间", "2024-08-09", "day", true],
  ["7月下旬，另一家公司宣布", "7月下旬", "2024-07", "month", true],
  ["双方已于10月签署协议", "10月", "2024-10", "month", true],
  ["3月初签署协议", "3月初", "2024-03", "month", true],
  ["公司于十一月完成交割", "十一月", "2024-11", "month", true],
  ["去年十月，公司完成了B轮", "去年十月", "2023-10", "month", true],
  ["客岁十月完成C轮融资", "客岁十月", "2023-10", "month", true],
  ["去年8月的那笔投资", "去年8月", "2023-08", "month", true],
  ["去年底交付的新车", "去年底", "2023-12", "month", true],
  ["去年年底获得投资", "去年年底", "2023-12", "month", true],
  ["去年下半年，一家基金曾计划领投", "去年下半年", "2023-07", "half", true],
  ["公司今年3月完成A轮", "今年3月", "2024-03", "month", true],
  ["今年上半年新签订单翻倍", "今年上半年", "2024-01", "half", true],
  ["今年第三季度完成B轮融资", "今年第三季度", "2024-07", "quarter", true],
  ["今年春节后又补了一笔钱", "今年春节后", "2024-02", "month", true],
  ["本年交付量将翻番", "本年", "2024", "year", true],
  ["今年以来融资活跃", "今年", "2024", "year", true],
  ["有投资人透露，公司去年完成A轮", "去年", "2023", "year", true],
  ["前年曾获天使投资", "前年", "2022", "year", true],
  ["上半年新增订单翻倍", "上半年", "2024-01", "half", true],
  ["三季度营收增长", "三季度", "2024-07", "quarter", true],
  ["春节后陆续复工", "春节后", "2024-02", "month", true],
  ["上个月董事会换届", "上个月", "2024-09", "month", true],
  ["上月完成交割", "上月", "2024-09", "month", true],
  ["公司日前宣布获得融资", "日前", "2024-10", "month", true],
  ["公司近日完成A轮融资", "近日", "2024-10", "month", true],
  ["公司近期获得投资", "近期", "2024-10", "month", true],
  ["公司本周披露融资", "本周", "2024-10", "month", true],
  ["公司今日宣布完成融资", "今日", "2024-10-15", "day", true],
  ["公司昨日宣布完成融资", "昨日", "2024-10-14", "day", true],
  ["30日，公司发布公告", "30日", "2024-09-30", "day", true],
  ["10日，重庆一家公司宣布", "10日", "2024-10-10", "day", true],
  ["周五，公司发布公告", "周五", "2024-10-11", "day", true],
  ["Ferro confirmed the deal on Tuesday", "Tuesday", "2024-10-15", "day", true],
  ["it announced on Monday", "Monday", "2024-10-14", "day", true],
  ["the round closed in late March", "late March", "2024-03", "month", true],
  ["it was first funded in January", "January", "2024-01", "month", true],
  ["The round closed March 19", "March 19", "2024-03-19", "day", true],
  ["which it closed last year", "last year", "2023", "year", true],
  ["the company said this week", "this week", "2024-10", "month", true],
  ["Payments grew last month", "last month", "2024-09", "month", true],
  ["Yesterday the board approved", "Yesterday", "2024-10-14", "day", true],
  ["Revenue rose in Q3", "Q3", "2024-07", "quarter", true],
  ["in the first half of 2023", "first half of 2023", "2023-01", "half", false],
];

describe("dates: span, value, precision", () => {
  it.each([...ABSOLUTE, ...RELATIVE])("%s → %s", (sentence, span, value, precision, relative) => {
    const found = dates(sentence).find((m) => m.text === span);
    expect(found, JSON.stringify(dates(sentence).map((m) => m.text))).toBeDefined();
    expect(found!.value).toEqual({ value, precision, relative });
  });
});

describe("resolved against the document's own date", () => {
  it("a month after the document's month is last year's", () => {
    const [m] = dates("12月18日，公司宣布", { documentDate: "2025-01-05", language: "zh" });
    expect(m!.value.value).toBe("2024-12-18");
  });
  it("a day later than the document's day is last month's", () => {
    const [m] = dates("31日，公司公告", { documentDate: "2024-03-02", language: "zh" });
    expect(m!.value.value).toBe("2024-01-31");
  });
  it("today across a year end", () => {
    const [m] = dates("昨日公司宣布", { documentDate: "2025-01-01", language: "zh" });
    expect(m!.value.value).toBe("2024-12-31");
  });
  it.each(["去年十月", "日前", "30日", "上个月", "on Tuesday", "今年春节后"])(
    "without a document date, %s keeps value null",
    (sentence) => {
      const [m] = dates(`${sentence}，公司宣布`, NO_DATE);
      expect(m!.value).toMatchObject({ value: null, relative: true });
    },
  );
  it("without a document date, absolute dates still resolve", () => {
    expect(dates("2024年2月15日完成", NO_DATE)[0]!.value.value).toBe("2024-02-15");
  });
});

describe("must not match", () => {
  it.each([
    "项目周期为12个月",
    "预计3个月内完成",
    "30日内完成付款",
    "节日前夕的促销",
    "今日头条前员工创业",
    "服务5000年历史的文化",
    "May be delayed",
    "a march to the capital",
    "Mark Chen joined",
    "涨2.3%",
    "版本号1.2.3",
    "13812345678",
    "2024-2025年度规划",
    "订单数量增长到1500",
    "采用统一月度结算",
  ])("%s", (sentence) => {
    // "2024-2025年度" holds the year 2025年 but not a 2024-20 date
    expect(dates(sentence).filter((m) => m.text !== "2025年")).toEqual([]);
  });
});

// Cases we cannot do yet; `it.fails` turns red when one starts passing.
const KNOWN_MISSES: [sentence: string, span: string][] = [
  // a month range
  ["1-3月营收增长", "1-3月"],
  // 同日 needs the date of the sentence before
  ["8月15日，甲公司宣布融资；同日，乙公司宣布", "同日"],
  // the first three quarters
  ["今年前三季度营收增长", "今年前三季度"],
];

describe("known misses", () => {
  for (const [sentence, span] of KNOWN_MISSES) {
    it.fails(`${sentence} → ${span}`, () => {
      expect(dates(sentence).map((m) => m.text)).toContain(span);
    });
  }
});
