import type { Span } from "../../../core/span.js";
import { CharSet } from "../charset.js";
import type { MoneyRole, ValuationBasis } from "../types.js";

/**
 * What an amount measures, from the nearest cue word around it in the same sentence:
 * "估值达25亿美元" (valuation), "完成5亿元B轮融资" (amount raised), "市值" (market cap),
 * "营收" (revenue), "基金规模" (fund size). Margin trading ("融资余额为1.2亿元"), leasing, pledges,
 * registered capital, prices, subsidies and acquisitions are money with no role we track:
 * "unknown". At one position the first group wins, so "融资余额" is read before "融资".
 */
export const ROLE_CUE_RE = new RegExp(
  [
    String.raw`(?<valuation>投前估值|投后估值|估值|\b(?:pre-money|post-money|valuation|valued at|values)\b)`,
    String.raw`(?<market_cap>市值|\bmarket (?:cap(?:italization)?|value)\b)`,
    String.raw`(?<revenue>营业收入|营收|收入|销售额|营业额|\b(?:revenues?|sales)\b)`,
    String.raw`(?<unknown>净利润|利润|营利|盈利|亏损|注册资本|融资余额|融资融券|融资买入|融资净买入|融资偿还|融资客|融资盘|融券|两融|融资租赁|质押融资|质押|每股|股价|发行价|收盘价|配售价|加仓|买入|卖出|净流入|成交额|奖励|补贴|资助|补助|奖金|收购|并购|对价|首付款|里程碑|付款)`,
    String.raw`(?<fund_size>(?:最终|首期|首关|目标|基金|管理|认缴)规模|基金募集|(?:投资|产业|引导|私募|创投|股权)?基金|\b(?<!to )funds?\b)`,
    String.raw`(?<amount_raised>融资规模|募资规模|发行规模|融资|募资|募集|筹集|筹资|募得|发行|投资|注资|增资|认购|入股|定增|配售|所得款项|领投|获得|获(?!悉)|完成|轮|\b(?:raised|raising|raises|raise|secured|secures|closes|closed|close|adds|added|lands|landed|unveils|unveiled|announces|announced|gets|got|receives|received|bags|nets|funding|financing|round|series|seed|pre-seed|offering|prices|priced)\b)`,
  ].join("|"),
  "gi",
);

export const BASIS_RE = /投前|投后|pre-money|post-money/gi;

/** Sentence ends: a role cue never reaches across them. */
export const SENTENCE_END = /[。；！？;!?\n]/;
/** Clause ends: a cue after the amount must be in the same clause ("5亿元，估值…" is not a valuation). */
export const CLAUSE_END = /[，,。；！？;!?\n]/;
/** "1.5亿欧元（约合人民币11.7亿元）的股权融资": the cue after an amount may follow a bracket. */
export const BRACKET_AFTER_RE = /^\s?[（(][^（()）]{0,30}[)）]/;
export const LETTER = /[a-z]/i;

const BRACKET_OPEN = new CharSet(["（("]);
/** What `\s` matches. */
const SPACE = new CharSet([" \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"]);
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// The same sets as SENTENCE_END and CLAUSE_END, read by character code (readRole runs for every amount).
const SENTENCE_END_CODES = new Set([..."。；！？;!?\n"].map((c) => c.charCodeAt(0)));
const CLAUSE_END_CODES = new Set([..."，,。；！？;!?\n"].map((c) => c.charCodeAt(0)));

interface Cue {
  readonly role: MoneyRole;
  readonly text: string;
  readonly index: number;
  readonly distance: number;
}

const ROLES: readonly MoneyRole[] = ["valuation", "market_cap", "revenue", "unknown", "fund_size", "amount_raised"];

/**
 * The role a ROLE_CUE_RE match names: its groups are its only capturing groups, in the order of
 * ROLES, so the first one set is read by index (the groups object is a slower read).
 */
export function roleOfCue(m: RegExpExecArray): MoneyRole {
  for (let i = 0; i < ROLES.length; i++) if (m[i + 1] !== undefined) return ROLES[i] as MoneyRole;
  return "amount_raised";
}

function cueOf(m: RegExpExecArray, offset: number, distance: number): Cue {
  const role = roleOfCue(m);
  return { role, text: m[0], index: offset + m.index, distance };
}

export interface RoleReading {
  readonly role: MoneyRole;
  readonly basis: ValuationBasis;
}

export function readRole(text: string, at: Span): RoleReading {
  // left: up to 24 characters back, not past a sentence end; the closest cue
  let from = Math.max(0, at.start - 24);
  for (let i = at.start - 1; i >= from; i--) {
    if (SENTENCE_END_CODES.has(text.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  const left = text.slice(from, at.start);
  let last: RegExpExecArray | null = null;
  ROLE_CUE_RE.lastIndex = 0;
  for (let m = ROLE_CUE_RE.exec(left); m; m = ROLE_CUE_RE.exec(left)) last = m;
  ROLE_CUE_RE.lastIndex = 0;
  const leftCue = last ? cueOf(last, from, left.length - (last.index + last[0].length)) : null;

  // right: up to 12 characters (30 in English), past a bracket, not past a clause end; the first cue
  let start = at.end;
  // (BRACKET_AFTER_RE begins with an optional space and a bracket)
  const c0 = text.charCodeAt(start);
  const bracket = BRACKET_OPEN.has(c0) || (SPACE.has(c0) && BRACKET_OPEN.has(text.charCodeAt(start + 1))) ? BRACKET_AFTER_RE.exec(text.slice(start, start + 34)) : null;
  if (bracket) start += bracket[0].length;
  const english = isAsciiLetter(text.charCodeAt(start)) || isAsciiLetter(text.charCodeAt(start + 1));
  let to = Math.min(text.length, start + (english ? 30 : 12));
  for (let i = start; i < to; i++) {
    if (CLAUSE_END_CODES.has(text.charCodeAt(i))) {
      to = i;
      break;
    }
  }
  const right = text.slice(start, to);
  ROLE_CUE_RE.lastIndex = 0;
  const rm = ROLE_CUE_RE.exec(right);
  ROLE_CUE_RE.lastIndex = 0;
  const rightCue = rm ? cueOf(rm, start, rm.index) : null;

  const cue = !leftCue ? rightCue : !rightCue ? leftCue : rightCue.distance <= leftCue.distance ? rightCue : leftCue;
  if (!cue) return { role: "unknown", basis: "unspecified" };
  if (cue.role !== "valuation") return { role: cue.role, basis: "unspecified" };
  // "投后估值", "post-money valuation of": the basis is in the cue or written just before it
  let basisWord = /投前|投后/.exec(cue.text)?.[0] ?? null;
  if (!basisWord) {
    for (const m of text.slice(Math.max(0, cue.index - 12), cue.index).matchAll(BASIS_RE)) basisWord = m[0];
  }
  const basis: ValuationBasis = !basisWord ? "unspecified" : /投前|pre/i.test(basisWord) ? "pre" : "post";
  return { role: "valuation", basis };
}
