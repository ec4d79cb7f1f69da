import type { Span } from "../../core/span.js";
import { type NameSpan, splitNames } from "./3-names.js";

/**
 * Who put money in, read from one clause (Chinese) or sentence (English). Each pattern names the
 * slot where investors are written:
 *   "由深创投领投"                      → lead
 *   "老股东奇绩创坛跟投"                → follower
 *   "投资方为真格基金和九合创投"        → listed
 *   "由IDG资本独家投资"                 → sole investor (not a lead in DuEE-Fin)
 *   "获得腾讯5000万元战略投资"          → investor between 获得 and the amount
 *   "led by Sequoia Capital", "with participation from A and B", "A and B also participated"
 */
export type InvestorRole = "lead" | "follow" | "list" | "sole" | "mark_lead";

export interface InvestorGroup {
  readonly role: InvestorRole;
  readonly names: readonly NameSpan[];
  /** The clause or sentence the group was read from. */
  readonly clause: Span;
  /** Where the group's verb or intro is (for ordering and round references). */
  readonly at: number;
  /**
   * For "X领投了Y的B轮融资", "led Y's Series A": the company the investor put money into,
   * when the clause names it after the verb.
   */
  readonly object: Span | null;
}

const LEAD_WORD = /(?:联合|共同|一同|携手|独家)?领投(?!方)/gu;
// The company after an investor's verb: "领投了上海雾隐互娱网络科技有限公司的数亿元B轮融资" → up to 的, a
// place or time word, an amount or a round.
const OBJECT_AFTER_VERB = /^了?([^，。；的在于]{2,40}?)(?:[的在于约近超\d数]|(?:Pre-)?[A-F]\+?轮|天使|种子|战略|新一轮|一轮|首轮)/u;
const JOIN_WITH_OBJECT = /(?:[曾已也还]|此前)?(?:参与|参投|跟投)了?(?=[^，。；]{2})/gu;

const FOLLOW_WORD =
  /(?:继续|持续|共同|[也均亦则]|同时|另外)?(?:跟投|追投|参投|跟进|加码|加注|追加投资|追加|超额认购|参与投资|参与跟投|共同参与|参与了?本轮(?:融资|投资)?|联合投资|继续投资|继续支持|作为新股东加入|新股东加入|参与$|入股$|也参与了?|共同投资|共同完成|参与认购|认购$)/gu;
const LIST_INTRO =
  /(?:本轮|本次|此轮|该轮)?(?:投资方|投资机构|投资人|投资者|出资方|发行对象|认购对象|获配对象|获配机构|新股东|投资方阵容)(?:分别|主要|均|则)?(?:[为是有]|包括|包含|来自)[：:]?/gu;
const SOLE_WORD = /独家(?:投资|提供|认购|出资|注资|战略投资)/gu;
const BY_VERB = /由(.{2,60}?)(?:合计|共同|联合)?(?:增资|出资|投资|注资|提供|认购|完成)(?=$|[，。；的约超近\d]|人民币|美元|合计)/gu;
// "获得腾讯5000万元战略投资", "获CYVN Holdings约22亿美元战略投资", "获得红杉中国种子基金5000万元投资"
const GET_FROM = /(?:获得|获)了?([^，。；]{2,40}?)(?=[约超近逾]?\d|[约超近逾]?数[十百千万亿]|独家|战略投资|投资|注资|入股|的(?:(?:Pre-)?[A-F]\d?\+?轮|天使轮?|种子轮?|战略)?投资)/gu;
const INTRODUCE = /引入了?/gu;
const LEAD_IS = /领投方(?:为|是)[：:]?/gu;
const IS_LEAD = /(?:为|是)(?:本轮|本次)?的?领投方/gu;
const SUBSCRIBE = /(?:将|拟)?以[^，。；]{0,40}?认购/gu;
const SIGN_WITH = /与([^，。；]{2,80}?)(?:签署|签订|订立)了?[^，。；]{0,12}(?:增资|投资|认购)/gu;

// Words before an investor list that belong to the clause, not the name: "本轮由", "其中", "B轮由".
const CLAUSE_LEAD_IN =
  /^[，,]?\s*(?:本轮(?:融资|投资)?|本次(?:融资|投资|增资)?|该轮|此轮|这一?轮|其中|此外|另外|同时|[并且而其另及和]|以及|(?:Pre-)?[A-Fa-f]\d?\+{0,2}轮|天使\+?轮|种子轮|战略轮|Pre-IPO轮|[A-F]轮融资)*(?:由|为)?/u;

/**
 * Investor groups in one Chinese clause. `clause` is in clean-text coordinates of `text`.
 * `barriers` are value mentions (rounds, amounts, dates) in the text: a name slot never starts
 * before one ("MiniMax新一轮阿里领投的…" → 阿里).
 */
export function investorGroupsZh(text: string, clause: Span, barriers: readonly Span[] = []): InvestorGroup[] {
  const c = text.slice(clause.start, clause.end);
  const o = clause.start;
  const inClause = barriers.filter((b) => b.start >= clause.start && b.end <= clause.end).map((b) => ({ start: b.start - o, end: b.end - o }));
  const groups: InvestorGroup[] = [];
  const add = (role: InvestorRole, from: number, to: number, at: number, object: Span | null = null) => {
    const names = splitNames(text, o + from, o + to, "zh");
    if (names.length) groups.push({ role, names, clause, at: o + at, object });
  };
  const leadIn = (from: number, to: number) => {
    for (const b of inClause) if (b.end <= to && b.end > from) from = b.end;
    // "MiniMax新一轮阿里领投的…": the slot starts after the round words
    const roundWord = /新一轮|本轮|该轮|此轮|这一?轮/gu;
    const base = from;
    for (const r of c.slice(base, to).matchAll(roundWord)) from = base + r.index + r[0].length;
    const m = CLAUSE_LEAD_IN.exec(c.slice(from, to));
    return from + (m ? m[0].length : 0);
  };

  for (const m of c.matchAll(LEAD_IS)) add("lead", m.index + m[0].length, c.length, m.index);
  for (const m of c.matchAll(IS_LEAD)) add("mark_lead", startOfSlot(c, m.index), m.index, m.index);

  for (const m of c.matchAll(LEAD_WORD)) {
    if (/[（(]$/u.test(c.slice(0, m.index))) continue; // "国投招商（领投）" is a mark inside a list
    const before = c.slice(0, m.index);
    const after = c.slice(m.index + m[0].length);
    // "获得阿里巴巴领投的5亿元B轮融资", "由启明创投领投的3.5亿元B轮融资"
    const by = Math.max(before.lastIndexOf("由"), lastIndexOfAny(before, ["获得", "获"]));
    const from = by >= 0 ? leadIn(by + (before.startsWith("获得", by) ? 2 : 1), m.index) : leadIn(0, m.index);
    const objectMatch = OBJECT_AFTER_VERB.exec(after);
    if (by < 0 && objectMatch && !/^的/u.test(after) && /融资|投资|轮/u.test(after)) {
      // "腾讯投资近日领投了上海雾隐互娱网络科技有限公司的数亿元B轮融资": investor first, company after
      const objStart = m.index + m[0].length + (after.startsWith("了") ? 1 : 0);
      const obj = { start: o + objStart, end: o + objStart + objectMatch[1]!.length };
      add("lead", from, trimAdverbs(c, from, m.index), m.index, obj);
      continue;
    }
    if (by < 0 && /^其中/u.test(c)) {
      add("mark_lead", leadIn(0, m.index), m.index, m.index);
      continue;
    }
    add("lead", from, trimAdverbs(c, from, m.index), m.index);
  }

  // "腾讯曾参与MiniMax在2023年完成的一轮融资": an investor joining the round of a company named after the verb
  for (const m of c.matchAll(JOIN_WITH_OBJECT)) {
    const after = c.slice(m.index + m[0].length);
    const obj = OBJECT_AFTER_VERB.exec(after);
    if (!obj || /^(?:本轮|该轮|此轮|这一?轮|其)/u.test(obj[1]!) || !/融资|投资|轮/u.test(after)) continue;
    const from = leadIn(0, m.index);
    const to = trimAdverbs(c, from, m.index);
    if (to - from < 2) continue;
    const objStart = m.index + m[0].length + (after.startsWith("了") ? 1 : 0);
    add("follow", from, to, m.index, { start: o + objStart, end: o + objStart + obj[1]!.length });
  }

  for (const m of c.matchAll(FOLLOW_WORD)) {
    const after = c.slice(m.index + m[0].length);
    if (/^[^，。；]{0,3}(?:融资|的)/u.test(after) && !/^$/u.test(after)) continue;
    const from = leadIn(0, m.index);
    add("follow", from, trimAdverbs(c, from, m.index), m.index);
  }

  for (const m of c.matchAll(LIST_INTRO)) add("list", m.index + m[0].length, c.length, m.index);
  // a list that goes on in the next clause: "投资方包括比亚迪、上汽集团等产业资本，以及高瓴创投等财务机构"
  if (/^(?:以及|还有|及)/u.test(c) && !FOLLOW_WORD.test(c) && !LEAD_WORD.test(c)) add("list", 0, c.length, 0);
  FOLLOW_WORD.lastIndex = 0;
  LEAD_WORD.lastIndex = 0;

  for (const m of c.matchAll(SOLE_WORD)) {
    const before = c.slice(0, m.index);
    const after = c.slice(m.index + m[0].length);
    if (/^了?[^，。；]{2,40}?的/u.test(after) && /融资|投资/u.test(after)) continue; // "独家投资X的天使轮融资"
    const by = Math.max(before.lastIndexOf("由"), before.lastIndexOf("为"), before.lastIndexOf("获"));
    const from = by >= 0 ? leadIn(by + (before.startsWith("获得", by) ? 2 : 1), m.index) : leadIn(0, m.index);
    add("sole", from, trimAdverbs(c, from, m.index), m.index);
  }

  for (const m of c.matchAll(BY_VERB)) {
    if (/领投|跟投|独家/u.test(m[0])) continue;
    add("list", m.index + 1, m.index + 1 + m[1]!.length, m.index);
  }

  for (const m of c.matchAll(GET_FROM)) {
    if (/由|领投|融资|轮/u.test(m[1]!) || /^[得超约近逾数了新]/u.test(m[1]!)) continue;
    add("list", m.index + m[0].length - m[1]!.length, m.index + m[0].length, m.index);
  }

  for (const m of c.matchAll(INTRODUCE)) add("list", m.index + m[0].length, c.length, m.index);

  for (const m of c.matchAll(SUBSCRIBE)) {
    const from = leadIn(0, m.index);
    if (m.index - from >= 2) add("list", from, m.index, m.index);
  }

  for (const m of c.matchAll(SIGN_WITH)) add("list", m.index + 1, m.index + 1 + m[1]!.length, m.index);

  return dedupe(groups);
}

// "…完成5000万元A轮融资，投资方为…" has the slot at the clause start; "X为领投方" before 为.
function startOfSlot(c: string, end: number): number {
  const m = CLAUSE_LEAD_IN.exec(c.slice(0, end));
  return m ? m[0].length : 0;
}

function lastIndexOfAny(s: string, words: string[]): number {
  let best = -1;
  for (const w of words) best = Math.max(best, s.lastIndexOf(w));
  return best;
}

// Adverbs between the names and the verb: "经纬已于今年3月领投", "红杉中国继续加码".
const TRAILING_ADVERB = /(?:近日|日前|今日|近期|已经|[已曾也还则均亦]|再次|继续|持续|共同|联合|同时|分别|此前|超额|今年\d{1,2}月|于[^，。]{0,12}?)+$/u;

function trimAdverbs(c: string, from: number, to: number): number {
  const m = TRAILING_ADVERB.exec(c.slice(from, to));
  return m ? to - m[0].length : to;
}

function dedupe(groups: InvestorGroup[]): InvestorGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = `${g.role}:${g.names.map((n) => `${n.span.start}-${n.span.end}`).join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// English

const EN_LEAD = /\b(?:co-)?led by\s+/giu;
const EN_PARTICIPATION = /\b(?:with participation (?:from|of|by)|alongside|along with|joined by|with backing from|participation from)\s+/giu;
// "with existing investors General Catalyst and Box Group participating", "with Greylock leading and Y Combinator participating"
const EN_WITH_ING = /\bwith (\S[^.;]*?) (leading|participating|joining|following)\b/giu;
const EN_FROM = /\b(?:raised|raises|secured|secures|closed|closes|landed|lands|got|gets|received|receives|announced|announces|picked up)(?:(?:[^.;]|\.\d)*?\s)?from\s+/giu;
// "Sequoia Capital led a $40M Series A in Pickwell Robotics": the investor leads, the company follows "in"
const EN_LED_IN = /^(?:[^:]{0,20}:\s*)?([A-Z][^,;.]{1,60}?)\s+(?:led|co-led)\s+(?:a|an|the)\s+[^.;]{0,60}?\b(?:round|Series [A-K](?:-\d)?|seed|funding|financing)\s+(?:in|into|for)\s+([A-Z][\w.&'’-]*(?:\s+[A-Z0-9&][\w.&'’-]*){0,4})/u;
const EN_INCLUDE = /\b(?:(?:backers|investors|participants|other investors|new investors|existing investors)\s+(?:include|included|including|are|were)|(?:also\s+)?included(?:\s+(?:existing|new|returning))?(?:\s+(?:investors|backers))?)\s+/giu;
const EN_FOLLOW_VERB =
  /\s+(?:also\s+|both\s+|each\s+)?(?:participated|participates|joined|join|took part|invested|chipped in|returned|came in|put in money|contributed|followed on|backed the round)\b/giu;
const EN_LED_VERB = /\s+(?:led|co-led|is leading|leads)\s+(?:the|its|this)\s+(?:round|financing|investment|raise)/giu;
const EN_NEW_INVESTOR = /\bbrought in\s+/giu;

/** Investor groups in one English sentence. */
export function investorGroupsEn(text: string, sentence: Span): InvestorGroup[] {
  const s = text.slice(sentence.start, sentence.end);
  const o = sentence.start;
  const groups: InvestorGroup[] = [];
  const addList = (role: InvestorRole, from: number, at: number) => {
    const end = englishListEnd(s, from);
    const names = splitNames(text, o + from, o + end, "en").filter((n) => /^[\p{Lu}\d]|^[a-z]+\d/u.test(n.text));
    if (names.length) groups.push({ role, names, clause: sentence, at: o + at, object: null });
  };
  for (const m of s.matchAll(EN_LEAD)) addList("lead", m.index + m[0].length, m.index);
  const ledIn = EN_LED_IN.exec(s);
  if (ledIn) {
    const invStart = ledIn.index + ledIn[0].indexOf(ledIn[1]!);
    const objStart = ledIn.index + ledIn[0].lastIndexOf(ledIn[2]!);
    const names = splitNames(text, o + invStart, o + invStart + ledIn[1]!.length, "en");
    if (names.length) groups.push({ role: "lead", names, clause: sentence, at: o + ledIn.index, object: { start: o + objStart, end: o + objStart + ledIn[2]!.length } });
  }
  for (const m of s.matchAll(EN_PARTICIPATION)) addList("follow", m.index + m[0].length, m.index);
  for (const m of s.matchAll(EN_FROM)) addList("list", m.index + m[0].length, m.index);
  for (const m of s.matchAll(EN_INCLUDE)) addList("list", m.index + m[0].length, m.index);
  for (const m of s.matchAll(EN_NEW_INVESTOR)) addList("follow", m.index + m[0].length, m.index);
  for (const m of s.matchAll(EN_WITH_ING)) {
    const from = m.index + m[0].indexOf(m[1]!);
    const names = splitNames(text, o + from, o + from + m[1]!.length, "en").filter((n) => /^[\p{Lu}\d]|^[a-z]+\d/u.test(n.text));
    if (names.length) groups.push({ role: m[2] === "leading" ? "lead" : "follow", names, clause: sentence, at: o + m.index, object: null });
  }
  // "with Greylock leading and Y Combinator participating": the second verb's names follow "and"
  for (const m of s.matchAll(/\bleading and (\S[^.;]*?) participating\b/giu)) {
    const from = m.index + m[0].indexOf(m[1]!);
    const names = splitNames(text, o + from, o + from + m[1]!.length, "en");
    if (names.length) groups.push({ role: "follow", names, clause: sentence, at: o + m.index, object: null });
  }
  for (const m of s.matchAll(EN_FOLLOW_VERB)) {
    const from = englishListStart(s, m.index);
    const names = splitNames(text, o + from, o + m.index, "en").filter((n) => /^[\p{Lu}\d]|^[a-z]+\d/u.test(n.text));
    if (names.length) groups.push({ role: "follow", names, clause: sentence, at: o + m.index, object: null });
  }
  for (const m of s.matchAll(EN_LED_VERB)) {
    const from = englishListStart(s, m.index);
    const names = splitNames(text, o + from, o + m.index, "en");
    if (names.length) groups.push({ role: "lead", names, clause: sentence, at: o + m.index, object: null });
  }
  return dedupe(groups);
}

// A name list ends where running text resumes: at ", the company said", " to ", a full stop, etc.
const EN_LIST_STOP =
  /[.;:]|,\s+(?!and\b)(?:the|a|an|which|who|with|while|according|bringing|taking|said|says|in|as|for|to|its|it|this|that)\b|\s+(?:with|to|for|in|at|on|which|who|bringing|taking|valuing|as part|according|said|says|that|while|including|from|after|before|also|has|have|had|is|are|was|were|will|would|last|this|earlier|previously|participating|leading|joining)\b|\s+\(\s*(?!lead\b)/iu;

function englishListEnd(s: string, from: number): number {
  const m = EN_LIST_STOP.exec(s.slice(from));
  return m ? from + m.index : s.length;
}

// A list before a verb starts at the sentence start or the last colon/semicolon: "Existing investors
// A and B also participated" (splitNames drops "Existing investors" and unnamed "a group of angels").
function englishListStart(s: string, end: number): number {
  const head = s.slice(0, end);
  let start = Math.max(head.lastIndexOf(":"), head.lastIndexOf(";")) + 1;
  // "Inovia Capital led the round, and BDC Capital and EDC joined": the list starts after ", and"
  const and = head.lastIndexOf(", and ");
  if (and >= start) start = and + 6;
  // "Angel investors including Sarah Lindqvist and Omar Haddad also participated"
  const including = head.lastIndexOf(" including ");
  if (including >= start) start = including + 11;
  return start;
}
