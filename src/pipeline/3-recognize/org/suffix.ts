import { CharSet } from "../charset.js";
import type { OrgKind } from "../types.js";
import { GOVERNMENT_MARKERS, INDUSTRY } from "./words.js";

/**
 * Endings that make a name an organization, and what kind each one suggests. Order inside
 * each alternation does not matter: the scan keeps the longest candidate in the end.
 */
export type SuffixClass = "registered" | "investor" | "fund" | "corporate" | "company" | "bank" | "institute" | "industry";

const REGISTERED = [
  // "速帆国际物流（深圳）有限公司", "合肥市产业投资控股（集团）有限公司"
  "(?:[（(][\\u4e00-\\u9fff]{2,3}[)）])?(?:股份有限公司|有限责任公司|有限公司)",
  // "深圳市红土智能股权投资基金合伙企业（有限合伙）"
  "合伙企业[（(]有限合伙[)）]",
  "[（(]有限合伙[)）]",
];
// "国家集成电路产业投资基金二期", "青岛市天使投资引导基金"
const FUND_KINDS = ["产业投资", "创业投资", "股权投资", "投资", "引导", "产业", "母", "发展", "种子", "天使", "创投", "科创", "成长"];
const FUND = [`(?:${FUND_KINDS.join("|")})?基金(?:[一二三四五六]期)?`];
// "合肥产投", "陕西金控", "湖北高投", "临港科投": the short names of state investment platforms.
export const PLATFORM = ["产投", "金控", "科投", "高投", "城投", "交投", "建投", "投控", "国投"];
// "…财产投资基金", "中电科投资": a platform ending never runs on into 资.
const INVESTOR = ["资本管理", "投资管理", "资产管理", "股权投资", "创业投资", "创投", "资本", "风投", "投资", `(?:${PLATFORM.join("|")})(?!资)`];
const CORPORATE = ["控股集团", "投资集团", "发展集团", "产业集团", "集团", "控股"];
const COMPANY = ["科技", "技术", "股份"];
const BANK = ["银行", "证券"];
const INSTITUTE = ["研究院", "研究所", "实验室", "基金会"];
const INDUSTRY_WORDS = [...INDUSTRY].filter((w) => w !== "科技" && w !== "技术").sort((a, b) => b.length - a.length);

const CLASSES: [SuffixClass, string[]][] = [
  ["registered", REGISTERED],
  ["institute", INSTITUTE],
  ["fund", FUND],
  ["corporate", CORPORATE],
  ["investor", INVESTOR],
  ["bank", BANK],
  ["company", COMPANY],
  ["industry", INDUSTRY_WORDS],
];

/** One regex for every ending (no groups: match objects stay small); `suffixClassOf` sorts them. */
export const SUFFIX_RE = new RegExp(CLASSES.map(([, alts]) => alts.join("|")).join("|"), "gu");
const SUFFIX_AT = new RegExp(SUFFIX_RE.source, "uy");

/**
 * The first two characters of every ending SUFFIX_RE can match (its alternatives are literal
 * words but for the optional bracket of REGISTERED, the optional kind before 基金 and the lookahead
 * after a platform), hashed into a bit set; brackets ("（", "(") can open an ending too.
 */
const pairKey = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
const OPENS = new CharSet();
/** The first characters alone (a cheaper test that most characters fail), brackets included. */
const FIRSTS = new CharSet(["（("]);
for (const w of [
  "股份有限公司", "有限责任公司", "有限公司", "合伙企业", "基金", ...FUND_KINDS.map((k) => `${k}基金`),
  ...PLATFORM, ...[INSTITUTE, CORPORATE, INVESTOR, BANK, COMPANY, INDUSTRY_WORDS].flat().filter((a) => /^[\u4e00-\u9fff]+$/u.test(a)),
]) {
  OPENS.add(pairKey(w.charCodeAt(0), w.charCodeAt(1)));
  FIRSTS.add(w.charCodeAt(0));
}

/**
 * The matches of SUFFIX_RE in `text`, in order, as `matchAll` gives them: a match can start only
 * where the table admits the first two characters, so the regex is tried (anchored) only there.
 */
export function suffixMatches(text: string): { readonly index: number; readonly ending: string }[] {
  const out: { index: number; ending: string }[] = [];
  const n = text.length - 1;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (FIRSTS.has(c) && (OPENS.has(pairKey(c, text.charCodeAt(i + 1))) || c === 0xff08 || c === 0x28)) {
      SUFFIX_AT.lastIndex = i;
      const m = SUFFIX_AT.exec(text);
      if (m) {
        out.push({ index: i, ending: m[0] });
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  return out;
}
const CLASS_RES = CLASSES.map(([c, alts]) => [c, new RegExp(`^(?:${alts.join("|")})$`, "u")] as const);
const classCache = new Map<string, SuffixClass | null>();

/** The class of an ending the scan found (classes are tried in the order of `CLASSES`). */
export function suffixClassOf(ending: string): SuffixClass | null {
  let cls = classCache.get(ending);
  if (cls === undefined) {
    cls = CLASS_RES.find(([, re]) => re.test(ending))?.[0] ?? null;
    classCache.set(ending, cls);
  }
  return cls;
}

/**
 * What follows an ending when the ending is really a common word: "资本市场", "投资人",
 * "控股股东", "科技股", "投资了该公司". Checked against the text right after the ending.
 */
const NOT_AN_END: Partial<Record<string, RegExp>> = {
  资本: /^(?:市场|运作|[化金家圈方]|主义|开支|支出|结构|充足|回报|公积|寒冬|青睐|退出|实力|助力|加持)/,
  投资: /^(?:[人者方界额款了过于到的后前中时该这此其本一两多数超近约逾亿千百万0-9]|机构|领域|逻辑|策略|理念|热情|回报|收益|价值|风险|主体|项目|标的|组合|计划|金额|总额|规模|协议|决策)/u,
  创投: /^(?:[圈界人]|机构|行业|市场)/,
  控股: /^(?:股东|子公司|[权的了0-9]|地位|比例)/u,
  集团: /^(?:化|军)/,
  科技: /^(?:[股园馆感界圈部厅局]|创新|成果|领域|行业|巨头|含量|水平|实力|赋能|金融|日报|周刊|人才|伦理|自立|自强|强国)/,
  技术: /^(?:路线|路径|方案|团队|人员|突破|水平|实力|优势|壁垒|积累|领域|研发|能力|创新|服务|支持|转让|许可|授权)/,
  股份: /^(?:有限|[制数的]|合作|公司|转让|回购|支付|比例)/,
  银行: /^(?:[业卡间家股]|账户|贷款|系统|理财)/,
  证券: /^(?:化|市场|交易|账户|投资|公司|行业|业)/,
};

/** Does the ending `suffix`, ending at `e` in `text`, end a name (is what follows not the rest of a common word)? */
export function endsHere(suffix: string, text: string, e: number): boolean {
  const re = NOT_AN_END[suffix] ?? (suffix.endsWith("基金") ? FUND_NOT_AN_END : null);
  return !re || !re.test(text.slice(e, e + 6));
}
const FUND_NOT_AN_END = /^(?:经理|份额|净值|募集|产品|业绩)/;

/** The kind a name's ending and words suggest ("杭州市引导基金" → government). */
export function kindOf(cls: SuffixClass, name: string, afterPlace: string, localPlace: boolean): OrgKind {
  const government = (localPlace || /^(?:国家|中央)/.test(name)) && GOVERNMENT_MARKERS.test(afterPlace);
  switch (cls) {
    case "fund":
      return government ? "government" : "fund";
    case "corporate":
      return government ? "government" : "corporate";
    case "investor":
      return government ? "government" : "investor";
    case "bank":
      return "bank";
    case "institute":
      return "unknown";
    case "company":
    case "industry":
      return "company";
    case "registered":
      if (government) return "government";
      if (/银行|证券/.test(name)) return "bank";
      if (/基金|合伙企业/.test(name)) return "fund";
      if (/资本|创投|投资|资产管理/.test(name)) return "investor";
      if (/集团|控股/.test(name)) return "corporate";
      return "company";
  }
}
