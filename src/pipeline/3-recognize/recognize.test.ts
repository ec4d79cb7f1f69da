import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RECOGNIZERS, recognize, unresolvedDateIssues } from "./index.js";
import type { Mention, MentionKind, Recognizer } from "./types.js";

const CTX = { documentDate: "2024-10-15", language: "zh" };

describe("recognize", () => {
  it("runs every registered recognizer and sorts mentions by position", () => {
    const text = "2024年3月12日，远川医疗完成约2亿元B轮融资，投后估值达15亿元，腾讯持股约12%。";
    const found = recognize(text, CTX).map((m) => [m.kind, m.text]);
    expect(found).toEqual([
      ["date", "2024年3月12日"],
      ["money", "约2亿元"],
      ["round", "B轮"],
      ["money", "15亿元"],
      ["valuation", "15亿元"],
      ["org", "腾讯"],
      ["stake", "约12%"],
    ]);
  });

  it("declares what each recognizer provides", () => {
    expect(RECOGNIZERS.map((r) => r.provides)).toEqual(["money", "valuation", "round", "date", "stake", "org", "person"]);
  });

  it("takes more recognizers without changes elsewhere", () => {
    const brand: Recognizer<"org"> = {
      provides: "org",
      find: (text) => [...text.matchAll(/远川医疗/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
      parse: (text, span) => ({ name: text.slice(span.start, span.end), kind: "company", lexiconId: null, alias: null, source: "suffix", confidence: 1 }),
    };
    const kinds = recognize("远川医疗完成2亿元融资", CTX, [...RECOGNIZERS, brand]).map((m) => m.kind);
    expect(kinds).toEqual(["org", "money"]);
  });

  it("mentions are immutable records", () => {
    const [m] = recognize("完成2亿元融资", CTX);
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m!.value)).toBe(true);
  });

  it("reports relative dates that could not be placed, at their original position", () => {
    const mentions = recognize("去年十月完成融资，2024年2月又获投资", { documentDate: null, language: "zh" });
    const issues = unresolvedDateIssues(mentions, (s) => ({ start: s.start + 100, end: s.end + 100 }));
    expect(issues).toEqual([
      { code: "date_unresolved", message: '"去年十月" is relative and the document has no date', span: { start: 100, end: 104 } },
    ]);
  });
});

// Words the recognizers react to, so random text reaches their deeper paths.
const FRAGMENTS = [
  "亿", "万", "千", "元", "美元", "美金", "人民币", "约", "超", "近", "逾", "左右", "摆布", "以上", "级", "数", "多", "余", "个",
  "两", "十", "一", "〇", "轮", "A", "B+", "Pre-", "天使", "战略投资", "新一轮", "融资", "估值", "投后", "持股", "%", "百分之",
  "年", "月", "日", "去年", "今年", "客岁", "春节后", "上半年", "Q3", "2024", "12", "3.48", "1,500", "-", "——", "至", "，", "。",
  "$", "€", "US$", "M", "bn", " million", "Series ", "seed", " round", " stake", "March ", "Tuesday", "在", "所占", "股权比",
  "（", "）", "未披露", "金额", " ", "\n",
];

const randomText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((xs) => xs.join("")),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 40 }).map((xs) => xs.join("")),
);

function sane(m: Mention, text: string): void {
  expect(m.span.start).toBeGreaterThanOrEqual(0);
  expect(m.span.end).toBeLessThanOrEqual(text.length);
  expect(m.span.start).toBeLessThan(m.span.end);
  expect(m.text).toBe(text.slice(m.span.start, m.span.end));
  const v = m.value as unknown as Record<string, unknown>;
  for (const key of ["min", "max", "percent"]) {
    if (typeof v[key] === "number") expect(Number.isFinite(v[key])).toBe(true);
  }
  if (typeof v.min === "number" && typeof v.max === "number") expect(v.min).toBeLessThanOrEqual(v.max);
}

describe("no recognizer throws or hangs on random input", () => {
  it("recognize() returns well-formed mentions (10k runs)", () => {
    fc.assert(
      fc.property(randomText, fc.option(fc.constantFrom("2024-10-15", "2025-01-01T00:00:00+08:00", "2024-02-29"), { nil: null }), (text, documentDate) => {
        for (const m of recognize(text, { documentDate, language: "zh" })) sane(m, text);
      }),
      { numRuns: 10_000 },
    );
  });

  it("parse() on any span returns a value or null (10k runs)", () => {
    const arb = randomText.chain((text) =>
      fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length })),
    );
    fc.assert(
      fc.property(arb, fc.constantFrom(...RECOGNIZERS), ([text, a, b], r: Recognizer<MentionKind>) => {
        const span = { start: Math.min(a, b), end: Math.max(a, b) };
        r.parse(text, span, CTX);
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ["digits", "1".repeat(200_000)],
    ["亿", "亿".repeat(200_000)],
    ["数", "数".repeat(200_000)],
    ["hedges", "约".repeat(200_000)],
    ["amounts", "超5亿元".repeat(40_000)],
    ["rounds", "A轮".repeat(100_000)],
    ["dates", "2024年2月".repeat(30_000)],
    ["stakes", "持股40%".repeat(40_000)],
    ["dollars", "$".repeat(200_000)],
    ["undisclosed", "金额未披露5亿元".repeat(20_000)],
  ])("a long run of %s", (_name, text) => {
    for (const m of recognize(text, CTX)) expect(m.span.end).toBeLessThanOrEqual(text.length);
  });
});
