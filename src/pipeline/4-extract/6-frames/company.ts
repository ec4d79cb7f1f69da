// The raising company of a sentence's events: object forms, the subject, then pronouns and what came before.
import type { Span } from "../../../core/span.js";
import type { Mention } from "../../3-recognize/types.js";
import type { Sentence } from "../1-segment.js";
import { type InvestorGroup } from "../4-investors.js";
import { appositiveEn, type CompanyCandidate, namesItsOwnSubject, subjectEn, subjectRangeZh, subjectZh } from "../5-company.js";
import { findRegisteredNames } from "../registered-names.js";
import type { Anchor } from "./anchors.js";
import { type Frame, type FrameContext, sameParagraph, within } from "./frame.js";

/** One subject and what follows it, up to the next clause with a subject of its own. */
export interface Segment {
  region: Span;
  anchors: Anchor[];
  company: CompanyCandidate | null;
  companyFrom: Frame["companyFrom"];
}

/**
 * "客岁十月，百川智能得到的单轮融资是3亿美金投资，智谱AI 2023年累计得到的融资是超25亿人民币":
 * a clause whose verb has its own, different subject starts a new event in the same sentence.
 */
const CONTINUATION_OPENING = /^(?:The|Its|This)\s+(?:round|Series\s+[A-K]|seed|financing|funding|raise|investment|extension)\b|^(?:本轮|该轮|此轮|这一?轮|本次融资|此次融资)/iu;

export function segments(ctx: FrameContext, sentence: Sentence, anchors: Anchor[], groups: InvestorGroup[], last: Frame | null): Segment[] {
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
    const cleaned = subjectZh(ctx.text, span.start, span.end, ctx.orgs);
    if (cleaned) return { company: cleaned, companyFrom: "object" };
  }
  return null;
}

function subjectCompany(ctx: FrameContext, sentence: Sentence, a: Anchor): Found | null {
  if (a.verbAt === null) return null;
  const company = ctx.language === "zh" ? subjectZh(ctx.text, a.clause.start, a.verbAt, ctx.orgs) : subjectEn(ctx.text, sentence.span.start, a.verbAt);
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
    if (end !== Infinity && set(subjectZh(ctx.text, a.clause.start, end, ctx.orgs), "subject")) return;
    const head = ctx.text.slice(sentence.span.start, a.clause.start);
    const speaker = ZH_SPEAKER_VERB.exec(head);
    if (speaker && set(subjectZh(ctx.text, sentence.span.start, sentence.span.start + speaker.index, ctx.orgs), "pronoun")) return;
    // "记者从苏州芯澈半导体有限公司获悉，公司已于10月完成…"
    if (set(namedBefore(ctx, sentence, a.clause.start), "pronoun")) return;
    // A subject of its own that is no company ("中国出海企业共获得融资21笔", "这家新公司已于上个月完成…")
    // must not borrow a company from earlier sentences.
    if (a.verbAt !== null && namesItsOwnSubject(ctx.text, subjectRangeZh(ctx.text, a.clause.start, a.verbAt))) return;
  }
  if (ctx.language === "en" && sentence.listItem && set(itemHeaderEn(ctx.text, sentence), "item")) return;
  // no verb of raising: "01.AI (零一万物), the … start-up, is now valued at … after a funding round …"
  if (ctx.language === "en" && a.verbAt === null && set(appositiveEn(ctx.text, sentence), "subject")) return;
  // the last event's company, in the same paragraph or in the next one when the sentence opens
  // by pointing back at the round ("The Series C was led by …", "本轮由…")
  const pointsBack = CONTINUATION_OPENING.test(sentence.text) && sentence.line - (last?.sentences.at(-1)?.line ?? -9) <= 1;
  if (last && !last.fromTitle && (sameParagraph(last, sentence) || pointsBack) && set(last.company, "pronoun")) return;
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
    const names = findRegisteredNames(ctx.text, s.span, ctx.orgs);
    const name = names.at(-1) ?? names[0];
    if (name) return { span: name, alias: null };
  }
  return null;
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
