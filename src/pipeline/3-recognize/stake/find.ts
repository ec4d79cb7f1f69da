import type { Span } from "../../../core/span.js";
import { moneyValue } from "../money/find.js";
import { HEDGE_BEFORE_RE, qualifierOf } from "../money/hedge.js";
import { parseNumber, type NumberValue } from "../numbers/index.js";
import type { MoneyQualifier, Stake } from "../types.js";
import { allMatches } from "../scan.js";

/**
 * Stakes: a percentage that the words around it tie to shares ("持股40%", "所占股权比也不到20%",
 * "股权比例由80%降至64%", "a 40% stake"). Stock quotes ("涨2.3%"), growth and interest rates are
 * percentages too, but not stakes.
 */
export const PERCENT_RE =
  /(?<![\d.])(?<a>\d+(?:\.\d+)?)(?:(?:\s?%)?\s?[~～至到-]\s?(?<b>\d+(?:\.\d+)?))?\s?%|百分之(?<cn>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/g;

/** Words that tie a percentage to shares, before it (same clause) … */
export const STAKE_BEFORE_RE = /持股|持有|占股|所占股|所持股|股权|股份(?!有限|公司)|股比|控股|出让|转让|受让|稀释|摊薄|认购|入股|\b(?:stake|equity|ownership|owns?|holds?|holding)\b/gi;
/** … or right after it: "15%的股权", "a 40% stake". */
export const STAKE_AFTER_RE = /\s?的?(?:股权|股份|股|stake|equity|ownership|interest|of the company|of its shares)/y;
/** Market words: a percentage right after them is a quote or a rate. */
export const QUOTE_BEFORE_RE = /涨幅|跌幅|上涨|下跌|涨|跌|同比|环比|利率|收益率|毛利率|净利率|回报率|增速|增长|\b(?:up|down|rose|fell|gained|dropped|grew|yield|rate)\b/gi;
export const HEDGE_AFTER_RE = /左右|以上|以下(?!简称)|以内/y;

/** The holder is written right before the verb: "腾讯持股15%", "阿里在MiniMax所占股权比…". */
export const HOLDER_VERB_RE = /(?:持股|持有|占股|所占|所持|拥有|\b(?:owns|holds|will own|will hold)\b)/g;
export const HOLDER_STOP = /[的了是为和与及、，,。；;：:“”"'《》()（）\s将也则已仍共后且并而但还又再就都只]/;
/** Adverbs between the holder and the verb: "投资方合计占股30%", "腾讯目前持股". */
export const HOLDER_ADVERB_RE = /(?:合计|共计|累计|分别|目前|[现仍将也则已共所]|直接|间接)$/;
/** "…持股40%的单一大股东": the name before is the company whose shares are held, not the holder. */
export const SHAREHOLDER_AFTER_RE = /^的?[^，。；,;]{0,6}股东/;

export const CLAUSE_END = /[，,。；;！!？?\n]/;

export interface StakeHit {
  readonly span: Span;
  readonly value: Stake;
}

function chinesePercent(s: string): NumberValue | null {
  const [whole, frac] = s.split("点");
  const w = parseNumber(whole!);
  if (!w) return null;
  if (frac === undefined) return w;
  const f = parseNumber(frac);
  if (!f) return null;
  const v = w.min + Number(`0.${String(f.min).padStart(frac.length, "0")}`);
  return { min: v, max: v };
}

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  re.lastIndex = 0;
  return last;
}

function clauseStart(text: string, at: number, max: number): number {
  const from = Math.max(0, at - max);
  for (let i = at - 1; i >= from; i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return from;
}

function findHolder(text: string, from: number, upTo: number, spanEnd: number): Span | null {
  const left = text.slice(from, upTo);
  const verb = lastMatch(HOLDER_VERB_RE, left);
  if (!verb) return null;
  if (SHAREHOLDER_AFTER_RE.test(text.slice(spanEnd, spanEnd + 10))) return null;
  let end = from + verb.index;
  if (/^[a-z]/i.test(verb[0])) return englishHolder(text, from, end);
  // "阿里在MiniMax所占…": the holder is before 在
  const zai = text.slice(Math.max(from, end - 24), end).lastIndexOf("在");
  if (zai >= 0) end = Math.max(from, end - 24) + zai;
  for (let m = HOLDER_ADVERB_RE.exec(text.slice(from, end)); m; m = HOLDER_ADVERB_RE.exec(text.slice(from, end))) end -= m[0].length;
  let start = end;
  while (start > from && !HOLDER_STOP.test(text[start - 1]!)) start--;
  return end - start >= 2 && end - start <= 24 ? { start, end } : null;
}

/** "Alibaba Group owns a 40% stake": up to four capitalized words right before the verb. */
function englishHolder(text: string, from: number, verbAt: number): Span | null {
  const left = text.slice(from, verbAt).trimEnd();
  const words = left.split(" ");
  let n = 0;
  while (n < 4 && n < words.length && /^[A-Z][\w&.-]*$/.test(words[words.length - 1 - n]!)) n++;
  if (n === 0) return null;
  const end = from + left.length;
  return { start: end - words.slice(-n).join(" ").length, end };
}

export function scanStakes(text: string): StakeHit[] {
  const out: StakeHit[] = [];
  for (const m of allMatches(PERCENT_RE, text)) {
    const g = m.groups!;
    let start = m.index;
    let end = m.index + m[0].length;
    let n: NumberValue | null;
    if (g.cn !== undefined) n = chinesePercent(g.cn);
    else {
      const a = Number(g.a);
      const b = g.b !== undefined ? Number(g.b) : a;
      n = a <= b ? { min: a, max: b } : null;
    }
    if (!n || n.max > 100) continue;

    const from = clauseStart(text, start, 40);
    const left = text.slice(from, start);
    let hedge: MoneyQualifier | null = null;
    const hb = HEDGE_BEFORE_RE.exec(left.slice(-8));
    if (hb && hb[0] !== "上" && hb[0] !== "过") {
      hedge = qualifierOf(hb[0]);
      start -= hb[0].length;
    }
    const ha = (HEDGE_AFTER_RE.lastIndex = end, HEDGE_AFTER_RE.exec(text));
    HEDGE_AFTER_RE.lastIndex = 0;
    if (ha) {
      hedge ??= qualifierOf(ha[0]);
      end += ha[0].length;
    }

    STAKE_AFTER_RE.lastIndex = end;
    const after = STAKE_AFTER_RE.test(text);
    STAKE_AFTER_RE.lastIndex = 0;
    const cue = lastMatch(STAKE_BEFORE_RE, left);
    const quote = lastMatch(QUOTE_BEFORE_RE, left);
    const cueAt = cue ? cue.index + cue[0].length : -1;
    const quoteAt = quote ? quote.index + quote[0].length : -1;
    if (!after && !(cue && cueAt > quoteAt)) continue;

    const v = moneyValue(n, hedge, null);
    out.push({
      span: { start, end },
      value: {
        percent: n.min === n.max ? n.min : null,
        min: v.min,
        max: v.max,
        qualifier: v.qualifier,
        holderSpan: findHolder(text, from, start, end),
      },
    });
  }
  return out;
}
