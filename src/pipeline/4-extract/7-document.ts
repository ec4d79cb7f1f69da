import type { Span } from "../../core/span.js";
import type { Mention } from "../3-recognize/types.js";
import type { Sentence } from "./1-segment.js";
import {
  EN_CORRECTION,
  EN_CUMULATIVE,
  EN_DENIAL,
  EN_DISCLOSURE_WORD,
  EN_PLAN,
  EN_RUMOR,
  EN_WITHDRAWAL,
  ZH_CORRECTION,
  ZH_CUMULATIVE,
  ZH_DENIAL,
  ZH_DISCLOSURE_WORD,
  ZH_HYPOTHETICAL,
  ZH_NOT_FINANCING,
  EN_NOT_FINANCING,
  EN_HYPOTHETICAL,
  ZH_PLAN,
  ZH_RUMOR,
  ZH_WITHDRAWAL,
} from "./2-cues.js";
import { type Frame, type FrameContext, groupsOf, mentionsIn, rebuildInvestors } from "./6-frames/index.js";
import type { EventStatus } from "./event.js";

/**
 * The document stage: frames become events. It decides what each frame's status is (a denied or
 * withdrawn deal is dropped, a rumour stays a rumour), applies corrections ("更正为12亿元"), marks
 * cumulative totals, places dates (事件时间 vs 披露时间), and merges frames that are one round told
 * twice (headline and body, "本轮由…" after the lead sentence).
 */
export interface DocFrame {
  readonly frame: Frame;
  status: EventStatus;
  /** Investors the text says withdrew or did not invest (kept as negated relations). */
  withdrawn: Span[];
}

const cues = (language: "zh" | "en") =>
  language === "zh"
    ? { denial: ZH_DENIAL, withdrawal: ZH_WITHDRAWAL, rumor: ZH_RUMOR, plan: ZH_PLAN, correction: ZH_CORRECTION, cumulative: ZH_CUMULATIVE, disclosure: ZH_DISCLOSURE_WORD }
    : { denial: EN_DENIAL, withdrawal: EN_WITHDRAWAL, rumor: EN_RUMOR, plan: EN_PLAN, correction: EN_CORRECTION, cumulative: EN_CUMULATIVE, disclosure: EN_DISCLOSURE_WORD };

// Formal announcements state signed deals with 拟 ("拟进行B轮融资，由…合计增资"): that is not a plan.
const ANNOUNCEMENT = /公告|董事会|特此|自愿性|announcement/u;

export interface Settled {
  readonly events: DocFrame[];
  /** Company names the headline used, kept to name the body's events when the body's mention is noisy. */
  readonly headlineNames: Span[];
}

export function settleDocument(ctx: FrameContext, frames: Frame[]): Settled {
  const headlineNames = frames.filter((f) => f.fromTitle && f.company).map((f) => f.company!.span);
  const c = cues(ctx.language);
  const isAnnouncement = ANNOUNCEMENT.test(ctx.text.slice(0, 400));
  const out: DocFrame[] = [];
  for (const f of frames) {
    const anchorSentence = f.sentences[0]!;
    const s = anchorSentence.text;
    const clause = anchorClause(f);
    const clauseText = ctx.text.slice(clause.start, clause.end);
    const completed = /完成|获得|获|拿下|斩获|已|宣布|签署|closed|raised|has raised|secured/u.test(s);
    // Rumour and plan words count in the anchor's clause and the one before it: "正在举行新一轮融资的
    // MiniMax" later in a sentence about 月之暗面 says nothing about 月之暗面's round.
    const near = nearAnchor(ctx, f);
    let status: EventStatus = "completed";
    if (c.rumor.test(near)) status = "rumored";
    if (c.plan.test(near) && !isAnnouncement && !/已完成|完成了|已于/u.test(near)) status = "planned";
    // "曾计划领投…但最终放弃", "该消息不实": no event. "若…将达…": a hypothetical.
    if (c.denial.test(s) || (c.withdrawal.test(s) && !completed)) continue;
    if (isHypothetical(ctx, f)) continue;
    if (status !== "completed" && deniedLater(ctx, f)) continue;
    // "累计融资超30亿元" is a total; "接连完成了两轮融资：去年8月的B轮融资约6亿元" names a round after the summary
    const roundElsewhere = f.round?.value.label && !(f.round.span.start >= clause.start && f.round.span.end <= clause.end);
    if ((c.cumulative.test(clauseText) && !roundElsewhere) || f.round?.value.stage === "total") f.cumulative = true;
    out.push({ frame: f, status, withdrawn: [] });
  }
  applyCorrections(ctx, out);
  dropWithdrawnInvestors(ctx, out);
  placeDates(ctx, out);
  return { events: aboutSomethingElse(ctx) ? mergeFrames(ctx, out).filter((d) => d.frame.round?.value.label) : mergeFrames(ctx, out), headlineNames };
}

function isHypothetical(ctx: FrameContext, f: Frame): boolean {
  const re = ctx.language === "zh" ? ZH_HYPOTHETICAL : EN_HYPOTHETICAL;
  const clauses = f.sentences[0]!.clauses;
  const i = clauses.findIndex((c) => f.anchor >= c.start && f.anchor <= c.end);
  return clauses.slice(Math.max(0, i - 1), i + 1).some((c) => re.test(ctx.text.slice(c.start, c.end)));
}

/**
 * A denial in the next sentences that points back at the deal ("该文件系伪造，小米集团…从未作出上述
 * 投资决定", "公司暂未启动新一轮融资") undoes it. It must name the company or refer back (上述, 该, 此).
 */
function deniedLater(ctx: FrameContext, f: Frame): boolean {
  const c = cues(ctx.language);
  const first = f.sentences[0]!;
  const company = f.company ? ctx.text.slice(f.company.span.start, f.company.span.end) : null;
  const investors = f.investors.map((i) => ctx.text.slice(i.span.start, i.span.end));
  const next = ctx.sentences.filter((s) => s.index > first.index && s.index <= first.index + 2);
  return next.some((s) => c.denial.test(s.text) && ((company !== null && s.text.includes(company)) || /上述|该[文消报交]|此[事项次]|这[笔一]|公司暂未|公司尚未/u.test(s.text) || investors.some((n) => s.text.includes(n.slice(0, 2)))));
}

/**
 * A headline about an IPO, an acquisition, margin trading or a fund ("芯源精测科创板IPO获受理 拟募资15亿元")
 * says what the article is about: only a round the text names ("Pre-IPO轮") is a financing event there.
 */
function aboutSomethingElse(ctx: FrameContext): boolean {
  if (!ctx.title) return false;
  const headline = ctx.text.slice(ctx.title.start, ctx.title.end);
  const notFinancing = ctx.language === "zh" ? ZH_NOT_FINANCING : EN_NOT_FINANCING;
  const namedRound = mentionsIn(ctx, "round", ctx.title).some((r) => r.value.label);
  // "撤回IPO之后：锐宁医疗的“续命”融资" is still about a financing
  const financingWord = /融资|增资|注资|投资(?!者|人)|轮|\b(?:raises?|raised|funding|round|financing)\b/iu.test(headline);
  return notFinancing.test(headline) && !namedRound && !financingWord;
}

function nearAnchor(ctx: FrameContext, f: Frame): string {
  const clauses = f.sentences[0]!.clauses;
  const i = clauses.findIndex((c) => f.anchor >= c.start && f.anchor <= c.end);
  if (i < 0) return f.sentences[0]!.text;
  const from = clauses[Math.max(0, i - 1)]!.start;
  return ctx.text.slice(from, clauses[i]!.end);
}

function anchorClause(f: Frame): Span {
  const s = f.sentences[0]!;
  return s.clauses.find((c) => f.anchor >= c.start && f.anchor <= c.end) ?? s.span;
}

// ---------------------------------------------------------------------------------------------
// Corrections: "但数日后……将金额更正为12亿元", "该消息被很快批改为“8亿美金”".

function applyCorrections(ctx: FrameContext, frames: DocFrame[]): void {
  const c = cues(ctx.language);
  for (const sentence of ctx.sentences) {
    const m = c.correction.exec(sentence.text);
    if (!m) continue;
    const at = sentence.span.start + m.index;
    const money = mentionsIn(ctx, "money", { start: at, end: sentence.span.end }).filter((x) => x.value.role !== "valuation")[0];
    if (!money) continue;
    // The corrected frame is the last one at or before this sentence (the same story).
    const target = frames.filter((d) => d.frame.sentences[0]!.span.start <= sentence.span.start).at(-1);
    if (!target) continue;
    const f = target.frame;
    if (f.amount && f.amount !== money) f.superseded.push(f.amount);
    f.amount = money;
    if (target.status === "rumored") target.status = "completed";
    if (!f.sentences.includes(sentence)) {
      f.sentences.push(sentence);
      // the correcting sentence often goes on about the round: "…修正为8亿美元，本轮融资由阿里巴巴领投"
      f.groups.push(...groupsOf(ctx, sentence));
      rebuildInvestors(f);
    }
  }
}

// "晨道资本曾在A+轮中参与尽调，但最终放弃了投资": investors named in a withdrawal clause are removed.
function dropWithdrawnInvestors(ctx: FrameContext, frames: DocFrame[]): void {
  const c = cues(ctx.language);
  for (const d of frames) {
    const f = d.frame;
    const keep = f.groups.filter((g) => {
      const clauseText = ctx.text.slice(g.clause.start, g.clause.end);
      const sentence = f.sentences.find((s) => g.clause.start >= s.span.start && g.clause.end <= s.span.end);
      const rest = sentence ? ctx.text.slice(g.clause.start, sentence.span.end) : clauseText;
      if (c.withdrawal.test(rest) && !/完成|获得|领投|跟投/u.test(clauseText)) {
        for (const n of g.names) d.withdrawn.push(n.span);
        return false;
      }
      return true;
    });
    if (keep.length !== f.groups.length) {
      f.groups = keep;
      rebuildInvestors(f);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Dates: 事件时间 is when the round happened; 披露时间 when it was announced or reported.

// "近日", "日前", "今日", "近期" are always disclosure times (DuEE-Fin convention).
const ZH_DISCLOSURE_TIME = /^(?:近日|日前|今日|近期|今天|昨日|昨天|本周|上周|日内)$/u;
const FOUNDED_BEFORE = /(?:成立于|创立于|建立于|创建于|成立|诞生于|\b(?:founded|established|launched|started|created|incorporated|spun out)(?: in)?|since)\s*$/iu;
const NOT_DEAL_TIME_AFTER = /^(?:[度前起将内]|之前|以前|开始|成立|创立|上市|投产|量产|交付|启动|预计|计划)/u;

function placeDates(ctx: FrameContext, frames: DocFrame[]): void {
  if (ctx.language === "en") return placeDatesEn(ctx, frames);
  const c = cues(ctx.language);
  for (const d of frames) {
    const f = d.frame;
    for (const sentence of f.sentences.slice(0, 1)) {
      const dates = mentionsIn(ctx, "date", f.region).filter((m) => isDealTime(ctx, m));
      for (const m of dates) {
        if (m.span.start > f.anchor + 40 && f.anchor >= sentence.span.start) continue;
        const disclosure = isDisclosure(ctx, m, sentence, c.disclosure, f.anchor);
        if (disclosure && !f.disclosed) f.disclosed = m;
        else if (!disclosure && !f.date) f.date = m;
      }
    }
  }
  // A dateline ("中新经纬4月8日电") or the date under an announcement dates the whole document.
  const docDate = documentDisclosure(ctx);
  if (docDate) for (const d of frames) if (!d.frame.disclosed) d.frame.disclosed = docDate;
}

// English: "the company announced on Wednesday" → disclosed; "closed in late March", "closed … this
// week" → happened; a roundup item's date ("• March 12: Parla announced …") follows the item's verb;
// a press-release dateline ("SALINAS, Calif., March 4, 2024 /PRNewswire/ --") dates the announcement.
const EN_SAID_BEFORE = /\b(?:said|says|announced|announces|disclosed|reported|told \w+)\s+(?:on\s+)?$/iu;
const EN_HAPPENED_BEFORE = /\b(?:closed|completed|raised|secured|funded|finalized|signed)\b[^.;]{0,40}?\s(?:in|on|during|this|last)?\s*$/iu;

function placeDatesEn(ctx: FrameContext, frames: DocFrame[]): void {
  for (const d of frames) {
    const f = d.frame;
    const first = f.sentences[0]!;
    const paragraph = ctx.sentences.filter((s) => s.line === first.line && s.index >= first.index && (s === first || !frames.some((o) => o !== d && o.frame.sentences[0] === s)));
    for (const s of paragraph) {
      for (const m of mentionsIn(ctx, "date", s === first ? f.region : s.span)) {
        if (!isDealTime(ctx, m)) continue;
        const before = ctx.text.slice(Math.max(s.span.start, m.span.start - 60), m.span.start);
        const after = ctx.text.slice(m.span.end, s.span.end);
        const dateline = /^[^.]{0,40}?(?:--|—)/u.test(after) && s === first;
        const itemDate = /^:\s/u.test(after);
        let disclosure = EN_SAID_BEFORE.test(before) || dateline;
        let happened = !disclosure && EN_HAPPENED_BEFORE.test(before);
        if (itemDate) {
          disclosure = /^:[^.]*?\b(?:announced|said|disclosed|unveiled)\b/iu.test(after);
          happened = !disclosure;
        }
        if (/^(?:today|yesterday)$/iu.test(m.text)) continue;
        if (disclosure && !f.disclosed) f.disclosed = m;
        else if ((happened || (s === first && !disclosure)) && !f.date) f.date = m;
      }
    }
  }
}

function isDealTime(ctx: FrameContext, m: Mention<"date">): boolean {
  const before = ctx.text.slice(Math.max(0, m.span.start - 8), m.span.start);
  const after = ctx.text.slice(m.span.end, m.span.end + 4);
  if (FOUNDED_BEFORE.test(before)) return false;
  if (NOT_DEAL_TIME_AFTER.test(after)) return false;
  // a period header like "3月4日至3月10日" or "（5月20日-5月26日）" is not a deal's date
  // (a dateline's "May 14, 2024 -- Sunward …" is no range: no date follows the dash)
  if (/^\s*[至到—–\-~]\s*[\d一二三四五六七八九十]/u.test(after) || /[\d日月][至到—–\-~]\s*$/u.test(before)) return false;
  return true;
}

function isDisclosure(ctx: FrameContext, m: Mention<"date">, sentence: Sentence, word: RegExp, anchor: number): boolean {
  if (ZH_DISCLOSURE_TIME.test(m.text)) return true;
  if (/^(?:this week|last week|today|yesterday|recently)$/iu.test(m.text)) return true;
  const after = ctx.text.slice(m.span.end, Math.min(sentence.span.end, Math.max(anchor, m.span.end) + 2));
  if (/^电/u.test(after)) return true;
  const before = ctx.text.slice(Math.max(sentence.span.start, m.span.start - 16), m.span.start);
  if (ctx.language === "en") return /\b(?:said|announced|disclosed|reported|told)\s+(?:on\s+)?$/iu.test(before) || /^\s*(?:,\s*)?(?:said|announced)/iu.test(after);
  // the words between the date and the financing verb: "11月28日，X宣布完成" → 宣布 is disclosure
  return word.test(after.replace(/宣布完成的?$/u, "宣布"));
}

function documentDisclosure(ctx: FrameContext): Mention<"date"> | null {
  const first = ctx.sentences.find((s) => !ctx.title || s.span.start >= ctx.title.end);
  if (first) {
    const dateline = mentionsIn(ctx, "date", first.span).find((m) => /^电/u.test(ctx.text.slice(m.span.end, m.span.end + 1)));
    if (dateline) return dateline;
  }
  // the last line of an announcement is often only its date ("2024年6月15日", "香港，2024年7月8日")
  const lastLines = ctx.sentences.slice(-3).reverse();
  for (const s of lastLines) {
    const dates = mentionsIn(ctx, "date", s.span).filter((m) => m.value.precision === "day" && !m.value.relative);
    const rest = s.text.replace(/[\s，,]/gu, "");
    const only = dates.find((m) => rest.length - m.text.replace(/\s/gu, "").length <= 4);
    if (only && ANNOUNCEMENT.test(ctx.text)) return only;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Merging frames that are one round

function mergeFrames(ctx: FrameContext, frames: DocFrame[]): DocFrame[] {
  const out: DocFrame[] = [];
  for (const d of frames) {
    const target = out.findLast((o) => sameRound(ctx, o, d));
    if (!target) {
      out.push(d);
      continue;
    }
    absorb(target, d);
  }
  // A headline frame that merged into a body frame has done its job. One that did not is kept only
  // when the body has no event of its own: a headline restates the body, it rarely adds a deal.
  const bodyHasEvents = out.some((d) => !d.frame.fromTitle && d.frame.company !== null);
  return out.filter((d) => d.frame.company !== null && !(bodyHasEvents && d.frame.fromTitle));
}

export function companyKey(ctx: FrameContext, f: Frame): string | null {
  if (!f.company) return null;
  return coreName(ctx.text.slice(f.company.span.start, f.company.span.end));
}

// The name's core: "深圳云帆智能科技有限公司" → "云帆智能", so it meets its short form "云帆智能".
export function coreName(name: string): string {
  return name
    .replace(/[“”"「」\s]/gu, "")
    .replace(/^(?:北京|上海|天津|重庆|深圳|广州|杭州|苏州|南京|成都|武汉|西安|合肥|宁波|青岛|无锡|厦门|长沙|郑州|济南|福州|东莞|佛山|珠海|常州|嘉兴|湖州|绍兴|大连|沈阳|昆明|贵阳|南昌|太原|石家庄|哈尔滨|长春|兰州|海口|香港|澳门|台北)市?/u, "")
    .replace(/^[\u4e00-\u9fff]{2,3}省/u, "")
    .replace(/（[^）]*）|\([^)]*\)/gu, "")
    .replace(/(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团|控股)$/u, "")
    .replace(/(?:科技|技术|信息技术|网络科技|智能科技|生物科技|医疗科技|电子科技|新材料科技)$/u, "")
    .toLowerCase();
}

function sameCompany(ctx: FrameContext, a: Frame, b: Frame): boolean {
  const ka = companyKey(ctx, a);
  const kb = companyKey(ctx, b);
  if (!ka || !kb) return false;
  if (ka === kb || (ka.length >= 2 && kb.length >= 2 && (ka.includes(kb) || kb.includes(ka)))) return true;
  // an alias written beside one of them: "深圳云帆智能科技有限公司（以下简称“云帆智能”）"
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const alias = x.company?.alias;
    if (alias && coreName(ctx.text.slice(alias.start, alias.end)) === companyKey(ctx, y)) return true;
  }
  return false;
}

function sameRound(ctx: FrameContext, da: DocFrame, db: DocFrame): boolean {
  const a = da.frame;
  const b = db.frame;
  if (!sameCompany(ctx, a, b)) return false;
  // two rounds with their own, different dates are different rounds ("2021年的第一次融资")
  const dateA = a.date?.value.value;
  const dateB = b.date?.value.value;
  if (dateA && dateB && dateA.slice(0, 7) !== dateB.slice(0, 7) && !(dateA.startsWith(dateB) || dateB.startsWith(dateA))) return false;
  // a round dated on its own, told far from an undated one, is another round
  const gap = b.sentences[0]!.index - a.sentences[a.sentences.length - 1]!.index;
  if (dateB && !dateA && !b.date!.value.relative && gap > 2) return false;
  // "该公司…本轮金额约3亿元": a later sentence that reaches the company only through a pronoun and
  // names no round of its own elaborates the last event; it does not start a new one.
  if (b.companyFrom === "pronoun" && !b.round?.value.label && !b.cumulative && !a.cumulative) return true;
  // a rumour or plan is not the completed round, unless they agree on the round
  const settledA = da.status === "completed";
  const settledB = db.status === "completed";
  if (settledA !== settledB && !(a.round?.value.label && a.round.value.label === b.round?.value.label)) return false;
  if (a.cumulative !== b.cumulative) return false;
  const la = a.round?.value.label ?? null;
  const lb = b.round?.value.label ?? null;
  if (la && lb && la !== lb) return false;
  const amountsDiffer = a.amount && b.amount && (a.amount.value.min !== b.amount.value.min || a.amount.value.max !== b.amount.value.max);
  if (amountsDiffer && !(a.fromTitle || b.fromTitle)) return false;
  if (amountsDiffer && la === null && lb === null) return false;
  // two unlabelled rounds far apart with their own dates are different rounds ("2021年的第一次融资")
  return true;
}

function absorb(target: DocFrame, d: DocFrame): void {
  const t = target.frame;
  const f = d.frame;
  const titleSentence = t.fromTitle ? t.sentences[0]! : null;
  // The body's words win over the headline's.
  if (t.fromTitle && !f.fromTitle) {
    if (f.company) t.company = f.company;
    t.fromTitle = false;
    if (f.amount) t.amount = f.amount;
    if (f.round) t.round = f.round;
  }
  t.round ??= f.round;
  t.amount ??= f.amount;
  t.valuation ??= f.valuation;
  t.date ??= f.date;
  t.disclosed ??= f.disclosed;
  t.trigger ??= f.trigger;
  t.superseded.push(...f.superseded);
  for (const s of f.sentences) if (!t.sentences.includes(s)) t.sentences.push(s);
  // headline investors repeat the body's; the body's groups replace them when it has any
  if (!f.fromTitle && f.groups.length) {
    if (titleSentence) t.groups = t.groups.filter((g) => !(g.clause.start >= titleSentence.span.start && g.clause.end <= titleSentence.span.end));
    t.groups.push(...f.groups);
  }
  rebuildInvestors(t);
  target.withdrawn.push(...d.withdrawn);
  if (d.status === "completed") target.status = "completed";
}
