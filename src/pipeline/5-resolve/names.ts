import * as OpenCC from "opencc-js/t2cn";

/**
 * Name keys: the strings entity resolution compares. Two names with the same key are the same
 * name written differently (script, width, case, spacing, punctuation, legal form); two names
 * with the same *core* only look alike, which is weak evidence and never merges on its own.
 */

// One converter for every Traditional variant: "騰訊" → "腾讯", "智譜" → "智谱".
const t2s = OpenCC.Converter({ from: "hk", to: "cn" });

export function toSimplified(text: string): string {
  return t2s(text);
}

// Names repeat (the same investors in every other report): remember the last few thousand.
function memo<T>(f: (name: string) => T, size = 20_000): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    let v = cache.get(name);
    if (v === undefined && !cache.has(name)) {
      v = f(name);
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      cache.set(name, v);
    }
    return v as T;
  };
}

// "Mistral AI SAS", "Acme, Inc." → the legal form is not part of the name.
const LATIN_LEGAL = new Set([
  "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp", "plc",
  "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "pte", "pty", "kk", "oy", "ab", "spa", "srl",
]);
// "北京月之暗面科技有限公司" ends with a legal form; the remainder must still be a name (≥ 2 chars).
const CJK_LEGAL = /(?:股份有限公司|有限责任公司|有限公司|公司)$/u;

/** Lower-case words of a name: NFKC (full-width → ASCII), Simplified script, punctuation dropped. */
function words(name: string): string[] {
  const s = toSimplified(name.normalize("NFKC")).toLowerCase();
  return s.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
}

function stripLegal(ws: string[]): string[] {
  const out = [...ws];
  while (out.length > 1 && LATIN_LEGAL.has(out[out.length - 1]!)) out.pop();
  const last = out[out.length - 1];
  if (last !== undefined) {
    const cut = last.replace(CJK_LEGAL, "");
    if (cut !== last && [...cut].length >= 2) out[out.length - 1] = cut;
  }
  return out;
}

/** The strong key: "騰訊控股有限公司" and "腾讯控股" share one; "Moonshot AI" = "MoonshotAI". */
export const nameKey = memo((name: string): string => stripLegal(words(name)).join(""));

// Words that describe rather than name: a place before the trade name, a trade after it.
// "上海稀宇科技" → "稀宇"; "腾讯投资" → "腾讯"; "Moonshot AI" → "moonshot".
const PLACES =
  "北京|上海|天津|重庆|深圳|广州|杭州|南京|苏州|成都|武汉|西安|合肥|长沙|厦门|青岛|宁波|无锡|珠海|东莞|佛山|郑州|济南|福州|" +
  "香港|澳门|台湾|台北|新加坡|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|" +
  "云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|中国";
const CJK_PLACE = new RegExp(`^(?:${PLACES})(?:市|省)?`, "u");
const CJK_TRADE =
  /(?:网络科技|信息科技|智能科技|信息技术|人工智能|科技|技术|智能|网络|信息|软件|集团|控股|投资|资本|创投|基金|传媒|文化|中国|ai)$/u;
const LATIN_TRADE = new Set([
  "ai", "technology", "technologies", "tech", "group", "holdings", "holding", "labs", "lab", "intelligence",
  "capital", "ventures", "venture", "partners", "investment", "investments", "management", "fund", "china", "global",
]);

/** Every pattern of this module, for the ReDoS walk in test/redos.test.ts. */
export const NAME_PATTERNS = { CJK_LEGAL, CJK_PLACE, CJK_TRADE };

/**
 * The weak key: what is left after places, trades and legal forms. Equal cores make a candidate
 * link ("北京月之暗面科技有限公司" ~ "月之暗面"), never a merge ("腾讯音乐" is not "腾讯").
 * Null when too little is left to compare.
 */
export const coreKey = memo(coreKeyOf);

function coreKeyOf(name: string): string | null {
  const ws = stripLegal(words(name));
  while (ws.length > 1 && LATIN_TRADE.has(ws[ws.length - 1]!)) ws.pop();
  let s = ws.join("");
  if (/\p{Script=Han}/u.test(s)) {
    const placeless = s.replace(CJK_PLACE, "");
    if ([...placeless].length >= 2) s = placeless;
    // one trade word at a time ("网络科技集团"): a repeated group before `$` would backtrack
    for (let t = s.replace(CJK_TRADE, ""); t !== s && [...t].length >= 2; t = s.replace(CJK_TRADE, "")) s = t;
  }
  const n = [...s].length;
  const enough = /\p{Script=Han}/u.test(s) ? n >= 2 : n >= 3;
  return enough ? s : null;
}

/** Display form of a name: Simplified script, NFKC, single spaces. */
export const displayName = memo((name: string): string => toSimplified(name.normalize("NFKC")).replace(/\s+/gu, " ").trim());
