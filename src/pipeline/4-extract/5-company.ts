import type { Span } from "../../core/span.js";
import { cleanName, isGenericName } from "./3-names.js";
import { lexicon } from "../2-normalize/lexicon.js";
import { findRegisteredNames } from "./registered-names.js";

/**
 * The company that raises: in Chinese news the subject before the verb ("深圳云帆智能科技有限公司
 * 近日完成…"), after stripping what comes before it (sources, dates, "据悉") and the descriptor
 * in front of the name ("AI写作工具开发商", "宠物医疗连锁品牌", "专注…的"); in English the name
 * before "raises"/"has secured" or before an appositive ("Kestrel Dynamics, a … maker, has raised").
 */

// Before the subject: "36氪获悉，", "据投资界消息，", "记者从…获悉，", "11月28日，", "近日，", "其中，".
// One at a time, repeated (a loop instead of a `(…)+` group keeps the alternatives from backtracking
// into each other).
const ZH_LEAD_IN_ONE = new RegExp(
  `^(?:${[
    String.raw`[[【][^\]】]{0,12}[\]】]`,
    String.raw`据[^，。]{0,12}?(?:消息|报道|了解|获悉|透露|统计|披露|介绍|公告)`,
    String.raw`[^，。]{0,12}?(?:获悉|了解到|\d{1,2}日电)`,
    "(?:此前|早前|日前|近日)?有(?:媒体|消息|报道|传闻|文章)(?:报道|称|指出)?|市场(?:一度|此前)?传出|媒体报道|另一家|一家|同为",
    String.raw`[\d一二三四五六七八九十]{1,2}[.、)）]|[（(][\d一二三四五六七八九十]{1,2}[)）]|其[一二三四五六七八九十]{1,2}|[◆▶►●·•▪➤*-]`,
    "记者从|此外|另外|其中|同时|与此同时|同日|而且?|另据|据悉|此前|最终|公告显示",
    String.raw`\d{1,4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日(?:晚间|早间|上午|下午)?`,
    String.raw`今年[\d一二三四五六七八九十]{1,2}月(?:[上中下]旬)?|去年[\d一二三四五六七八九十]{1,2}月|近日|日前|今日|近期|昨日|昨天|今天`,
  ].join("|")})${String.raw`\s*[，,]?\s*`}`,
  "u",
);

// Between the subject and the verb: "近日", "已于10月", "宣布", "于2024年9月", "今日宣布".
const ZH_TRAILING_ONE = new RegExp(
  `(?:${[
    String.raw`成立[^，。]{0,6}(?:以来|来)|[^，。于在]{0,3}内|(?:获得的?)?融资(?:总?额)?|股权融资`,
    // the security after the issuer: "…有限公司2024年度第二期中期票据", "…公司向不特定对象发行可转换公司债券"
    String.raw`(?:绿色|科技创新|超短期|中期|公司|可转换公司|高级无抵押|碳中和)?(?:债券|票据|融资券)(?:[（(][^）)]{0,8}[)）])?|第[一二三四五六七八九十\d]{1,2}期|\d{4}年度?|面向[^，。]{0,10}(?:公开)?发行|向[^，。]{0,10}发行`,
    "新一轮|本轮|对外|向外界|发布公告|发布声明|公告|忽然|突然|传出|被曝出|被曝|曝出|被传|正在|首次|终于|刚刚|目前|此前|已经|正式|宣布|成功|顺利|先后|连续|再次|同样|累计",
    "近日|日前|今日|近期|昨日|昨天|今天|本周|上周|本月|上月|上个月|这个月|今年|去年|前年|客岁|本年|当年|春节后|[上中下]旬|[已又也还则共均将底末初才的]",
    String.raw`于[^，。；]{0,14}|在[^，。；]{0,10}`,
    String.raw`[\d一二三四五六七八九十]{1,4}年|[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,2}日)?(?:晚间|早间)?`,
  ].join("|")})$`,
  "u",
);

// Descriptor heads that end a description before the name: "…开发商", "…品牌", "…公司", "…的".
const DESCRIPTOR_HEAD =
  /(?:[服务供应开发运营制造生产集成设备提渠道零售方案材料解决器械]商|企业|品牌|平台|初创公司|创企|新锐|独角兽|母公司|子公司|公司|工具|应用|厂商|服务商|连锁|团队|机构|项目|玩家|创业公司|科技公司|技术公司|新势力|背后的|旗下的?|的)(?=[^，。]{2,}$)/gu;

const QUOTED = /[“"「『]([^”"」』]{2,30})[”"」』]/gu;

export interface CompanyCandidate {
  readonly span: Span;
  /** An alias written beside the name: "上海拾光智能科技有限公司（拾光AI）". */
  readonly alias: Span | null;
}

/** The subject of a Chinese financing clause, from the clause start to the verb at `verbAt`. */
export function subjectZh(text: string, clauseStart: number, verbAt: number, known: readonly Span[] = []): CompanyCandidate | null {
  const { start, end } = subjectRangeZh(text, clauseStart, verbAt);
  if (end - start < 2) return null;
  return nameInSubject(text, start, end, known);
}

/**
 * The words standing as the subject, once sources, times and adverbs are cut away
 * ("据悉，今年4月，锐宁医疗已于…" → "锐宁医疗"); empty when the clause has no subject of its own.
 */
export function subjectRangeZh(text: string, clauseStart: number, verbAt: number): Span {
  let start = clauseStart;
  let end = verbAt;
  while (end > start && /[“"「『\s]/u.test(text[end - 1]!)) end--;
  let s = text.slice(start, end);
  // strip lead-ins and trailing adverbs, one piece at a time, until nothing changes
  for (let guard = 0; guard < 12; guard++) {
    const lead = ZH_LEAD_IN_ONE.exec(s);
    if (lead && lead[0].length && lead[0].length < s.length) {
      start += lead[0].length;
      s = text.slice(start, end);
      continue;
    }
    const trail = ZH_TRAILING_ONE.exec(s);
    if (trail && trail[0].length && trail.index > 0) {
      end -= trail[0].length;
      s = text.slice(start, end);
      continue;
    }
    break;
  }
  return { start, end };
}

// A pronoun or a reference back to the company the text is about: its antecedent decides.
const REFERS_BACK = /^(?:公司|该公司|本公司|其|它|该企业|这家公司|该集团|集团|后者|前者|标的公司|对方|双方)?$/u;

/**
 * The subject is a noun phrase of its own ("中国出海企业", "这家新公司"), not a pronoun and not a
 * stray verb phrase, so no antecedent may stand in for it.
 */
export function namesItsOwnSubject(text: string, span: Span): boolean {
  const s = text.slice(span.start, span.end).replace(/[，,\s“”"]/gu, "");
  if (REFERS_BACK.test(s)) return false;
  const last = lexicon().tag(s, true).at(-1);
  return last !== undefined && NOUNISH.has(last.tag);
}

function nameInSubject(text: string, start: number, end: number, known: readonly Span[]): CompanyCandidate | null {
  let s = text.slice(start, end);
  // "…（以下简称“云帆智能”）" or "…（拾光AI）" right after the name: keep it as an alias.
  let alias: Span | null = null;
  const paren = /[（(]([^（）()]{1,30})[)）]$/u.exec(s);
  if (paren && !/有限合伙|集团|北京|上海|深圳/u.test(paren[1]!)) {
    const inner = /(?:以下简称|简称)?[：:]?[“"「]?([^”"」）)]{2,20})[”"」]?/u.exec(paren[1]!);
    if (inner) {
      const innerStart = end - paren[0].length + 1 + paren[1]!.indexOf(inner[1]!);
      alias = { start: innerStart, end: innerStart + inner[1]!.length };
    }
    end -= paren[0].length;
    s = text.slice(start, end);
  }

  // A quoted brand at the end: "社区团餐SaaS服务商“饭有谱”".
  const quotes = [...s.matchAll(QUOTED)];
  const lastQuote = quotes.at(-1);
  if (lastQuote && lastQuote.index + lastQuote[0].length >= s.length - 1) {
    const qs = start + lastQuote.index + 1;
    return validate(text, { start: qs, end: qs + lastQuote[1]!.length }, alias, true);
  }

  // A registered name at the end of the subject wins over the words around it.
  const registered = findRegisteredNames(text, { start, end }, known).at(-1);
  if (registered && registered.end === end) return validate(text, registered, alias);

  // Otherwise cut the descriptor in front of the name: "宠物医疗连锁品牌萌爪宠物" → 萌爪宠物.
  const nameStart = trimDescriptor(s, 0, s.length);
  return validate(text, { start: start + nameStart, end }, alias);
}

// The name starts after the last descriptor head ("AI写作工具开发商上海拾光…" → "上海拾光…").
function trimDescriptor(s: string, from: number, to: number): number {
  let best = from;
  const region = s.slice(0, to);
  DESCRIPTOR_HEAD.lastIndex = 0;
  for (let m = DESCRIPTOR_HEAD.exec(region); m; m = DESCRIPTOR_HEAD.exec(region)) best = Math.max(best, m.index + m[0].length);
  return best;
}

/** `quoted`: the text put the name in quotes ("“喵管家”"), which is evidence enough that it is a name. */
function validate(text: string, span: Span, alias: Span | null, quoted = false): CompanyCandidate | null {
  const cleaned = cleanName(text, span.start, span.end, /[\u4e00-\u9fff]/u.test(text.slice(span.start, span.end)) ? "zh" : "en");
  if (!cleaned) return null;
  const name = text.slice(cleaned.start, cleaned.end);
  if (isGenericName(name) || !(quoted ? notAReference(name) : isCompanyLike(name))) return null;
  return { span: { start: cleaned.start, end: cleaned.end }, alias };
}

// Pronouns and generic nouns are not a company ("公司", "该公司", "其", "本公司", "标的公司").
const NOT_COMPANY = /^(?:(?:这家|[该某其这那本母子]|一家|另一家|标的|附属)[^，。]{0,6}(?:公司|企业|机构|基金)|(?:此次|本次|本轮|此轮|该轮|这笔|该笔|这轮|这一轮)[^，。]{0,8}|[^，。]{0,6}(?:消息|报道|传闻)[^，。]{0,3}|公司|其|对方|双方|企业|他们|它|后者|前者|我们|记者|投资人|投资方|目前)$/u;

function notAReference(name: string): boolean {
  return !NOT_COMPANY.test(name) && name.length <= 40;
}

export function isCompanyLike(name: string): boolean {
  if (NOT_COMPANY.test(name)) return false;
  if (name.length < 2 || name.length > 40) return false;
  if (/[，。；！？]/u.test(name)) return false;
  if (/(?:增资|融资|投资|发行|募资|募集|工作|事项|计划|情况|结果|方案|报告书?)$/u.test(name)) return false;
  if (/^(?:Pre-)?[A-Za-z]\d?\+*轮|^(?:天使|种子|战略)轮?$/u.test(name)) return false;
  return plausibleName(name);
}

// Parts of speech that never open a company name: adverbs (已, 则), prepositions (据, 被), time words
// (今年, 同日), conjunctions, pronouns, classifiers.
const NEVER_FIRST = new Set(["d", "p", "t", "c", "r", "q", "u", "f", "y"]);
const NOUNISH = new Set(["n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "j", "eng", "x", "l", "i"]);

/**
 * A brand without a legal suffix is still a name, not a common word: "萌爪宠物", "声桥", "小米" pass;
 * "依然", "同日", "上半年园区", "据公司", "专业" do not. jieba's tags and dictionary counts decide.
 */
function plausibleName(name: string): boolean {
  if (/[A-Za-z]{2}/u.test(name) || /(?:有限公司|有限合伙[)）]|集团)$/u.test(name)) return true;
  if (/^第[\d一二三四五六七八九十]|^[\d一二三四五六七八九十]+[年月日期只家个轮]/u.test(name)) return false;
  const tags = lexicon().tag(name, true);
  const first = tags[0];
  if (!first) return false;
  if (NEVER_FIRST.has(first.tag) || first.word === "有") return false;
  if (tags.length === 1 && (lexicon().freq(name) > 1000 || !NOUNISH.has(first.tag))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// English

// "Kestrel Dynamics, a … maker, has raised", "Moonshot AI (月之暗面), the Beijing start-up …"
const EN_APPOSITIVE = /^([A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9&][\w.&'’-]*){0,5})(?:\s*\([^()]{1,30}\))?,\s+(?:a|an|the|which|whose|one of|founded|based|backed|headquartered|known)\b/u;
// Before the subject: a dateline ("SALINAS, Calif., March 4, 2024 /PRNewswire/ --"), a list marker or item date ("• March 5:").
const EN_LEAD_IN = /^(?:[^\n]{0,80}?\s(?:--|—)\s+|\s*(?:[•·*-]|\d{1,2}[.)])\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?:\s*)?/u;
// Descriptors in front of an English name: "Munich-based", "Stockholm's", "Indonesian conglomerate", "Voice-agent startup".
const EN_DESCRIPTOR =
  /^(?:[\w.'’-]+-based\s+|[A-Z][\w.-]*['’]s\s+|(?:[A-Z]?[a-z][\w-]*\s+){0,4}(?:startup|start-up|company|maker|developer|provider|firm|platform|conglomerate|group|giant|unicorn|lab|outfit|operator|specialist|manufacturer|designer|creator|builder|supplier|retailer|app|service|biotech|fintech)\s+)+/u;
const EN_SUBJECT_TAIL =
  /\s+(?:said|says|announced|announces|has|have|had|it|on|today|yesterday|this week|last week|on \w+day|also|now|just|recently|has now|officially|finally)(?:\s+(?:said|says|announced|it|has|have|had|on|\w+day|that))*\s*$/iu;

/** The name a sentence opens on, when an appositive follows it ("01.AI (零一万物), the … start-up, …"). */
export function appositiveEn(text: string, sentence: { span: Span }): CompanyCandidate | null {
  const m = EN_APPOSITIVE.exec(text.slice(sentence.span.start, sentence.span.end));
  return m ? validate(text, { start: sentence.span.start, end: sentence.span.start + m[1]!.length }, null) : null;
}

/** The subject of an English financing sentence, from the sentence start to the verb at `verbAt`. */
export function subjectEn(text: string, sentenceStart: number, verbAt: number): CompanyCandidate | null {
  const lead = EN_LEAD_IN.exec(text.slice(sentenceStart, verbAt));
  if (lead) sentenceStart += lead[0].length;
  const desc = EN_DESCRIPTOR.exec(text.slice(sentenceStart, verbAt));
  if (desc && verbAt - sentenceStart - desc[0].length > 1) sentenceStart += desc[0].length;
  const s = text.slice(sentenceStart, verbAt);
  const appositive = EN_APPOSITIVE.exec(s);
  if (appositive) return validate(text, { start: sentenceStart, end: sentenceStart + appositive[1]!.length }, null);
  let head = s.replace(/[\s,]+$/u, "");
  const tail = EN_SUBJECT_TAIL.exec(head);
  if (tail) head = head.slice(0, tail.index);
  // The name is the last run of capitalised words: "Munich-based Halcyon Bio", "… company xAI".
  const m = /((?:[A-Z0-9][\w.&'’-]*|[a-z]+[A-Z][\w.&'’-]*)(?:\s+(?:[A-Z0-9&][\w.&'’-]*|of|de|and)){0,5})$/u.exec(head);
  if (!m) return null;
  let name = m[1]!;
  while (/\s+(?:of|de|and)$/u.test(name)) name = name.replace(/\s+(?:of|de|and)$/u, "");
  const start = sentenceStart + m.index;
  return validate(text, { start, end: start + name.length }, null);
}
