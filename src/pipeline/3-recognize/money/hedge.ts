import type { MoneyQualifier } from "../types.js";

/**
 * Hedges are part of the amount as DuEE-Fin writes it ("超5亿元", "近亿元", "2亿元左右",
 * "25亿美金摆布"); connectives are not ("估值达25亿美元" → "25亿美元").
 */

/** A hedge ending right where the amount (or its currency) starts. Tested on a short slice. */
export const HEDGE_BEFORE_RE =
  /(?:大约|约合|[约逾上]|将近|接近|(?<![最附靠邻])近|超过|突破|(?<!高)超|(?<![通经不越跨错难记度])过|不到|不足|不超过|不低于|不少于|至少|最少|最高|最多|多于|高于|低于|少于|(?<![A-Z])(?:about|around|approximately|roughly|nearly|almost|more than|over|at least|up to|less than|under|just over|just under|some|close to|upwards of|north of) ?)$/i;

/** A hedge right after the amount: "2亿元左右", "1亿元以上"; 上下游 and 以下简称 are not hedges. */
export const HEDGE_AFTER_RE = /左右|摆布|上下(?![游级文])|以上|以下(?!简称)|以内/y;

/** Connectives between a cue and the amount, left out of the span: "估值达", "约为". */
export const CONNECTIVE_BEFORE_RE = /(?:达到|高达|多达|[达为是在])$/;

/**
 * A figure called conservative is a floor: "8亿美金实际上是一个相对保守的数字". 守旧 is how
 * spun reposts write 保守.
 */
export const CONSERVATIVE_AFTER_RE = /[^，。；！？,;!?]{0,14}?(?:保守|守旧)的?(?:数字|估计|估算|数据|说法)/y;
export const CONSERVATIVE_BEFORE_RE = /保守(?:估计|估算|来看|地说)(?:为|是)?$/;

const QUALIFIER: Readonly<Record<string, MoneyQualifier>> = {
  大约: "about", 约合: "about", 约: "about", 左右: "about", 摆布: "about", 上下: "about",
  about: "about", around: "about", approximately: "about", roughly: "about", some: "about",
  超过: "at_least", 突破: "at_least", 超: "at_least", 逾: "at_least", 过: "at_least", 不低于: "at_least",
  不少于: "at_least", 至少: "at_least", 最少: "at_least", 多于: "at_least", 高于: "at_least", 上: "at_least",
  以上: "at_least", "more than": "at_least", over: "at_least", "at least": "at_least", "just over": "at_least",
  "upwards of": "at_least", "north of": "at_least",
  将近: "at_most", 接近: "at_most", 近: "at_most", 不到: "at_most", 不足: "at_most", 不超过: "at_most",
  最高: "at_most", 最多: "at_most", 低于: "at_most", 少于: "at_most", 以下: "at_most", 以内: "at_most",
  nearly: "at_most", almost: "at_most", "up to": "at_most", "less than": "at_most", under: "at_most",
  "just under": "at_most", "close to": "at_most",
};

export function qualifierOf(hedge: string): MoneyQualifier | null {
  // (the words the regexes find are mostly keys as written: no trimming and lowering for those)
  return (Object.hasOwn(QUALIFIER, hedge) ? QUALIFIER[hedge] : undefined) ?? QUALIFIER[hedge.trim().toLowerCase()] ?? null;
}
