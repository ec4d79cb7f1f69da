import type { Span } from "../../../core/span.js";
import { parseNumber } from "../numbers/index.js";
import type { DatePrecision, PartialDate } from "../types.js";
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatYear,
  isValidDay,
  springFestival,
  weekday,
  type Ymd,
} from "./calendar.js";
import { DATE_CN_BODY_RE, DATE_EN_RE, EN_BARE_BEFORE_RE, NOT_BEFORE_CN_CHARS } from "./patterns.js";
import { allMatches, allMatchesNotAfter } from "../scan.js";

/**
 * What a time expression says before it is placed in time: a year (absolute or relative to the
 * document's year), maybe a month and day, and how precise it is. `resolve` then anchors it.
 */
/** Characters that may stand right before a bare Chinese-numeral month: "于十月", "，十月". */
export const CJK_WORD_BEFORE_RE = /[\u4e00-\u9fff]/;
const MONTH_MAY_FOLLOW = "于在至到自从及和与或";

export type Reading =
  | { readonly kind: "calendar"; readonly year: number | null; readonly yearOffset: number | null; readonly month: number | null; readonly day: number | null; readonly precision: DatePrecision; readonly festival?: "before" | "after" | "during" }
  | { readonly kind: "days_ago"; readonly days: number; readonly precision: DatePrecision }
  | { readonly kind: "months_ago"; readonly months: number }
  | { readonly kind: "weekday"; readonly weekday: number }
  | { readonly kind: "day_of_month"; readonly day: number };

const REL_YEAR: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 去年: -1, 客岁: -1, 去岁: -1, 上年: -1, 前年: -2, 明年: 1,
};
const WEEKDAY_CN: Readonly<Record<string, number>> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const WEEKDAY_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const CN_DIGIT_1_4: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = parseNumber(s);
  return n && n.min === n.max ? n.min : null;
}

function calendar(year: number | null, yearOffset: number | null, month: number | null, day: number | null, precision: DatePrecision, festival?: "before" | "after" | "during"): Reading {
  return festival ? { kind: "calendar", year, yearOffset, month, day, precision, festival } : { kind: "calendar", year, yearOffset, month, day, precision };
}

/** "第三季度", "Q3", "三季度" → 3. */
function quarterOf(s: string): number | null {
  const c = /[一二三四1-4]/.exec(s)?.[0];
  return c ? CN_DIGIT_1_4[c]! : null;
}

function readChinese(g: Record<string, string | undefined>): Reading | null {
  if (g.iy) return calendar(Number(g.iy), null, Number(g.im), Number(g.id), "day");
  if (g.jy) return calendar(Number(g.jy), null, Number(g.jm), null, "month");
  if (g.rel) {
    switch (g.rel) {
      case "今日": case "今天": return { kind: "days_ago", days: 0, precision: "day" };
      case "昨日": case "昨天": return { kind: "days_ago", days: 1, precision: "day" };
      case "前日": case "前天": return { kind: "days_ago", days: 2, precision: "day" };
      // "日前", "近日", "近期", "本周": recently; the month is as precise as they allow
      case "上周": return { kind: "days_ago", days: 7, precision: "month" };
      case "上月": case "上个月": return { kind: "months_ago", months: 1 };
      default: return { kind: "days_ago", days: 0, precision: "month" };
    }
  }
  if (g.dd) return { kind: "day_of_month", day: Number(g.dd) };
  if (g.wk) return { kind: "weekday", weekday: WEEKDAY_CN[g.wk.slice(-1)]! };

  const year = g.y ? num(g.y) : null;
  const yearOffset = g.ry ? REL_YEAR[g.ry]! : null;
  const month = num(g.m ?? g.nm);
  if (month !== null) {
    const day = num(g.d ?? g.nd);
    if (month < 1 || month > 12) return null;
    return calendar(year, yearOffset, month, day, day !== null ? "day" : "month");
  }
  const q = g.q ?? g.sq;
  if (q) return calendar(year, yearOffset, (quarterOf(q)! - 1) * 3 + 1, null, "quarter");
  const h = g.h ?? g.sh;
  if (h) return calendar(year, yearOffset, h.startsWith("上") ? 1 : 7, null, "half");
  if (g.e) return calendar(year, yearOffset, g.e.endsWith("初") ? 1 : 12, null, "month");
  const sf = g.sf ?? g.ssf;
  if (sf) {
    const when = sf.endsWith("前") ? "before" : sf.endsWith("后") ? "after" : "during";
    return calendar(year, yearOffset, null, null, "month", when);
  }
  if (g.y || g.ry) return calendar(year, yearOffset, null, null, "year");
  return null;
}

function monthIndex(name: string): number {
  return MONTH_EN.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function readEnglish(g: Record<string, string | undefined>): Reading | null {
  const em = g.em ?? g.em2;
  if (em) {
    const year = num(g.ey ?? g.ey2);
    const day = num(g.ed ?? g.ed2);
    return calendar(year, null, monthIndex(em), day, day !== null ? "day" : "month");
  }
  if (g.wk) return { kind: "weekday", weekday: WEEKDAY_EN.indexOf(g.wk) };
  if (g.rel) {
    const r = g.rel.toLowerCase();
    if (r === "today") return { kind: "days_ago", days: 0, precision: "day" };
    if (r === "yesterday") return { kind: "days_ago", days: 1, precision: "day" };
    if (r === "this week") return { kind: "days_ago", days: 0, precision: "month" };
    if (r === "last week") return { kind: "days_ago", days: 7, precision: "month" };
    if (r === "this month") return { kind: "months_ago", months: 0 };
    if (r === "last month") return { kind: "months_ago", months: 1 };
    if (r === "next month") return { kind: "months_ago", months: -1 };
    return calendar(null, r === "last year" ? -1 : r === "next year" ? 1 : 0, null, null, "year");
  }
  if (g.q) {
    const year = num(g.qy);
    const n = Number(g.q[1]);
    return g.q[0] === "Q" ? calendar(year, null, (n - 1) * 3 + 1, null, "quarter") : calendar(year, null, n === 1 ? 1 : 7, null, "half");
  }
  if (g.ordinal && g.part) {
    const n = ["first", "second", "third", "fourth"].indexOf(g.ordinal) + 1;
    const year = num(g.py);
    if (g.part === "quarter") return calendar(year, null, (n - 1) * 3 + 1, null, "quarter");
    return n <= 2 ? calendar(year, null, n === 1 ? 1 : 7, null, "half") : null;
  }
  if (g.year) return calendar(Number(g.year), null, null, null, "year");
  return null;
}

/** Place a reading in time. Without a document date, whatever depends on it stays null. */
export function resolve(r: Reading, doc: Ymd | null): PartialDate | null {
  switch (r.kind) {
    case "days_ago": {
      if (!doc) return { value: null, precision: r.precision, relative: true };
      const d = addDays(doc, -r.days);
      return { value: r.precision === "day" ? formatDay(d) : formatMonth(d.y, d.m), precision: r.precision, relative: true };
    }
    case "months_ago": {
      if (!doc) return { value: null, precision: "month", relative: true };
      const { y, m } = addMonths(doc.y, doc.m, -r.months);
      return { value: formatMonth(y, m), precision: "month", relative: true };
    }
    case "weekday": {
      if (!doc) return { value: null, precision: "day", relative: true };
      // "said on Tuesday": the latest such day on or before the document's day
      const back = (weekday(doc) - r.weekday + 7) % 7;
      return { value: formatDay(addDays(doc, -back)), precision: "day", relative: true };
    }
    case "day_of_month": {
      if (r.day < 1 || r.day > 31) return null;
      if (!doc) return { value: null, precision: "day", relative: true };
      // "30日" in a document of 10月2日 is 9月30日
      let { y, m } = r.day <= doc.d ? { y: doc.y, m: doc.m } : addMonths(doc.y, doc.m, -1);
      if (!isValidDay(y, m, r.day)) ({ y, m } = addMonths(y, m, -1));
      return { value: formatDay({ y, m, d: r.day }), precision: "day", relative: true };
    }
    case "calendar": {
      const relative = r.year === null;
      let year = r.year;
      if (year === null) {
        if (!doc) return { value: null, precision: r.precision, relative: true };
        year = doc.y + (r.yearOffset ?? 0);
        // "12月18日" in a document of January is last December; "今年12月" stays this year
        if (r.yearOffset === null && r.month !== null && (r.precision === "month" || r.precision === "day") && r.month > doc.m + 1) year--;
      }
      if (r.festival) {
        const f = springFestival(year);
        if (!f) return { value: formatYear(year), precision: "year", relative };
        const shifted = addDays(f, r.festival === "after" ? 10 : r.festival === "before" ? -10 : 0);
        return { value: formatMonth(shifted.y, shifted.m), precision: "month", relative };
      }
      if (r.month === null) return { value: formatYear(year), precision: "year", relative };
      if (r.day !== null) {
        if (!isValidDay(year, r.month, r.day)) return null;
        return { value: formatDay({ y: year, m: r.month, d: r.day }), precision: "day", relative };
      }
      return { value: formatMonth(year, r.month), precision: r.precision, relative };
    }
  }
}

export interface DateHit {
  readonly span: Span;
  readonly reading: Reading;
}

const LATIN_WORD_OR_QUARTER = /[A-Za-z]{2}|[QH][1-4]/;

/** Every time expression, in order. */
export function scanDates(text: string): DateHit[] {
  const out: DateHit[] = [];
  for (const m of allMatchesNotAfter(DATE_CN_BODY_RE, text, NOT_BEFORE_CN_CHARS)) {
    // "统一月度": a month in Chinese numerals inside a word is not a date
    if (m.groups!.nm && !/\d/.test(m.groups!.nm) && m.index > 0 && CJK_WORD_BEFORE_RE.test(text[m.index - 1]!) && !MONTH_MAY_FOLLOW.includes(text[m.index - 1]!)) continue;
    const reading = readChinese(m.groups!);
    if (reading) out.push({ span: { start: m.index, end: m.index + m[0].length }, reading });
  }
  // (an English date has a word of two letters or more, or is Q1–Q4 / H1–H2; a bare year needs
  // one before it: a text without any is passed over at once)
  for (const m of LATIN_WORD_OR_QUARTER.test(text) ? allMatches(DATE_EN_RE, text) : []) {
    const g = m.groups!;
    // "May" and "2026" alone need a preposition: "in May", "since 2022"
    const bare = (g.em !== undefined && !g.mod && !g.ed && !g.ey) || g.year !== undefined;
    if (bare && !EN_BARE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const reading = readEnglish(g);
    if (reading) out.push({ span: { start: m.index, end: m.index + m[0].length }, reading });
  }
  return withoutOverlaps(out);
}

/** Keep the longest of overlapping expressions ("Q3 2024", not also "Q3"). */
function withoutOverlaps(hits: DateHit[]): DateHit[] {
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && h.span.start < prev.span.end) continue;
    out.push(h);
  }
  return out;
}

