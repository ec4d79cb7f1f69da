import { describe, expect, it } from "vitest";
import { findPeople, personRecognizer } from "./recognize.js";

// Sentences and people written for these tests.

/** [text, [name, title][] in order] */
const found: [string, [string, string | null][]][] = [
  ["星河微电子创始人兼CEO李明远表示，本轮资金将用于研发。", [["李明远", "创始人兼CEO"]]],
  ["晨曦资本合伙人周书宁认为", [["周书宁", "合伙人"]]],
  ["天使投资人赵一鸣也参与了本轮", [["赵一鸣", "天使投资人"]]],
  ["公司董事长、总经理孙建华介绍", [["孙建华", "董事长、总经理"]]],
  ["联合创始人兼首席科学家欧阳振宇", [["欧阳振宇", "联合创始人兼首席科学家"]]],
  ["会上，林若溪表示，", [["林若溪", null]]],
  ["据王浩透露", [["王浩", null]]],
  ["个人投资者陈立新先生", [["陈立新", "个人投资者"]]],
  ["CEO刘洋在发布会上", [["刘洋", "CEO"]]],
  ["董事长马晓东", [["马晓东", "董事长"]]],
  ["首席执行官吴家豪", [["吴家豪", "首席执行官"]]],
  ["总裁黄志强指出", [["黄志强", "总裁"]]],
  ["执行董事谢丽华", [["谢丽华", "执行董事"]]],
  ["天使投资人赵一鸣、钱思远参与了本轮", [["赵一鸣", "天使投资人"], ["钱思远", "天使投资人"]]],
  ["创始人李明远和高瓴创投的合伙人", [["李明远", "创始人"]]],
  ["Helio CEO Maria Chen said", [["Maria Chen", "CEO"]]],
  ["co-founder and CEO Daniel Okafor", [["Daniel Okafor", "co-founder and CEO"]]],
  ["angel investor Priya Raman", [["Priya Raman", "angel investor"]]],
  ["Laura Bianchi, a partner at Northgate Capital, said", [["Laura Bianchi", "partner"]]],
  ["Chief Executive Officer John Park", [["John Park", "Chief Executive Officer"]]],
  ["managing partner Ana Ruiz", [["Ana Ruiz", "managing partner"]]],
  ["the company's CEO, Mark Lee, said", [["Mark Lee", "CEO"]]],
  ["founder Kenji Watanabe", [["Kenji Watanabe", "founder"]]],
  ["Angel investors including Hana Kobayashi and Luis Ortega also joined.", [["Hana Kobayashi", "Angel investors"], ["Luis Ortega", "Angel investors"]]],
  ["angel investor Elena Petrova, Tom Reid and Ines Duarte", [["Elena Petrova", "angel investor"], ["Tom Reid", "angel investor"], ["Ines Duarte", "angel investor"]]],
];

const mustNotMatch: string[] = [
  "CEO表示",
  "创始人和他的团队",
  "合伙人制度",
  "董事长于近日表示",
  "CEO向记者表示",
  "王者荣耀表示",
  "CEO Summit",
  "founder Sequoia Capital",
  "CEO of Northgate Capital",
  "投资人普遍认为",
  "创始团队成员",
  "investors including Sequoia Capital and Accel",
];

/** [text, name, why not yet] */
const knownMisses: [string, string, string][] = [
  ["Tomás Silva, co-founder of Lumo", "Tomás Silva", "English names with accented letters"],
  ["李明远说", "李明远", "说 alone is not taken as a speech verb without a title (too common)"],
  ["杨植麟和周鸿祎", "杨植麟", "names with no title, speech verb or honorific"],
];

describe("findPeople", () => {
  it.each(found)("%s", (text, expected) => {
    const got = findPeople(text);
    expect(got.map((m) => [m.text, m.value.title])).toEqual(expected);
    for (const m of got) expect(m.value.name).toBe(text.slice(m.span.start, m.span.end));
  });

  describe("must not match", () => {
    it.each(mustNotMatch)("%s", (text) => expect(findPeople(text)).toEqual([]));
  });

  describe("known misses", () => {
    it.fails.each(knownMisses)("%s → %s (%s)", (text, name) => {
      expect(findPeople(text).map((m) => m.text)).toContain(name);
    });
  });
});

describe("personRecognizer (the Recognizer contract)", () => {
  const ctx = { documentDate: null, language: "zh" };
  it("finds spans and parses each into a person", () => {
    const text = "晨曦资本合伙人周书宁认为";
    const [s] = personRecognizer.find(text, ctx);
    expect(s && personRecognizer.parse(text, s, ctx)).toEqual({ name: "周书宁", title: "合伙人" });
    expect(personRecognizer.parse(text, { start: 0, end: 2 }, ctx)).toBeNull();
  });
});
