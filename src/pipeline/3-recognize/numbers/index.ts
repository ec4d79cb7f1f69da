import type { Span } from "../../../core/span.js";
import { CharSet } from "../charset.js";
import { parseNumber } from "./parse.js";

export { parseNumber, parseRange, ARABIC_RE, type NumberValue } from "./parse.js";

/** The characters a number may be written with, Arabic or Chinese, with 数/几/多/余/个. */
export const NUMERAL_CHARS = "\\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟几数多余个";

/**
 * A run of numeral characters, with "." or "," only between digits ("3.48亿", "1,500万",
 * "一百五十多万"). Linear: the separator must be followed by a digit, so runs cannot overlap.
 */
export const NUMBER_RUN_RE = /[\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟几数多余个]+(?:[,.]\d[\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟几数多余个]*)*/g;

const NUMERAL = new CharSet(["0123456789零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟几数多余个"]);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The next run NUMBER_RUN_RE would match from `from`, read with a table instead of the regex
 * (money scans every run of a text: most are years, dates and counts). Null when there is none.
 */
export function nextNumberRun(text: string, from: number): Span | null {
  const n = text.length;
  let i = from;
  while (i < n && !NUMERAL.has(text.charCodeAt(i))) i++;
  if (i >= n) return null;
  const start = i;
  for (;;) {
    while (i < n && NUMERAL.has(text.charCodeAt(i))) i++;
    // "3.48亿", "1,500万": a separator continues the run only before a digit
    const c = text.charCodeAt(i);
    if ((c === 44 || c === 46) && isDigit(text.charCodeAt(i + 1))) i += 2;
    else return { start, end: i };
  }
}

/** 多, 余 and 个 cannot start a number ("其余5亿元" holds "5亿"); 个 cannot end one. */
export function trimRun(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && NOT_FIRST.has(text.charCodeAt(s))) s++;
  while (e > s && text.charCodeAt(e - 1) === GE) e--;
  return { start: s, end: e };
}
const NOT_FIRST = new CharSet(["多余个"]);
const GE = "个".charCodeAt(0);

/** Every span of the text that parses as a number (the numbers module's `find`). */
export function findNumbers(text: string): Span[] {
  const out: Span[] = [];
  for (let run = nextNumberRun(text, 0); run; run = nextNumberRun(text, run.end)) {
    const sp = trimRun(text, run.start, run.end);
    if (sp.end > sp.start && parseNumber(text.slice(sp.start, sp.end))) out.push(sp);
  }
  return out;
}
