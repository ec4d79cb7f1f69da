import type { Span } from "../../../core/span.js";
import { NUMBER_RUN_RE, nextNumberRun, parseNumber, parseRange, trimRun, type NumberValue } from "../numbers/index.js";
import type { Currency, Money, MoneyQualifier, ValuationBasis } from "../types.js";
import {
  CN_CURRENCY_AFTER_RE,
  CURRENCY_BEFORE_RE,
  EN_CURRENCY_AFTER_RE,
  EN_MAGNITUDE_RE,
  currencyOf,
  magnitudeOf,
} from "./currency.js";
import {
  CONNECTIVE_BEFORE_RE,
  CONSERVATIVE_AFTER_RE,
  CONSERVATIVE_BEFORE_RE,
  HEDGE_AFTER_RE,
  HEDGE_BEFORE_RE,
  qualifierOf,
} from "./hedge.js";
import { readRole } from "./role.js";
import { CharSet } from "../charset.js";
import { allMatches } from "../scan.js";

/** One amount found in the text: its span (hedges and currency words included) and value. */
export interface MoneyHit {
  readonly span: Span;
  readonly value: Money;
  readonly basis: ValuationBasis;
}

/** The run that continues a range: "1.5——2亿", "5000万至1亿", "$10-15 million". */
export const RANGE_SEP_RE = /\s?(?:——|[—–\-~～至到])\s?(?=[\d零〇一二两三四五六七八九十百千万亿])/y;
export const NUMBER_RUN_STICKY_RE = new RegExp(NUMBER_RUN_RE.source, "y");

/** "亿元级", "千万级": an order of magnitude, from the unit to ten times it. */
export const LEVEL_RE = /级/y;

/** Without a currency word, an amount needs a financing word next to it: "完成3亿B轮融资". */
export const FINANCING_AFTER_RE = /的?(?:[A-H]\d?\+{0,2}轮|Pre-|天使|种子|战略|新一轮|融资|投资|注资|增资|募资|估值)/y;
export const FINANCING_BEFORE_RE = /(?:融资|募资|估值|投资|注资|增资|获得|获|完成|拿下|斩获|金额|规模|总额)(?:达到|[达为约是])?$/;

/** "undisclosed": "金额未披露", "未透露具体金额", "an undisclosed amount". */
export const UNDISCLOSED_RE =
  /(?:具体|融资|交易|投资|本轮)?(?:金额|数额|额度|融资额)[暂均并尚则]?未(?:予|对外)?(?:透露|披露|公开|公布)|未(?:对外)?(?:透露|披露|公开|公布)(?:具体)?(?:融资|交易|投资)?(?:金额|数额)|\bundisclosed (?:amount|sum)\b/gi;

const UNDISCLOSED_HINT = /未|undisclosed/i;

export const PHRASE_END = /[的，。；、,.;:：!?！？\s)）”"]/;
export const UNIT_CHARS = /[十百千万亿]/;
export const BIG_UNIT_CHARS = /[万亿]/;
export const CHINESE_ONLY = /^[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]+$/;
export const LETTER = /[A-Z]/i;
export const ARABIC_ONLY = /^[\d.,\s\-–—~～至到]+$/;
export const CJK = /[\u4e00-\u9fff]/;

/** What `\s` matches. */
const SPACES = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * The characters each sticky regex of the amount reader can start with: most amounts have none
 * of them after the number, and a regex is tried only where one stands (tests hold each set to
 * its regex).
 */
export const STICKY_FIRST = new Map<RegExp, CharSet>([
  [RANGE_SEP_RE, new CharSet([SPACES, "—–-~～至到"])],
  [EN_MAGNITUDE_RE, new CharSet([SPACES, LETTERS])],
  [CN_CURRENCY_AFTER_RE, new CharSet(["元人美港欧日英新台韩印卢瑞加澳"])],
  [EN_CURRENCY_AFTER_RE, new CharSet([SPACES, LETTERS])],
  [LEVEL_RE, new CharSet(["级"])],
  [HEDGE_AFTER_RE, new CharSet(["左摆上以"])],
  [FINANCING_AFTER_RE, new CharSet(["的ABCDEFGHP天种战新融投注增募估"])],
]);
/** The characters CURRENCY_BEFORE_RE's match can end with (it is tried on the text before a number). */
export const CURRENCY_LAST = new CharSet([SPACES, "币元BYDRPF$¥s.€£₹￥₩"]);

/** `sticky(re, …)`, when the character at `at` can start a match of `re` at all. */
function guarded(re: RegExp, text: string, at: number): RegExpExecArray | null {
  return (STICKY_FIRST.get(re) as CharSet).has(text.charCodeAt(at)) ? sticky(re, text, at) : null;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

function scale(n: NumberValue, by: number): NumberValue {
  return by === 1 ? n : { min: tidy(n.min * by), max: tidy(n.max * by) };
}

/** Rounding noise of a product ("1.2 billion" is 1200000000); a whole number below 1e15 has none. */
function tidy(v: number): number {
  return Number.isInteger(v) && v > 0 && v < 1e15 ? v : Number(v.toPrecision(15));
}

/** Put a number and its hedge together: exact and about have min = max; open ends are null. */
export function moneyValue(
  n: NumberValue,
  hedge: MoneyQualifier | null,
  currency: Currency | null,
): Omit<Money, "role"> {
  const isRange = n.min !== n.max;
  if (hedge === "at_least") return { min: n.min, max: null, currency, qualifier: "at_least" };
  if (hedge === "at_most") return { min: null, max: n.max, currency, qualifier: "at_most" };
  if (isRange) return { min: n.min, max: n.max, currency, qualifier: "range" };
  return { min: n.min, max: n.max, currency, qualifier: hedge ?? "exact" };
}

/** Read one amount around the number run at [start, end); null when it is not money. */
function readAt(text: string, start: number, end: number): { hit: MoneyHit; consumed: number } | null {
  const run = text.slice(start, end);
  let pos = end;
  let num: NumberValue | null = parseNumber(run);

  // a range: "1.5——2亿", "5000万-1亿"
  const sep = guarded(RANGE_SEP_RE, text, pos);
  if (sep) {
    const next = sticky(NUMBER_RUN_STICKY_RE, text, pos + sep[0].length);
    if (next) {
      const second = trimRun(text, pos + sep[0].length, pos + sep[0].length + next[0].length);
      const range = parseRange(run, text.slice(second.start, second.end));
      if (range) {
        num = range;
        pos = second.end;
      }
    }
  }
  if (!num) return null;
  // (UNIT_CHARS, BIG_UNIT_CHARS, CHINESE_ONLY and ARABIC_ONLY, read by character code)
  const hasUnit = some(text, start, pos, UNIT_CODES);
  const hasBigUnit = some(text, start, pos, BIG_UNIT_CODES);
  // "三元锂电池", "一元化": a lone Chinese digit before 元 is not an amount
  if (!hasUnit && pos === end && every(text, start, end, CHINESE_DIGIT_CODES)) return null;

  // English magnitude: "$40M", "$300 million", "₹400 crore" (after Arabic digits only)
  let magnitude = 1;
  if (every(text, start, pos, ARABIC_CODES)) {
    const mag = guarded(EN_MAGNITUDE_RE, text, pos);
    if (mag) {
      magnitude = magnitudeOf(mag[0]);
      pos += mag[0].length;
    }
  }

  // currency before: "人民币30,000万元", "US$1.2bn", "RMB 2 billion"
  let spanStart = start;
  let currency: Currency | null = null;
  const before = CURRENCY_LAST.has(text.charCodeAt(start - 1)) ? CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, start - 5), start)) : null;
  if (before) {
    currency = currencyOf(before[0]);
    spanStart = start - before[0].length;
  }
  if (!before && isAsciiLetter(text.charCodeAt(start - 1))) return null; // "A320", "COVID19"

  // currency after: "亿元", "8亿美金", "近亿元人民币", "10 million USD"
  let level = false;
  const cn = guarded(CN_CURRENCY_AFTER_RE, text, pos);
  const en = cn ? null : guarded(EN_CURRENCY_AFTER_RE, text, pos);
  const after = cn ?? en;
  if (after) {
    currency ??= currencyOf(after[0]);
    pos += after[0].length;
  }
  if (magnitude !== 1 && !currency) return null; // "40M users", "5 million people"
  // a Chinese currency word before the number needs a unit or 元 after it: "人民币3.5亿元", not "美元5月"
  if (before && CJK.test(before[0]) && !hasUnit && !after) return null;
  if (hasUnit && guarded(LEVEL_RE, text, pos)) {
    level = true; // "亿元级", "千万级"
    pos += 1;
  }

  // hedges: before (after a currency prefix or not), then after
  let hedge: MoneyQualifier | null = null;
  const mayHedge = HEDGE_LAST.has(text.charCodeAt(spanStart - 1));
  const mayConnect = CONNECTIVE_LAST.has(text.charCodeAt(spanStart - 1));
  const leftOfNumber = mayHedge || mayConnect ? text.slice(Math.max(0, spanStart - 14), spanStart) : "";
  const hb = mayHedge ? HEDGE_BEFORE_RE.exec(leftOfNumber) : null;
  // 上 is a hedge only before a bare unit: "上亿", "上千万"
  if (hb && !(hb[0] === "上" && !(spanStart === start && /^[十百千万亿]/.test(run)))) {
    hedge = qualifierOf(hb[0]);
    spanStart -= hb[0].length;
  } else {
    // "约为5亿元": the hedge counts, the connective stays outside the span
    const conn = mayConnect ? CONNECTIVE_BEFORE_RE.exec(leftOfNumber) : null;
    if (conn) {
      const hb2 = HEDGE_BEFORE_RE.exec(leftOfNumber.slice(0, leftOfNumber.length - conn[0].length));
      if (hb2 && hb2[0] !== "上" && hb2[0] !== "过") hedge = qualifierOf(hb2[0]);
    }
  }
  const ha = guarded(HEDGE_AFTER_RE, text, pos);
  if (ha && (currency || level || hasBigUnit)) {
    hedge ??= qualifierOf(ha[0]);
    pos += ha[0].length;
  }

  // no currency: only a big unit in financing words ("完成3亿B轮融资", "千万级天使轮")
  if (!currency) {
    if (!hasBigUnit) return null;
    const leftWords = text.slice(Math.max(0, spanStart - 8), spanStart);
    // "融资超10亿，" but not "完成3亿次下载": after a financing word the amount must end the phrase
    const endsPhrase = pos >= text.length || PHRASE_END.test(text[pos]!);
    if (!guarded(FINANCING_AFTER_RE, text, pos) && !(FINANCING_BEFORE_RE.test(leftWords) && endsPhrase)) return null;
  }

  let n = scale(num, magnitude);
  if (level) n = { min: n.min, max: n.max * 10 };
  // (both conservative phrases have 守 within 16 characters after the amount or 8 before it)
  if (hedge === null && someCode(text, Math.max(0, spanStart - 8), pos + 17, SHOU) && (sticky(CONSERVATIVE_AFTER_RE, text, pos) || CONSERVATIVE_BEFORE_RE.test(text.slice(Math.max(0, spanStart - 8), spanStart)))) {
    hedge = "at_least";
  }
  const span = { start: spanStart, end: pos };
  const { role, basis } = readRole(text, span);
  return { hit: { span, value: { ...moneyValue(n, hedge, currency), role }, basis }, consumed: pos };
}

const UNIT_CODES = new CharSet(["十百千万亿"]);
const BIG_UNIT_CODES = new CharSet(["万亿"]);
const CHINESE_DIGIT_CODES = new CharSet(["零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"]);
const ARABIC_CODES = new CharSet(["0123456789.,-–—~～至到", " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"]);
/** The last characters of HEDGE_BEFORE_RE's words (and the letters and space of its English ones), and of CONNECTIVE_BEFORE_RE's. */
export const HEDGE_LAST = new CharSet(["约合逾上近过破超到足于少高多 abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]);
export const CONNECTIVE_LAST = new CharSet(["到达为是在"]);
const SHOU = "守".charCodeAt(0);

const some = (text: string, from: number, to: number, set: CharSet) => {
  for (let i = from; i < to; i++) if (set.has(text.charCodeAt(i))) return true;
  return false;
};
const every = (text: string, from: number, to: number, set: CharSet) => {
  for (let i = from; i < to; i++) if (!set.has(text.charCodeAt(i))) return false;
  return from < to;
};
const someCode = (text: string, from: number, to: number, code: number) => {
  for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === code) return true;
  return false;
};

const CURRENCY_NEXT = new CharSet(["元人美港欧日英新台韩印卢瑞加澳级-—–~～至到"]);
/** The letters an English magnitude or currency word after a number starts with ("5 million", "$40M", "10 USD", "2 billion yuan"). */
export const EN_AMOUNT_WORD_FIRST = new CharSet(["tbmclnkTBMCLNK", "USDRMBCNYHKEGPJISFAWT", "dpeyr"]);
const CURRENCY_PREV = new CharSet(["$€£¥₹￥₩币"]);
export const ASCII_LETTER = /[a-z]/i;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Most number runs are years, dates, counts and percentages; an amount has a currency or a
 * magnitude letter right after it, a symbol or code right before it, or a 万/亿 unit. This cheap
 * look at the neighbours skips the rest before any parsing.
 */
function mayBeMoney(text: string, start: number, end: number): boolean {
  // (charCodeAt is NaN past either end of the text, which no set holds)
  const next = text.charCodeAt(end) === 32 ? text.charCodeAt(end + 1) : text.charCodeAt(end);
  if (CURRENCY_NEXT.has(next) || EN_AMOUNT_WORD_FIRST.has(next)) return true;
  const prev = start >= 1 && text.charCodeAt(start - 1) === 32 ? text.charCodeAt(start - 2) : text.charCodeAt(start - 1);
  if (CURRENCY_PREV.has(prev) || isAsciiLetter(prev)) return true;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === WAN || text.charCodeAt(i) === YI) return true;
  return false;
}

const WAN = "万".charCodeAt(0);
const YI = "亿".charCodeAt(0);

/** Every amount in the text, in order, without overlaps. */
export function scanMoney(text: string): MoneyHit[] {
  const hits: MoneyHit[] = [];
  let consumed = 0;
  for (let m = nextNumberRun(text, 0); m; m = nextNumberRun(text, m.end)) {
    if (m.start < consumed) continue;
    const run = trimRun(text, m.start, m.end);
    if (run.end <= run.start || !mayBeMoney(text, run.start, run.end)) continue;
    const read = readAt(text, run.start, run.end);
    if (!read) continue;
    hits.push(read.hit);
    consumed = read.consumed;
  }
  // "金额未披露": kept unless it overlaps an amount (both lists are in text order)
  let k = 0;
  const undisclosed: MoneyHit[] = [];
  // (every match has 未 or "undisclosed" in it: most texts are passed over at once)
  for (const m of UNDISCLOSED_HINT.test(text) ? allMatches(UNDISCLOSED_RE, text) : []) {
    const span = { start: m.index, end: m.index + m[0].length };
    while (k < hits.length && hits[k]!.span.end <= span.start) k++;
    if (k < hits.length && hits[k]!.span.start < span.end) continue;
    const { role } = readRole(text, span);
    undisclosed.push({ span, value: { min: null, max: null, currency: null, qualifier: "undisclosed", role }, basis: "unspecified" });
  }
  hits.push(...undisclosed);
  return hits.sort((a, b) => a.span.start - b.span.start);
}
