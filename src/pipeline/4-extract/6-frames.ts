import type { Span } from "../../core/span.js";
import type { Mention } from "../3-recognize/types.js";
import type { Sentence } from "./1-segment.js";
import {
  EN_FINANCING_NOUN,
  EN_FINANCING_VERB,
  EN_NOT_FINANCING,
  ZH_DEBT_OR_PLACEMENT,
  ZH_FINANCING_NOUN,
  ZH_FINANCING_VERB,
  ZH_NOT_FINANCING,
} from "./2-cues.js";
import { type NameSpan, splitNames } from "./3-names.js";
import { type InvestorGroup, investorGroupsEn, investorGroupsZh } from "./4-investors.js";
import { type CompanyCandidate, subjectEn, subjectZh } from "./5-company.js";
import { findRegisteredNames } from "./registered-names.js";

/**
 * A frame is one financing event as read from one anchor sentence (plus the sentences that
 * continue it: "本轮由…领投"). Slots hold clean-text mentions; the document stage merges frames
 * and decides their status.
 */
export interface Frame {
  readonly id: number;
  /** The sentence the event was found in, and the ones that continue it. */
  readonly sentences: Sentence[];
  /** The part of the first sentence that is about this event (a sentence may hold two). */
  readonly region: Span;
  company: CompanyCandidate | null;
  /** How the company was found: the subject of the verb, the object of "领投了X的…", a table cell, a pronoun. */
  companyFrom: "subject" | "object" | "table" | "pronoun" | "item";
  round: Mention<"round"> | null;
  amount: Mention<"money"> | null;
  /** Figures the text later corrected ("15亿元" → "12亿元"); the first report is kept here. */
  superseded: Mention<"money">[];
  valuation: Mention<"valuation"> | null;
  investors: InvestorSlot[];
  /** Investor groups read for this frame (kept for relations and withdrawal checks). */
  groups: InvestorGroup[];
  date: Mention<"date"> | null;
  disclosed: Mention<"date"> | null;
  trigger: Span | null;
  /** Where the anchor is (verb or round), for ordering and distance. */
  anchor: number;
  /** The sentence is in the headline (first line of a JSON-lines record or page title). */
  fromTitle: boolean;
  /** Set by the document stage. */
  cumulative: boolean;
}

export interface InvestorSlot {
  readonly span: Span;
  lead: boolean;
}

export interface FrameContext {
  readonly text: string;
  readonly language: "zh" | "en";
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** The headline in clean text, when the document has one. */
  readonly title: Span | null;
}

const within = (m: { span: Span }, s: Span) => m.span.start >= s.start && m.span.end <= s.end;

function mentionsIn<K extends Mention["kind"]>(ctx: FrameContext, kind: K, s: Span): Mention<K>[] {
  return ctx.mentions.filter((m): m is Mention<K> => m.kind === kind && within(m, s));
}

/** Roles of money that are not the amount raised ("估值", "市值", "营收", "基金规模"). */
const isRaise = (m: Mention<"money">) => m.value.role === "amount_raised" || m.value.role === "unknown";

// ---------------------------------------------------------------------------------------------

/** Read every frame of the document, in text order. */
export function readFrames(ctx: FrameContext): Frame[] {
  const frames: Frame[] = [];
  let last: Frame | null = null;
  let header: string[] | null = null;
  for (const sentence of ctx.sentences) {
    if (sentence.tableRow && isHeaderRow(sentence, ctx.text)) {
      header = sentence.clauses.map((c) => ctx.text.slice(c.start, c.end));
      continue;
    }
    const found: Frame[] =
      sentence.tableRow && header ? tableFrame(ctx, sentence, header, frames.length) : sentenceFrames(ctx, sentence, frames.length, last);
    if (found.length) {
      frames.push(...found);
      last = found[found.length - 1]!;
      continue;
    }
    // A sentence with no anchor of its own may continue the last event: "本轮由高瓴创投领投，…".
    if (last && continues(ctx, last, sentence)) attachContinuation(ctx, frames, last, sentence);
    else if (last && !sameParagraph(last, sentence)) last = null;
  }
  return frames;
}

function groupsOf(ctx: FrameContext, sentence: Sentence): InvestorGroup[] {
  if (ctx.language === "en") return investorGroupsEn(ctx.text, sentence.span);
  // rounds and amounts bound a name slot; dates do not ("腾讯投资近日领投" keeps 腾讯投资 before 近日)
  const barriers = ctx.mentions.filter((m) => (m.kind === "round" || m.kind === "money") && within(m, sentence.span)).map((m) => m.span);
  return sentence.clauses.flatMap((c) => investorGroupsZh(ctx.text, c, barriers));
}

// ---------------------------------------------------------------------------------------------
// Anchors

interface Anchor {
  clause: Span;
  /** Where the financing verb is, if any (the subject ends there). */
  verbAt: number | null;
  verbEnd: number | null;
  round: Mention<"round"> | null;
  trigger: Span | null;
}

const AFTER_THE_DEAL = /^(?:本次|本轮|此次|该轮)?(?:增资|融资|投资|交易|战略投资|发行|混改)?(?:完成|交割)后/u;

function anchorsZh(ctx: FrameContext, sentence: Sentence): Anchor[] {
  const out: Anchor[] = [];
  // IPOs, acquisitions, margin trading…: a sentence about them holds no round unless it names one
  const labelled = mentionsIn(ctx, "round", sentence.span).some((r) => r.value.label);
  const completes = sentence.clauses.some((cl) => {
    const t = ctx.text.slice(cl.start, cl.end);
    return ZH_FINANCING_VERB.test(t) && /融资|投资|增资/u.test(t) && !ZH_NOT_FINANCING.test(t);
  });
  if (ZH_NOT_FINANCING.test(sentence.text) && !labelled && !completes && !ZH_DEBT_OR_PLACEMENT.test(sentence.text)) return [];
  for (const clause of sentence.clauses) {
    const c = ctx.text.slice(clause.start, clause.end);
    if (ZH_NOT_FINANCING.test(c) && !ZH_DEBT_OR_PLACEMENT.test(c)) continue;
    // "增资完成后，公司持有…": what follows a deal is not a deal
    if (AFTER_THE_DEAL.test(c)) continue;
    const rounds = mentionsIn(ctx, "round", clause).filter((r) => r.value.stage !== "total");
    const noun = ZH_FINANCING_NOUN.exec(c);
    const debt = ZH_DEBT_OR_PLACEMENT.exec(c);
    const verb = ZH_FINANCING_VERB.exec(c);
    const money = mentionsIn(ctx, "money", clause).filter(isRaise);
    const hasRound = rounds.length > 0;
    // A bond or placement is an event when it is issued with an amount, not when it is only named
    // ("本期中期票据由中国银行担任主承销商").
    const debtEvent = debt && (money.length > 0 || /发行完毕|完成发行|成功发行|发行结果|发行工作已经完成/u.test(c));
    if (!hasRound && !debtEvent && !(noun && (verb || money.length))) continue;
    const trig = noun ?? debt;
    out.push({
      clause,
      verbAt: verb ? clause.start + verb.index : null,
      verbEnd: verb ? clause.start + verb.index + verb[0].length : null,
      round: rounds[0] ?? null,
      trigger: trig ? { start: clause.start + trig.index, end: clause.start + trig.index + trig[0].length } : null,
    });
  }
  return out;
}

function anchorsEn(ctx: FrameContext, sentence: Sentence): Anchor[] {
  const s = sentence.text;
  if (EN_NOT_FINANCING.test(s)) return [];
  const rounds = mentionsIn(ctx, "round", sentence.span).filter((r) => r.value.stage !== "total");
  const verb = EN_FINANCING_VERB.exec(s);
  const noun = EN_FINANCING_NOUN.exec(s);
  const money = mentionsIn(ctx, "money", sentence.span).filter(isRaise);
  if (!rounds.length && !(verb && (noun || money.length))) return [];
  const at = verb ? sentence.span.start + verb.index : null;
  return [
    {
      clause: sentence.span,
      verbAt: at,
      verbEnd: verb && at !== null ? at + verb[0].length : null,
      round: rounds[0] ?? null,
      trigger: verb && at !== null ? { start: at, end: at + verb[0].length } : null,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Frames of one sentence

function sentenceFrames(ctx: FrameContext, sentence: Sentence, nextId: number, last: Frame | null): Frame[] {
  const anchors = ctx.language === "zh" ? anchorsZh(ctx, sentence) : anchorsEn(ctx, sentence);
  if (!anchors.length) return [];
  const groups = groupsOf(ctx, sentence);
  const frames: Frame[] = [];
  for (const seg of segments(ctx, sentence, anchors, groups, last)) frames.push(...segmentFrames(ctx, sentence, seg, groups, nextId + frames.length));
  return frames;
}

/** One subject and what follows it, up to the next clause with a subject of its own. */
interface Segment {
  region: Span;
  anchors: Anchor[];
  company: CompanyCandidate | null;
  companyFrom: Frame["companyFrom"];
}

/**
 * "客岁十月，百川智能得到的单轮融资是3亿美金投资，智谱AI 2023年累计得到的融资是超25亿人民币":
 * a clause whose verb has its own, different subject starts a new event in the same sentence.
 */
function segments(ctx: FrameContext, sentence: Sentence, anchors: Anchor[], groups: InvestorGroup[], last: Frame | null): Segment[] {
  const out: Segment[] = [];
  for (const a of anchors) {
    const found = objectCompany(ctx, a, groups) ?? subjectCompany(ctx, sentence, a);
    const cur = out.at(-1);
    if (cur && !(found && cur.company && nameOf(ctx, found.company) !== nameOf(ctx, cur.company) && ctx.language === "zh")) {
      cur.anchors.push(a);
      if (!cur.company && found) Object.assign(cur, found);
      continue;
    }
    if (cur) cur.region = { start: cur.region.start, end: a.clause.start };
    out.push({ region: { start: cur ? a.clause.start : sentence.span.start, end: sentence.span.end }, anchors: [a], company: found?.company ?? null, companyFrom: found?.companyFrom ?? "subject" });
  }
  for (const seg of out) if (!seg.company) fillCompany(ctx, sentence, seg, groups, last);
  return out;
}

type Found = { company: CompanyCandidate; companyFrom: Frame["companyFrom"] };

const ZH_OBJECT_FORMS = [
  // an investor's roundup: "其二，参与上海澄瞳医疗3000万美元A轮融资", "领投合肥量子跃迁科技有限公司数亿元B轮融资"
  /^(?:其[一二三四五六七八九十]{1,2}[，,]?)?(?:领投|参与|跟投|独家投资|参投|投资)(?![方人者界]|机构)了?([^，。；]{2,30}?)的?(?=[约超近数\d]|(?:Pre-)?[A-F]\+?轮|天使|种子|战略|新一轮)/u,
  // "拟分两期向芯屿集成增资", "对X进行投资"
  /[向对]([^，。；向对]{2,30}?)(?:进行)?(?:增资|投资|注资)/u,
  // "认购华康数字的新增注册资本", "认购其新发行的A类普通股", "认购蔚来新发行的…"
  /认购([^，。；]{1,30}?)的?(?:新发行|新增|增发|定向发行|发行的)/u,
];

/** The company named after the verb: "领投了X的…", "向X增资", "认购X新发行的…". */
function objectCompany(ctx: FrameContext, a: Anchor, groups: InvestorGroup[]): Found | null {
  const g = groups.find((x) => x.object && within({ span: x.clause }, a.clause));
  if (g?.object) return { company: { span: g.object, alias: null }, companyFrom: "object" };
  if (ctx.language !== "zh") return null;
  const c = ctx.text.slice(a.clause.start, a.clause.end);
  for (const re of ZH_OBJECT_FORMS) {
    const m = re.exec(c);
    if (!m) continue;
    const start = a.clause.start + m.index + m[0].indexOf(m[1]!);
    const span = { start, end: start + m[1]!.length };
    if (m[1] === "其" || m[1] === "公司") return null; // a pronoun: the subject rules decide
    const cleaned = subjectZh(ctx.text, span.start, span.end);
    if (cleaned) return { company: cleaned, companyFrom: "object" };
  }
  return null;
}

function subjectCompany(ctx: FrameContext, sentence: Sentence, a: Anchor): Found | null {
  if (a.verbAt === null) return null;
  const company = ctx.language === "zh" ? subjectZh(ctx.text, a.clause.start, a.verbAt) : subjectEn(ctx.text, sentence.span.start, a.verbAt);
  return company ? { company, companyFrom: "subject" } : null;
}

const nameOf = (ctx: FrameContext, c: CompanyCandidate) => ctx.text.slice(c.span.start, c.span.end);

// "砺行新材料近日披露，公司半年内…", "橙屿储能9月5日宣布，已拿下…": the speaker is the company.
const ZH_SPEAKER_VERB = /(?:宣布|披露|表示|透露|确认|公告|公布|称)[，,:：]/u;

function fillCompany(ctx: FrameContext, sentence: Sentence, seg: Segment, groups: InvestorGroup[], last: Frame | null): void {
  const a = seg.anchors[0]!;
  const set = (company: CompanyCandidate | null, from: Frame["companyFrom"]) => {
    if (company) {
      seg.company = company;
      seg.companyFrom = from;
    }
    return company !== null;
  };
  if (ctx.language === "zh") {
    // No verb in the clause ("MiniMax新一轮阿里领投的超6亿美金融资"): the subject ends where the deal's words start.
    const firstValue = ctx.mentions.find((m) => (m.kind === "round" || m.kind === "money") && within(m, a.clause));
    const firstName = groups.flatMap((g) => g.names).find((n) => within(n, a.clause));
    const end = Math.min(firstValue?.span.start ?? Infinity, firstName?.span.start ?? Infinity);
    if (end !== Infinity && set(subjectZh(ctx.text, a.clause.start, end), "subject")) return;
    const head = ctx.text.slice(sentence.span.start, a.clause.start);
    const speaker = ZH_SPEAKER_VERB.exec(head);
    if (speaker && set(subjectZh(ctx.text, sentence.span.start, sentence.span.start + speaker.index), "pronoun")) return;
    // "记者从苏州芯澈半导体有限公司获悉，公司已于10月完成…"
    if (set(namedBefore(ctx, sentence, a.clause.start), "pronoun")) return;
  }
  if (ctx.language === "en" && sentence.listItem && set(itemHeaderEn(ctx.text, sentence), "item")) return;
  if (last && !last.fromTitle && sameParagraph(last, sentence) && set(last.company, "pronoun")) return;
  // The company the text was last about: a registered name in the previous sentences of the paragraph,
  // else a known company the recognizers found there ("MiniMax的初期融资…。特别是2021年的第一次融资").
  if (ctx.language === "zh" && set(recentRegisteredName(ctx, sentence), "pronoun")) return;
  set(recentOrganization(ctx, sentence, groups), "pronoun");
}

const RAISING_KINDS = new Set(["company", "corporate", "unknown"]);

function recentOrganization(ctx: FrameContext, sentence: Sentence, groups: InvestorGroup[]): CompanyCandidate | null {
  const inGroup = (s: Span) => groups.some((g) => g.names.some((n) => n.span.start <= s.start && s.end <= n.span.end));
  const previous = ctx.sentences[sentence.index - 1];
  if (!previous || previous.line !== sentence.line) return null;
  const from = previous.span.start;
  const orgs = ctx.mentions.filter(
    (m): m is Mention<"org"> =>
      m.kind === "org" && m.span.start >= from && m.span.end <= sentence.span.start && RAISING_KINDS.has((m as Mention<"org">).value.kind) && !inGroup(m.span),
  );
  const last = orgs.at(-1);
  return last ? { span: last.span, alias: null } : null;
}

function recentRegisteredName(ctx: FrameContext, sentence: Sentence): CompanyCandidate | null {
  const prev = ctx.sentences.filter((s) => s.index < sentence.index && s.index >= sentence.index - 2 && (!ctx.title || s.span.start >= ctx.title.end));
  for (const s of prev.reverse()) {
    const names = findRegisteredNames(ctx.text, s.span);
    const name = names.at(-1) ?? names[0];
    if (name) return { span: name, alias: null };
  }
  return null;
}

function segmentFrames(ctx: FrameContext, sentence: Sentence, seg: Segment, groups: InvestorGroup[], nextId: number): Frame[] {
  // Several rounds listed together make several events: "先后完成B轮、B+轮融资", "天使轮和天使+轮两轮融资".
  const rounds = mentionsIn(ctx, "round", seg.region).filter((r) => r.value.stage !== "total");
  // …or each round heading its own clause: "A轮由线性资本领投，A+轮由中金资本独家投资"
  const headed = sentence.clauses.map((c) => roundRefOf(ctx, c)).filter((r): r is Mention<"round"> => r !== null && within(r, seg.region));
  const enumerated = enumeratedRounds(ctx.text, rounds);
  const listed = enumerated.length > 1 ? enumerated : headed.length > 1 ? headed : [];
  const roundSets = listed.length > 1 ? listed.map((r) => [r]) : [rounds];
  const first = seg.anchors[0]!;
  const frames: Frame[] = roundSets.map((roundSet, k) => ({
    id: nextId + k,
    sentences: [sentence],
    region: seg.region,
    company: seg.company,
    companyFrom: seg.companyFrom,
    round: roundSet[0] ?? null,
    amount: null,
    superseded: [],
    valuation: null,
    investors: [],
    groups: [],
    date: null,
    disclosed: null,
    trigger: seg.anchors.find((a) => a.trigger)?.trigger ?? null,
    anchor: first.verbAt ?? first.round?.span.start ?? first.clause.start,
    fromTitle: ctx.title !== null && within({ span: sentence.span }, ctx.title),
    cumulative: false,
  }));
  if (listed.length > 1) distributeRespectively(ctx, sentence, frames);
  else frames[0]!.amount = pickAmount(ctx, seg.region, frames[0]!.anchor);
  const segGroups = groups.filter((g) => g.clause.start >= seg.region.start && g.clause.end <= seg.region.end);
  for (const f of frames) {
    f.valuation = mentionsIn(ctx, "valuation", seg.region)[0] ?? null;
    addGroups(ctx, f, segGroups, listed.length > 1);
  }
  return frames;
}

// "由红杉中国领投…其一，领投X…" aside, a Chinese roundup item in English: "1. Auralis, $250M, Series C: …".
function itemHeaderEn(text: string, sentence: Sentence): CompanyCandidate | null {
  const m = /^\s*(?:\d{1,2}[.)]\s*|[-•*]\s*)?([A-Z][\w.&'’-]*(?:\s+[A-Z0-9&][\w.&'’-]*){0,4})\s*,/u.exec(sentence.text);
  if (!m) return null;
  const start = sentence.span.start + m.index + m[0].indexOf(m[1]!);
  return { span: { start, end: start + m[1]!.length }, alias: null };
}

// A registered name earlier in the same sentence ("记者从X获悉，公司…").
function namedBefore(ctx: FrameContext, sentence: Sentence, before: number): CompanyCandidate | null {
  const head = ctx.text.slice(sentence.span.start, before);
  const m = /[从据向]([^，。；从据向]{2,40}?(?:有限公司|股份有限公司|集团))(?:获悉|了解|透露|消息)/u.exec(head);
  if (!m) return null;
  const start = sentence.span.start + m.index + m[0].indexOf(m[1]!);
  return { span: { start, end: start + m[1]!.length }, alias: null };
}

/** Rounds written as a list ("B轮、B+轮", "天使轮和天使+轮"): two or more joined by 、/和/及. */
function enumeratedRounds(text: string, rounds: Mention<"round">[]): Mention<"round">[] {
  const labelled = rounds.filter((r) => r.value.label);
  for (let i = 0; i + 1 < labelled.length; i++) {
    const gap = text.slice(labelled[i]!.span.end, labelled[i + 1]!.span.start);
    if (/^(?:融资)?[、和及与]$/u.test(gap)) {
      const run = [labelled[i]!];
      let j = i;
      while (j + 1 < labelled.length && /^(?:融资)?[、和及与]$/u.test(text.slice(labelled[j]!.span.end, labelled[j + 1]!.span.start))) {
        run.push(labelled[j + 1]!);
        j++;
      }
      return run;
    }
  }
  return [];
}

// "金额分别为1亿元和2亿元": amounts listed after 分别 go to the listed rounds in order.
function distributeRespectively(ctx: FrameContext, sentence: Sentence, frames: Frame[]): void {
  const at = sentence.text.indexOf("分别");
  if (at < 0) return;
  const amounts = mentionsIn(ctx, "money", { start: sentence.span.start + at, end: sentence.span.end }).filter(isRaise);
  if (amounts.length !== frames.length) return;
  frames.forEach((f, i) => (f.amount = amounts[i]!));
}

/**
 * The amount raised: the money mention closest to the anchor in the sentence, preferring one after
 * "融资金额/融资总额/增资总额/发行规模" when there is one. Valuations and other roles are skipped.
 */
function pickAmount(ctx: FrameContext, s: Span, anchor: number): Mention<"money"> | null {
  // planned or targeted figures are not the amount raised ("C轮计划总规模为15亿元", "目标金额在5亿元左右")
  const planned = /计划|目标|拟|预计|有望|每股|股价|价格为?|发行价|认购价/u;
  const all = mentionsIn(ctx, "money", s).filter(isRaise).filter((m) => !planned.test(ctx.text.slice(Math.max(s.start, m.span.start - 10), m.span.start)));
  // a stated figure beats "金额未披露" in the same sentence ("金额未披露，但…规模在5亿元左右")
  const stated = all.filter((m) => m.value.qualifier !== "undisclosed");
  const candidates = stated.length ? stated : all;
  if (!candidates.length) return null;
  const totalCue = /(?:融资|增资|投资|募资|募集资金|发行|融资额|本轮|所得款项|实际发行)(?:总额|总金额|金额|规模|合计|总规模|总代价)(?:合计)?(?:为|达|约为|共计)?$|总代价$|合计(?:以|增资|投资|出资)?$|总额(?:为|达)?$/u;
  const cued = candidates.find((m) => totalCue.test(ctx.text.slice(Math.max(s.start, m.span.start - 14), m.span.start).replace(/人民币|[约超近]/gu, "")));
  if (cued) return cued;
  // Part of a round subscribed by one investor ("拟以自有资金人民币5,000万元认购") loses to the round total.
  const share = /自有资金|其中|分别出资|出资$/u;
  const pool = candidates.filter((m) => !share.test(ctx.text.slice(Math.max(s.start, m.span.start - 8), m.span.start)));
  const list = pool.length ? pool : candidates;
  return list.reduce((best, m) => (Math.abs(m.span.start - anchor) < Math.abs(best.span.start - anchor) ? m : best));
}

function addGroups(ctx: FrameContext, f: Frame, groups: readonly InvestorGroup[], perRound: boolean): void {
  for (const g of groups) {
    if (perRound && !groupTargetsRound(ctx, g, f)) continue;
    f.groups.push(g);
  }
  rebuildInvestors(f);
}

// "天使+轮由经纬创投领投": a group whose clause starts with a round label belongs to that round's frame.
function groupTargetsRound(ctx: FrameContext, g: InvestorGroup, f: Frame): boolean {
  const ref = roundRefOf(ctx, g.clause);
  if (!ref) return true;
  return f.round !== null && ref.value.label === f.round.value.label;
}

function roundRefOf(ctx: FrameContext, clause: Span): Mention<"round"> | null {
  const r = mentionsIn(ctx, "round", clause)[0];
  if (!r) return null;
  const before = ctx.text.slice(clause.start, r.span.start);
  return /^(?:其中|而|则|另外)?$/u.test(before) && /^(?:融资)?则?(?:由|为)/u.test(ctx.text.slice(r.span.end, clause.end)) ? r : null;
}

/** Investors of a frame from its groups: leads first marked, then everyone else, each span once. */
export function rebuildInvestors(f: Frame): void {
  const bySpan = new Map<string, InvestorSlot>();
  const key = (n: NameSpan) => `${n.span.start}:${n.span.end}`;
  const byText = new Map<string, InvestorSlot>();
  const add = (n: NameSpan, lead: boolean, text: string) => {
    const existing = byText.get(text) ?? bySpan.get(key(n));
    if (existing) {
      existing.lead ||= lead;
      return;
    }
    const slot = { span: n.span, lead };
    bySpan.set(key(n), slot);
    byText.set(text, slot);
  };
  for (const g of f.groups) {
    if (g.role === "mark_lead") continue;
    for (const n of g.names) add(n, g.role === "lead" || n.lead, n.text);
  }
  for (const g of f.groups) {
    if (g.role !== "mark_lead") continue;
    for (const n of g.names) {
      const hit = byText.get(n.text);
      if (hit) hit.lead = true;
      else add(n, true, n.text);
    }
  }
  f.investors = [...bySpan.values()];
}

// ---------------------------------------------------------------------------------------------
// Continuations

const ZH_CONTINUATION_START = /^(?:据(?:悉|了解)，?)?(?:本轮|该轮|此轮|这一?轮|本次|此次|其中|(?:Pre-)?[A-F]\d?\+{0,2}轮|天使\+?轮|种子轮|融资完成后|投资方|领投方|老股东|资金将|所筹资金|该笔|这笔)/u;

function continues(ctx: FrameContext, last: Frame, sentence: Sentence): boolean {
  if (sentence.listItem || sentence.tableRow) return false;
  const lastSentence = last.sentences[last.sentences.length - 1]!;
  if (lastSentence.listItem && sentence.line !== lastSentence.line) return false;
  if (sentence.line - lastSentence.line > 1) return false;
  const groups = groupsOf(ctx, sentence);
  if (ctx.language === "en") return groups.length > 0 && sentence.line === lastSentence.line;
  if (sentence.line !== lastSentence.line && !ZH_CONTINUATION_START.test(sentence.text)) return false;
  return groups.length > 0 || ZH_CONTINUATION_START.test(sentence.text);
}

function attachContinuation(ctx: FrameContext, frames: Frame[], last: Frame, sentence: Sentence): void {
  const siblings = frames.filter((f) => f.company === last.company);
  // A clause that names a round ("A轮由线性资本领投，A+轮由中金资本独家投资") goes to that round's frame.
  const frameFor = (at: Span): Frame => {
    const clause = sentence.clauses.find((c) => at.start >= c.start && at.end <= c.end) ?? sentence.span;
    const ref = mentionsIn(ctx, "round", clause)[0] ?? mentionsIn(ctx, "round", sentence.span)[0];
    return (ref && siblings.filter((f) => f.round?.value.label === ref.value.label).at(-1)) || last;
  };
  const touched = new Set<Frame>();
  for (const g of groupsOf(ctx, sentence)) {
    const target = frameFor(g.clause);
    target.groups.push(g);
    touched.add(target);
  }
  const main = frameFor(sentence.span);
  touched.add(main);
  for (const t of touched) {
    if (!t.sentences.includes(sentence)) t.sentences.push(sentence);
    rebuildInvestors(t);
  }
  if (!main.amount) {
    const m = pickAmount(ctx, sentence.span, sentence.span.start);
    if (m && /金额|规模|融资额|本轮|总额/u.test(sentence.text)) main.amount = m;
  }
  if (!main.valuation) main.valuation = mentionsIn(ctx, "valuation", sentence.span)[0] ?? null;
}

function sameParagraph(f: Frame, s: Sentence): boolean {
  return f.sentences[f.sentences.length - 1]!.line === s.line;
}

// ---------------------------------------------------------------------------------------------
// Tables: "公司名称｜轮次｜金额｜投资方" then one row per deal.

function isHeaderRow(sentence: Sentence, text: string): boolean {
  const cells = sentence.clauses.map((c) => text.slice(c.start, c.end));
  return cells.some((c) => /公司|企业|名称|项目|Company/u.test(c)) && cells.some((c) => /轮次|金额|投资方|Round|Amount|Investors/iu.test(c));
}

function tableFrame(ctx: FrameContext, sentence: Sentence, header: string[], id: number): Frame[] {
  const cells = sentence.clauses;
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const companyCell = cells[Math.max(0, col(/公司|企业|名称|项目|Company/u))];
  if (!companyCell) return [];
  const investorCell = cells[col(/投资方|投资机构|Investors/iu)];
  const groups = investorCell ? investorGroupsTable(ctx, investorCell) : [];
  const f: Frame = {
    id,
    sentences: [sentence],
    region: sentence.span,
    company: { span: companyCell, alias: null },
    companyFrom: "table",
    round: mentionsIn(ctx, "round", sentence.span)[0] ?? null,
    amount: mentionsIn(ctx, "money", sentence.span).filter(isRaise)[0] ?? null,
    superseded: [],
    valuation: null,
    investors: [],
    groups,
    date: null,
    disclosed: null,
    trigger: null,
    anchor: companyCell.start,
    fromTitle: false,
    cumulative: false,
  };
  rebuildInvestors(f);
  return [f];
}

function investorGroupsTable(ctx: FrameContext, cell: Span): InvestorGroup[] {
  const groups = investorGroupsZh(ctx.text, cell);
  if (groups.length) return groups;
  const lang = /[\u4e00-\u9fff]/u.test(ctx.text.slice(cell.start, cell.end)) ? "zh" : "en";
  const names = splitNames(ctx.text, cell.start, cell.end, lang);
  return names.length ? [{ role: "list", names, clause: cell, at: cell.start, object: null }] : [];
}

export { mentionsIn };
