import type { Span } from "../../core/span.js";
import { PLACE } from "./registered-names.js";

/**
 * Cutting a run of text into the names it lists: "腾讯、阿里巴巴、吉利资本以及多家国资背景基金" →
 * 腾讯 | 阿里巴巴 | 吉利资本 (the unnamed "多家国资背景基金" is not an investor). Works on clean-text
 * offsets so every name keeps its way back to the source.
 */
export interface NameSpan {
  readonly span: Span;
  readonly text: string;
  /** Marked lead inside the list itself: "国投招商（领投）", "Kleiner Perkins (lead)". */
  readonly lead: boolean;
}

// Separators between names. Strong ones always separate; the weak ones 和 及 与 跟 also occur inside
// names ("安和资本", "和达投资"), so they separate only when both sides are names on their own.
const ZH_SEPARATOR = /以及|[、，,；;]/gu;
const ZH_WEAK_SEPARATOR = /[和及与跟]/gu;
// What is left of a name cut at a weak separator: "安和资本" cut at 和 leaves "资本", not a name.
const BARE_SUFFIX =
  /^(?:资本|投资|创投|基金|集团|控股|科技|医药|生物|资产|证券|银行|产业|创业|金控|资管|基金会|Capital|Ventures|Partners|Fund)$/u;
const EN_SEPARATOR = /\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as|&)\s+/giu;

// Words before a name that are not part of it: "老股东经纬创投", "外部投资者X", "天使投资人周启明", "Existing investors Lux Capital".
const ZH_PREFIX =
  /^(?:[由并且均也亦]|其中|以及|另外|此外|还有|包括|包含|本轮|该轮|此轮|本次|老股东|原股东|现有股东|原有股东|新股东|股东|外部投资者|战略投资者|财务投资者|产业投资者|投资者|投资方|投资机构|机构|知名|员工持股平台|持股平台|产业资本|国资|天使投资人|个人投资者|知名天使投资人|公司董事长|董事长|公司创始人|创始人|公司|集团|旗下|新进|新引入的?|引入的?|继续|持续|还|共同|联合)+/u;
const EN_PREFIX =
  /^(?:(?:and|also|including|include|includes|both|the|from|by|with|existing|returning|current|new|previous|prior|investors?|backers?|as well as)\s+)+/iu;

// Words after a name that are not part of it: "X等", "X等9名投资者", "X作为新股东", "X as a new investor".
const ZH_SUFFIX =
  /(?:等(?:[\d一二三四五六七八九十几多]+[名家位个]?)?(?:机构|投资者|投资方|投资人|财务机构|产业资本|产业方|股东|国资|基金|LP|战略投资者|外部投资者)?|[\d一二三四五六七八九十两]+[名家位个](?:投资者|投资方|机构|股东)|作为(?:新股东|战略投资者|投资方)|为(?:本轮)?(?:领投方|新股东)|(?:继续|持续|共同|[也均亦]|同时|最高|最多|至少|合计|共计|分别|合共|共)+)$|等[^，、。；]{0,8}(?:公司|企业|机构|基金|资本|股东|方)/u;
// "Indonesian conglomerate Sinar Group", "Munich-based X": descriptors before an English name.
const EN_DESCRIPTOR =
  /^(?:[\w.'’-]+-based\s+|(?:[A-Z]?[a-z][\w-]*\s+){0,3}(?:conglomerate|giant|group|company|firm|investor|fund|bank|maker|automaker|insurer|operator|lender|startup)\s+(?=[A-Z]))/u;
const EN_SUFFIX = /(?:\s+(?:as (?:a )?new investors?|also|too|as well|each|both|among others|and others|et al\.?))+$/iu;

// A parenthetical that is not part of the registered name: "（EBRD）", "（以下简称“X”）", "(lead)".
const LEAD_MARK = /[（(](?:领投|领投方|lead|leader|co-lead)[)）]$/iu;
const TRAILING_PAREN = /[（(][^（）()]*[)）]$/u;
const LEGAL_PAREN = /[（(](?:有限合伙|集团|北京|上海|深圳|天津|中国|香港|控股|普通合伙|特殊普通合伙)[)）]$/u;

// An "X旗下Y" or "X的Y": the investor is Y ("宁德时代旗下晨道资本" → 晨道资本).
const UNDER = /旗下的?|下属的?/u;

// Not a name: unnamed parties and quantities ("多家国资背景基金", "一家美元基金", "a group of angels").
const GENERIC =
  /^(?:多家|多位|多名|一家|一位|一名|若干|数家|部分|其他|其它|其余|[某各该]|一些|众多|多个|几家|几位|两家|三家|诸多|外部|相关|新老|本轮|本次|本公司|此轮|上述|地方|当地)|^(?:a|an|several|some|other|various|unnamed|undisclosed|existing|a group of|angel investors|individual investors|investors|backers|the company)\b|^(?:老股东|原股东|现有股东|股东|投资方|投资人|投资者|机构|基金|资本|天使投资人|财务顾问|本轮|新股东|公司|LP|VC|PE)$|(?:股东|投资者|投资人|投资方)$|等地|^(?:后者|前者|对方|双方)$/iu;

export function isGenericName(name: string): boolean {
  return GENERIC.test(name) || name.length < 2 || ONLY_A_PLACE.test(name);
}

// "北京、上海、深圳等地的国资背景基金": a place alone is not an investor
const ONLY_A_PLACE = new RegExp(`^(?:${PLACE.source})$`, "u");

/** Split `text[start, end)` into names, in order. `language` chooses the separators. */
export function splitNames(text: string, start: number, end: number, language: "zh" | "en"): NameSpan[] {
  const out: NameSpan[] = [];
  const sep = language === "zh" ? ZH_SEPARATOR : EN_SEPARATOR;
  const body = text.slice(start, end);
  sep.lastIndex = 0;
  let pos = 0;
  let depth = 0;
  const pieces: Span[] = [];
  // Separators inside parentheses belong to the name ("合肥市产业投资控股（集团）有限公司").
  for (let m = sep.exec(body); m; m = sep.exec(body)) {
    depth = parenDepth(body, pos, m.index, depth);
    if (depth > 0) continue;
    // "Johnson & Johnson", "Andreessen Horowitz": an English "and" between two capitalised words
    // of one name is rare; we split on it anyway and let the lexicon join known names later.
    pieces.push({ start: pos, end: m.index });
    pos = m.index + m[0].length;
    depth = 0;
  }
  pieces.push({ start: pos, end: body.length });
  if (language === "zh") pieces.splice(0, pieces.length, ...pieces.flatMap((p) => splitWeak(body, p)));
  for (const p of pieces) {
    const name = cleanName(body, p.start, p.end, language);
    if (name) out.push({ span: { start: start + name.start, end: start + name.end }, text: body.slice(name.start, name.end), lead: name.lead });
  }
  return out;
}

function splitWeak(body: string, piece: Span): Span[] {
  const out: Span[] = [];
  let start = piece.start;
  const text = body.slice(piece.start, piece.end);
  ZH_WEAK_SEPARATOR.lastIndex = 0;
  for (let m = ZH_WEAK_SEPARATOR.exec(text); m; m = ZH_WEAK_SEPARATOR.exec(text)) {
    const at = piece.start + m.index;
    const next = /[和及与跟]/u.exec(text.slice(m.index + 1));
    const rightEnd = next ? at + 1 + next.index : piece.end;
    const left = cleanName(body, start, at, "zh");
    const right = body.slice(at + 1, rightEnd).trim();
    if (!left || left.end - left.start < 2 || right.length < 2 || BARE_SUFFIX.test(right)) continue;
    out.push({ start, end: at });
    start = at + 1;
  }
  out.push({ start, end: piece.end });
  return out;
}

function parenDepth(s: string, from: number, to: number, depth: number): number {
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && depth > 0) depth--;
  }
  return depth;
}

interface Cleaned {
  start: number;
  end: number;
  lead: boolean;
}

/** Trim a candidate to the name itself, or null when what is left is not a name. */
export function cleanName(s: string, start: number, end: number, language: "zh" | "en"): Cleaned | null {
  let lead = false;
  const trim = () => {
    while (start < end && /[\s“”"'‘’「」《》#@]/u.test(s[start]!)) start++;
    while (end > start && /[\s“”"'‘’「」《》#@。.，,、；;：:]/u.test(s[end - 1]!) && !/\b(?:Kft|Inc|Ltd|Co|Corp|GmbH|S\.A|AG|Pte|Bhd|LLC|L\.P)\.$/u.test(s.slice(start, end))) end--;
  };
  trim();
  for (let guard = 0; guard < 4; guard++) {
    const before = `${start}:${end}`;
    const cur = s.slice(start, end);
    const leadMark = LEAD_MARK.exec(cur);
    if (leadMark) {
      lead = true;
      end -= leadMark[0].length;
    } else if (TRAILING_PAREN.test(cur) && !LEGAL_PAREN.test(cur)) {
      end -= TRAILING_PAREN.exec(cur)![0].length;
    }
    const latin = /^[\u4e00-\u9fff]{2,12}(?:机构|基金|公司|集团|银行|企业)(?=[A-Z])/u.exec(s.slice(start, end));
    if (latin) start += latin[0].length;
    const under = UNDER.exec(s.slice(start, end));
    if (under) start += under.index + under[0].length;
    const prefix = (language === "zh" ? ZH_PREFIX : EN_PREFIX).exec(s.slice(start, end));
    if (prefix) start += prefix[0].length;
    if (language === "en") {
      const desc = EN_DESCRIPTOR.exec(s.slice(start, end));
      if (desc && end - start - desc[0].length >= 2) start += desc[0].length;
      const zhPrefix = ZH_PREFIX.exec(s.slice(start, end));
      if (zhPrefix) start += zhPrefix[0].length;
    }
    const suffix = (language === "zh" ? ZH_SUFFIX : EN_SUFFIX).exec(s.slice(start, end));
    if (suffix) end -= suffix[0].length;
    trim();
    if (`${start}:${end}` === before) break;
  }
  const name = s.slice(start, end);
  if (!name || isGenericName(name) || !looksLikeName(name)) return null;
  // "HongShan, formerly Sequoia Capital China": the former name is an alias, not another investor
  if (language === "en" && /^(?:formerly|previously known as|now called|now)\s/iu.test(s.slice(Math.max(0, start - 30), start).split(",").pop()!.trim() + " ")) return null;
  return { start, end, lead };
}

// A name has letters or CJK, is short, and is not a clause (no verbs of the deal inside).
const CLAUSE_WORD = /领投|跟投|参投|融资|完成|宣布|获得|表示|透露|认购|金额|未披露|投资了|将用于|资金|[不没这那]|的$|的(?!集团|公司|资本|基金|投资|控股|创投)|公告|协议|报告|其实|包含|包括|看来|认为|如果|可能|已经|正在|我们|他们|记者|同意|据此|吸引|等地|机构投资者/u;

function looksLikeName(name: string): boolean {
  if (name.length > 40) return false;
  if (!/\p{L}/u.test(name)) return false;
  if (CLAUSE_WORD.test(name)) return false;
  if (/^[\d.%]+/u.test(name) && !/\p{L}{2}/u.test(name)) return false;
  return true;
}
