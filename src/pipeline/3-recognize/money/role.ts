import type { Span } from "../../../core/span.js";
import type { MoneyRole, ValuationBasis } from "../types.js";

/**
 * What an amount measures, from the nearest cue word around it in the same sentence:
 * "估值达25亿美元" (valuation), "完成5亿元B轮融资" (amount raised), "市值" (market cap),
 * "营收" (revenue), "基金规模" (fund size). Margin trading ("融资余额为1.2亿元"), leasing,
 * registered capital and share prices are money with no role we track: "unknown".
 */
export const ROLE_CUE_RE =
  /投前估值|投后估值|估值|市值|营业收入|营收|收入|销售额|营业额|净利润|利润|营利|盈利|亏损|基金规模|首期规模|目标规模|管理规模|注册资本|融资余额|融资融券|融资买入|融资净买入|融资偿还|融券|两融|融资租赁|每股|股价|发行价|收盘价|融资|募资|募集|筹集|筹资|募得|发行|投资|注资|增资|领投|获得|获(?!悉)|轮|\b(?:pre-money|post-money|valuation|valued at|market cap(?:italization)?|market value|revenues?|sales|(?<!to )funds?|raised|raising|raises|raise|secured|secures|funding|financing|round)\b/gi;

const ROLE: ReadonlyArray<readonly [RegExp, MoneyRole]> = [
  [/估值|valu/i, "valuation"],
  [/市值|market/i, "market_cap"],
  [/收入|营收|销售额|营业额|revenue|sales/i, "revenue"],
  [/规模|fund/i, "fund_size"],
  [/利润|营利|盈利|亏损|注册资本|余额|融资融券|融资买入|融资净买入|融资偿还|融券|两融|租赁|每股|股价|发行价|收盘价/, "unknown"],
];

export const BASIS_RE = /投前|投后|pre-money|post-money/gi;

/** Sentence ends: a role cue never reaches across them. */
const SENTENCE_END = /[。；！？;!?\n]/;
/** Clause ends: a cue after the amount must be in the same clause ("5亿元，估值…" is not a valuation). */
const CLAUSE_END = /[，,。；！？;!?\n]/;

function roleOfCue(cue: string): MoneyRole {
  for (const [re, role] of ROLE) if (re.test(cue)) return role;
  return "amount_raised";
}

export interface RoleReading {
  readonly role: MoneyRole;
  readonly basis: ValuationBasis;
}

export function readRole(text: string, at: Span): RoleReading {
  // left: up to 24 characters back, not past a sentence end
  let from = Math.max(0, at.start - 24);
  for (let i = at.start - 1; i >= from; i--) {
    if (SENTENCE_END.test(text[i]!)) {
      from = i + 1;
      break;
    }
  }
  const left = text.slice(from, at.start);
  let leftCue: { cue: string; distance: number; index: number } | null = null;
  for (const m of left.matchAll(ROLE_CUE_RE)) {
    leftCue = { cue: m[0], distance: left.length - (m.index + m[0].length), index: from + m.index };
  }
  // right: up to 12 characters (30 in English), not past a clause end
  const english = /[A-Z]/i.test(text[at.end] ?? "") || /[A-Z]/i.test(text[at.end + 1] ?? "");
  let to = Math.min(text.length, at.end + (english ? 30 : 12));
  for (let i = at.end; i < to; i++) {
    if (CLAUSE_END.test(text[i]!)) {
      to = i;
      break;
    }
  }
  const right = text.slice(at.end, to);
  ROLE_CUE_RE.lastIndex = 0;
  const rm = ROLE_CUE_RE.exec(right);
  ROLE_CUE_RE.lastIndex = 0;
  const rightCue = rm ? { cue: rm[0], distance: rm.index, index: at.end + rm.index } : null;

  const cue = !leftCue ? rightCue : !rightCue ? leftCue : rightCue.distance < leftCue.distance ? rightCue : leftCue;
  if (!cue) return { role: "unknown", basis: "unspecified" };
  const role = roleOfCue(cue.cue);
  if (role !== "valuation") return { role, basis: "unspecified" };
  // "投后估值", "post-money valuation of": the basis is in the cue or written just before it
  let basisWord = /投前|投后/.exec(cue.cue)?.[0] ?? null;
  if (!basisWord) {
    for (const m of text.slice(Math.max(0, cue.index - 12), cue.index).matchAll(BASIS_RE)) basisWord = m[0];
  }
  const basis: ValuationBasis = !basisWord ? "unspecified" : /投前|pre/i.test(basisWord) ? "pre" : "post";
  return { role, basis };
}
