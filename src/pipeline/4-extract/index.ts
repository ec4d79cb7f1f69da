import type { Issue, Result } from "../../core/issue.js";
import type { PipelineDocument } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import { recognize, unresolvedDateIssues } from "../3-recognize/index.js";
import type { Mention } from "../3-recognize/types.js";
import { segment } from "./1-segment.js";
import type { FrameContext } from "./6-frames/index.js";
import { readFrames } from "./6-frames/index.js";
import { type DocFrame, settleDocument } from "./7-document.js";
import { chooseCompanyNames } from "./8-naming.js";
import { readRelations } from "./9-relations.js";
import type { FinancingEvent, InvestmentRelation, MoneyJson, PartialDateJson } from "./event.js";

export type { FinancingEvent, InvestmentRelation } from "./event.js";

export interface Extraction {
  readonly events: readonly FinancingEvent[];
  readonly relations: readonly InvestmentRelation[];
}

/**
 * Find every financing event in a normalized document:
 * segment → recognize → frames per sentence → settle the document (status, corrections, dates,
 * merging) → name companies consistently → events with spans into the original input.
 */
export function extract(doc: PipelineDocument): Result<Extraction> {
  const text = doc.text.text;
  const language = doc.language === "zh" ? "zh" : "en";
  const mentions = withoutMentionsInsideNames(text, recognize(text, { documentDate: doc.meta.published, language }));
  const ctx: FrameContext = {
    text,
    language,
    sentences: segment(text),
    mentions,
    title: doc.meta.titleSpan ? doc.text.spanFromOriginal(doc.meta.titleSpan) : null,
    orgs: mentions.filter((m) => m.kind === "org").map((m) => m.span),
  };
  const { events: settled, headlineNames } = settleDocument(ctx, readFrames(ctx));
  const names = chooseCompanyNames(ctx, doc, settled, headlineNames);
  const toOriginal = (s: Span) => doc.text.toOriginal(s);
  const fullest = fullestInvestorNames(text, mentions);
  const events = settled.map((d) => toEvent(doc, d, names.get(d) ?? d.frame.company!.span, fullest));
  const relations = readRelations(ctx, doc, settled);
  const issues: Issue[] = unresolvedDateIssues(mentions, toOriginal);
  return { value: { events, relations }, issues };
}

/**
 * Words of a value inside an organization's name are not values: "深圳市天使投资引导基金" holds no
 * angel round, "今日资本" no date. A round or date running into an investor's name is dropped.
 */
const DATE_IN_NAME = /^(?:投资|资本|创投|基金|资管|集团|控股|证券|银行|产业|引导)/u;
// "深圳市天使投资引导基金": the round words run into a fund's name ("A轮投资" stays a round)
const ROUND_IN_NAME = /^(?:引导|基金|资本|创投|集团|人|管理|机构)/u;
// "投资天使轮及A轮项目", "B轮及以后的融资占比": a stage named as a kind of deal, not a deal
const STAGE_AS_KIND_AFTER = /^(?:及以后|以后|以前|之前|前后|项目|企业|公司|阶段|的?投资标的|等轮次|[、和及][^，。；]{0,8}等轮次)/u;

function withoutMentionsInsideNames(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (m.kind !== "round" && m.kind !== "date") return true;
    if (m.kind === "date" && !(m as Mention<"date">).value.relative) return true;
    const after = text.slice(m.span.end, m.span.end + 6);
    if (m.kind === "round" && STAGE_AS_KIND_AFTER.test(after)) return false;
    return !(m.kind === "round" ? ROUND_IN_NAME : DATE_IN_NAME).test(after);
  });
}

/**
 * "经纬创投相关负责人透露，经纬已于今年3月领投…": an investor written short once and in full elsewhere in
 * the document is named by its full written form (the registry says both are one entity).
 */
const INVESTOR_ENDING = /^(?:创投|资本|基金|投资|创新|集团|控股|Capital|\s+(?:Capital|Ventures|Partners))$/u;

function fullestInvestorNames(text: string, mentions: readonly Mention[]): (s: Span) => Span {
  const all = mentions.filter((m): m is Mention<"org"> => m.kind === "org");
  const orgs = all.filter((m) => m.value.lexiconId !== null);
  const longest = new Map<string, Span>();
  for (const m of orgs) {
    const id = m.value.lexiconId!;
    const cur = longest.get(id);
    if (!cur || m.span.end - m.span.start > cur.end - cur.start) longest.set(id, m.span);
  }
  return (s) => {
    const here = orgs.find((m) => m.span.start === s.start && m.span.end === s.end);
    // only a fuller form of the same words ("经纬" → "经纬创投"), never another alias ("HongShan" is
    // not renamed "Sequoia Capital China")
    const short = text.slice(s.start, s.end);
    const full = here && longest.get(here.value.lexiconId!);
    if (full && full.end - full.start > s.end - s.start && text.slice(full.start, full.end).includes(short)) return full;
    // "经纬" written in full as "经纬创投" elsewhere: the short form plus an investor's ending
    const longer = all.find((m) => m.text.startsWith(short) && INVESTOR_ENDING.test(m.text.slice(short.length)));
    return longer ? longer.span : s;
  };
}

function toEvent(doc: PipelineDocument, d: DocFrame, companySpan: Span, fullest: (s: Span) => Span = (s) => s): FinancingEvent {
  const t = doc.text;
  const ref = (s: Span) => ({ name: t.text.slice(s.start, s.end), text: t.originalSlice(s), span: t.toOriginal(s) });
  const f = d.frame;
  const round = f.cumulative
    ? { stage: "total" as const, text: f.round?.text ?? "", label: null, span: t.toOriginal(f.round?.span ?? f.sentences[0]!.span), labelSpan: null }
    : f.round && {
        stage: f.round.value.stage,
        text: t.originalSlice(f.round.span),
        label: f.round.value.label,
        span: t.toOriginal(f.round.span),
        labelSpan: f.round.value.labelSpan ? t.toOriginal(f.round.value.labelSpan) : null,
      };
  return {
    kind: "financing",
    company: ref(companySpan),
    round,
    amount: f.amount ? money(doc, f.amount) : null,
    valuation: f.valuation ? { ...money(doc, f.valuation), basis: f.valuation.value.basis } : null,
    investors: f.investors.map((i) => ({ ...ref(fullest(i.span)), lead: i.lead })),
    date: f.date ? date(doc, f.date) : null,
    disclosed: f.disclosed ? date(doc, f.disclosed) : null,
    status: d.status,
    evidence: f.sentences.map((s) => t.toOriginal(s.span)),
    trigger: f.trigger ? t.toOriginal(f.trigger) : null,
    ...(f.superseded.length ? { superseded: f.superseded.map((m) => money(doc, m)) } : {}),
  };
}

function money(doc: PipelineDocument, m: Mention<"money"> | Mention<"valuation">): MoneyJson {
  const v = m.value;
  return { min: v.min, max: v.max, currency: v.currency, qualifier: v.qualifier, text: doc.text.originalSlice(m.span), span: doc.text.toOriginal(m.span) };
}

function date(doc: PipelineDocument, m: Mention<"date">): PartialDateJson {
  return { value: m.value.value, precision: m.value.precision, text: doc.text.originalSlice(m.span), span: doc.text.toOriginal(m.span) };
}
