import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NUMBER_RUN_RE, nextNumberRun } from "./numbers/index.js";
import { SUFFIX_RE, suffixMatches } from "./org/suffix.js";
import { TOKEN_RE, tokenize } from "./org/english.js";
import { ZH_TITLES, zhTitleMatches } from "./person/titles.js";
import { CONNECTIVE_LAST, CURRENCY_LAST, EN_AMOUNT_WORD_FIRST, HEDGE_LAST, STICKY_FIRST } from "./money/find.js";
import { CURRENCY_BEFORE_RE, EN_CURRENCY_AFTER_RE, EN_MAGNITUDE_RE } from "./money/currency.js";
import { ROLE_CUE_RE, roleOfCue } from "./money/role.js";
import { DATE_CN_BODY_RE, DATE_CN_RE, NOT_BEFORE_CN_CHARS } from "./date/patterns.js";
import { allMatches, allMatchesNotAfter } from "./scan.js";
import { CONNECTIVE_BEFORE_RE, HEDGE_BEFORE_RE } from "./money/hedge.js";

// Hand-written scanners that stand in for a regex on the hot path must find exactly what
// `matchAll` of that regex finds. Random text, with the regex's own words mixed in.
const textOf = (pieces: readonly string[]) =>
  fc
    .array(fc.oneof(fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom(...pieces)), { maxLength: 40 })
    .map((parts) => parts.join(""));

const all = (re: RegExp, t: string) => [...t.matchAll(re)].map((m) => [m.index, m[0]] as const);

describe("fast scanners read as their regexes", () => {
  it("nextNumberRun finds the runs of NUMBER_RUN_RE", () => {
    const pieces = ["1", "23", ".", ",", "5.", ",000", "万", "亿", "一百", "两", "多", "余", "个", "数", "十", "元", "年", "%", "a"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        const runs: (readonly [number, string])[] = [];
        for (let r = nextNumberRun(t, 0); r; r = nextNumberRun(t, r.end)) runs.push([r.start, t.slice(r.start, r.end)]);
        expect(runs).toEqual(all(NUMBER_RUN_RE, t));
      }),
      { numRuns: 10_000 },
    );
  });

  it("suffixMatches finds the endings of SUFFIX_RE", () => {
    // Every Chinese word of the regex's source, the brackets and numerals it reads, and a few more.
    const words = SUFFIX_RE.source.match(/[\u4e00-\u9fff]+/gu) ?? [];
    const pieces = [...words, "（", "）", "(", ")", "（深圳）", "(集团)", "二期", "资", "深圳", "云帆", "的", "A"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        expect(suffixMatches(t).map((h) => [h.index, h.ending])).toEqual(all(SUFFIX_RE, t));
      }),
      { numRuns: 10_000 },
    );
  });

  it("a hedge or connective before an amount ends in a character of HEDGE_LAST / CONNECTIVE_LAST", () => {
    // The money scan tries the two regexes only when the character before the amount is in the set.
    const words = [HEDGE_BEFORE_RE, CONNECTIVE_BEFORE_RE].flatMap((re) => re.source.match(/[\u4e00-\u9fff]+|[a-z]+/gu) ?? []);
    const pieces = [...words, " ", "About ", "OVER", "的", "5"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        const last = t.charCodeAt(t.length - 1);
        if (HEDGE_BEFORE_RE.exec(t)) expect(HEDGE_LAST.has(last)).toBe(true);
        if (CONNECTIVE_BEFORE_RE.exec(t)) expect(CONNECTIVE_LAST.has(last)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it("the amount reader's sticky regexes start with a character of their STICKY_FIRST set", () => {
    for (const [re, first] of STICKY_FIRST) {
      const words = re.source.match(/[\u4e00-\u9fff]+|[A-Za-z]+/gu) ?? [];
      const pieces = [...words, " ", "\u3000", "—", "-", "~", "至", "5", "亿", "$", "的", "轮", "A", "p"];
      fc.assert(
        fc.property(textOf(pieces), (t) => {
          re.lastIndex = 0;
          const m = re.exec(t);
          re.lastIndex = 0;
          if (m) expect(first.has(t.charCodeAt(0))).toBe(true);
        }),
        { numRuns: 2_000 },
      );
    }
  });

  it("a currency word before an amount ends in a character of CURRENCY_LAST", () => {
    const words = CURRENCY_BEFORE_RE.source.match(/[\u4e00-\u9fff]+|[A-Za-z]+/gu) ?? [];
    const pieces = [...words, " ", "\u3000", "$", "US$", "€", "£", "¥", "₹", "￥", "₩", "Rs.", "5", "的", "a"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        if (CURRENCY_BEFORE_RE.exec(t)) expect(CURRENCY_LAST.has(t.charCodeAt(t.length - 1))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it("allMatches reads a regex as matchAll does", () => {
    fc.assert(
      fc.property(textOf(["5亿", "A轮", "2024年", "", "a"]), (t) => {
        for (const re of [NUMBER_RUN_RE, DATE_CN_RE, /x?/g, /\u{1F600}?/gu]) {
          expect(allMatches(re, t).map((m) => [m.index, m[0]])).toEqual(all(re, t));
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("DATE_CN_BODY_RE with the refused characters reads as DATE_CN_RE", () => {
    const words = DATE_CN_RE.source.match(/[\u4e00-\u9fff]+/gu) ?? [];
    const pieces = [...words, "2024", "12", "3", ".", "-", "/", "〇", "十", "年", "月", "日", "号", "一", "二", "的"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        const fast = allMatchesNotAfter(DATE_CN_BODY_RE, t, NOT_BEFORE_CN_CHARS).map((m) => [m.index, m[0], JSON.stringify(m.groups)]);
        expect(fast).toEqual([...t.matchAll(DATE_CN_RE)].map((m) => [m.index, m[0], JSON.stringify(m.groups)]));
      }),
      { numRuns: 10_000 },
    );
  });

  it("English tokens are TOKEN_RE's matches, trimmed of possessives, trailing dots and hyphens", () => {
    // The reading tokenize replaced, written with the regex.
    const ABBREVIATIONS = new Set("Inc. Ltd. Corp. Co. Kft. B.V. N.V. L.P. S.A.".split(" "));
    const byRegex = (text: string) =>
      [...text.matchAll(TOKEN_RE)].flatMap((m) => {
        let t = m[0];
        let possessive = false;
        if (/['’]s$/.test(t)) {
          t = t.slice(0, -2);
          possessive = true;
        }
        while (t.endsWith(".") && !ABBREVIATIONS.has(t)) t = t.slice(0, -1);
        while (/[-'’]$/.test(t)) t = t.slice(0, -1);
        return t ? [{ text: t, start: m.index, end: m.index + t.length, possessive }] : [];
      });
    const pieces = ["Lux", " ", "Capital", "Inc.", "Co.", "B.V.", "'s", "’s", "'", "-", ".", "_", "&", "9", "资本", "a", "S"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        expect(tokenize(t)).toEqual(byRegex(t));
      }),
      { numRuns: 10_000 },
    );
  });

  it("an English magnitude or currency word after a number starts with a letter of EN_AMOUNT_WORD_FIRST", () => {
    for (const re of [EN_MAGNITUDE_RE, EN_CURRENCY_AFTER_RE]) {
      const words = re.source.match(/[a-z]+/gi) ?? [];
      const pieces = [...words, " ", "MILLION", "Bn", "x", "5"];
      fc.assert(
        fc.property(textOf(pieces), (t) => {
          re.lastIndex = 0;
          const m = re.exec(t);
          re.lastIndex = 0;
          const letter = m?.[0].trimStart().charCodeAt(0);
          if (m && letter !== undefined) expect(EN_AMOUNT_WORD_FIRST.has(letter)).toBe(true);
        }),
        { numRuns: 5_000 },
      );
    }
  });

  it("roleOfCue reads the role of a cue by group index as the named groups say it", () => {
    const roles = ["valuation", "market_cap", "revenue", "unknown", "fund_size", "amount_raised"] as const;
    // the six groups are the regex's only capturing groups, in this order
    expect(new RegExp(`${ROLE_CUE_RE.source}|`).exec("")!.length).toBe(roles.length + 1);
    const words = ROLE_CUE_RE.source.match(/[\u4e00-\u9fff]+|[a-z][a-z -]+/gu) ?? [];
    fc.assert(
      fc.property(textOf([...words, " ", "的", "5亿"]), (t) => {
        for (const m of allMatches(ROLE_CUE_RE, t)) expect(roleOfCue(m)).toBe(roles.find((r) => m.groups![r] !== undefined) ?? "amount_raised");
      }),
      { numRuns: 5_000 },
    );
  });

  it("zhTitleMatches finds the title chains of ZH_TITLES", () => {
    const words = ZH_TITLES.source.match(/[\u4e00-\u9fff]+|[A-Z]{3}/gu) ?? [];
    const pieces = [...words, "兼", "、", "及", "和", "王小川", "的", "\u{1F600}", "C"];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        expect(zhTitleMatches(t).map((m) => [m.index, m[0]])).toEqual(all(ZH_TITLES, t));
      }),
      { numRuns: 10_000 },
    );
  });
});
