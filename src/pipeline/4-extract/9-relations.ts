import type { PipelineDocument } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import { ZH_WITHDRAWAL } from "./2-cues.js";
import { cleanName, splitNames } from "./3-names.js";
import { isCompanyLike } from "./5-company.js";
import type { FrameContext } from "./6-frames/index.js";
import type { DocFrame } from "./7-document.js";
import type { InvestmentRelation } from "./event.js";

/**
 * Who backs whom without a round: "阿里已投资了零一万物、智谱AI和百川智能三家公司", "美团投资了智谱AI".
 * And who did NOT: "金沙江并无直接投资月之暗面", "字节曾有意投资MiniMax……最终还是退出了", plus the
 * investors the document stage removed from events as withdrawn.
 */
const ZH_INVESTED =
  /(?:[已也则曾还都均]|先后|分别|同样)?(?:投资了|投资过|入股了|注资了|并无直接投资|并未直接投资|没有直接投资|(?:有意|成心|曾有意)投资(?![人者方界圈的上额数]|机构|回报|流程|逻辑|进程))/gu;

export function readRelations(ctx: FrameContext, doc: PipelineDocument, frames: readonly DocFrame[]): InvestmentRelation[] {
  const out: InvestmentRelation[] = [];
  const t = doc.text;
  const ref = (s: Span) => ({ name: t.text.slice(s.start, s.end), text: t.originalSlice(s), span: t.toOriginal(s) });
  if (ctx.language === "zh") {
    for (const sentence of ctx.sentences) {
      for (const clause of sentence.clauses) {
        const c = ctx.text.slice(clause.start, clause.end);
        // a clause with a round or an amount is an event's, not a bare relation's ("零一万物" is no amount)
        if (/融资/u.test(c) || ctx.mentions.some((x) => (x.kind === "money" || x.kind === "round") && x.span.start >= clause.start && x.span.end <= clause.end)) continue;
        for (const m of c.matchAll(ZH_INVESTED)) {
          const subject = investorBefore(ctx, clause.start, clause.start + m.index);
          if (!subject) continue;
          const objectStart = clause.start + m.index + m[0].length;
          const objectEnd = Math.min(listEnd(ctx, sentence.clauses, clause), objectStart + stopAt(ctx.text.slice(objectStart, sentence.span.end)));
          const objects = splitNames(ctx.text, objectStart, objectEnd, "zh")
            .map((n) => ({ ...n, span: trimCount(ctx.text, n.span) }))
            .filter((n) => isCompanyLike(ctx.text.slice(n.span.start, n.span.end)));
          const negated = ZH_WITHDRAWAL.test(ctx.text.slice(sentence.span.start, sentence.span.end)) || /[无未没]|并非|不会/u.test(c.slice(0, m.index).slice(-4));
          for (const o of objects) {
            out.push({ kind: "investment", investor: ref(subject), company: ref(o.span), negated, status: "completed", evidence: [t.toOriginal(sentence.span)] });
          }
        }
      }
    }
  }
  if (ctx.language === "zh") out.push(...moneyFromRelations(ctx, ref), ...beforeInvestingRelations(ctx, ref));
  out.push(...withdrawnRelations(ctx, frames, ref));
  return dedupe(out);
}

// one relation per investor, company and polarity (the first statement is its evidence)
function dedupe(relations: InvestmentRelation[]): InvestmentRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.investor.name}|${r.company.name}|${r.negated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withdrawnRelations(_ctx: FrameContext, frames: readonly DocFrame[], ref: Ref): InvestmentRelation[] {
  const out: InvestmentRelation[] = [];
  for (const d of frames) {
    for (const w of d.withdrawn) {
      out.push({ kind: "investment", investor: ref(w), company: ref(d.frame.company!.span), negated: true, status: d.status, evidence: [ref(d.frame.sentences[0]!.span).span] });
    }
  }
  return out;
}

// "阿里已投资了…": the investor is the subject, after any lead-in ("在…以前，") and before adverbs.
function investorBefore(ctx: FrameContext, clauseStart: number, verbAt: number): Span | null {
  const head = ctx.text.slice(clauseStart, verbAt);
  const m = /([\p{Script=Han}A-Za-z0-9]{2,12})(?:[已也则曾还都均并]|并无直接|并未直接|无直接|未直接|直接)*$/u.exec(head.slice(head.lastIndexOf("的") + 1));
  if (!m) return null;
  const start = clauseStart + head.lastIndexOf("的") + 1 + m.index;
  const cleaned = cleanName(ctx.text, start, start + m[1]!.length, "zh");
  if (!cleaned) return null;
  const name = ctx.text.slice(cleaned.start, cleaned.end);
  // a known organization is an investor whatever the dictionary says of the word ("阿里")
  const known = ctx.mentions.some((m) => m.kind === "org" && m.span.start === cleaned.start && m.span.end === cleaned.end);
  if ((!known && !isCompanyLike(name)) || /创建的|他|她|我们|投资人|机构$/u.test(name)) return null;
  return { start: cleaned.start, end: cleaned.end };
}

// The object list may run over the next clauses when they are only names ("零一万物,智谱AI和百川智能三家公司").
function listEnd(ctx: FrameContext, clauses: readonly Span[], from: Span): number {
  let end = from.end;
  for (const c of clauses) {
    if (c.start < end) continue;
    const t = ctx.text.slice(c.start, c.end);
    if (t.length > 24 || /[了在是被将把对从]|投资|收购|看来|认为/u.test(t)) break;
    end = c.end;
  }
  return end;
}

// The object list stops at a dash, a bracket or a verb: "月之暗面——虽然他们…".
function stopAt(s: string): number {
  const m = /——|[—（(了在是被将把对从但]|虽然|因为|以前|之前|以后/u.exec(s);
  return m ? m.index : s.length;
}

// "…三家公司", "…等公司" after the last name
function trimCount(text: string, s: Span): Span {
  const m = /(?:[一二三四五六七八九十两\d]+家|等)(?:公司|企业|创业公司)?$/u.exec(text.slice(s.start, s.end));
  return m ? { start: s.start, end: s.end - m[0].length } : s;
}

type Ref = (s: Span) => InvestmentRelation["investor"];

const orgAt = (ctx: FrameContext, from: number, to: number) =>
  ctx.mentions.filter((m) => m.kind === "org" && m.span.start >= from && m.span.end <= to).map((m) => m.span);

/**
 * "月之暗面从阿里拿到更多钱": the company took money from the investor. Only the plain statement counts;
 * "MiniMax没有从阿里拿更多钱" says nothing certain either way and is left alone.
 */
const MONEY_FROM = /从|從/gu;
const TOOK_MONEY = /^([^，。；]{1,12}?)(?:拿到|拿|获得|得到|融到|募得)了?(?:更多的?|大笔|大量的?|不少)?(?:钱|资金|投资|融资)/u;

function moneyFromRelations(ctx: FrameContext, ref: Ref): InvestmentRelation[] {
  const out: InvestmentRelation[] = [];
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(MONEY_FROM)) {
      const took = TOOK_MONEY.exec(s.text.slice(m.index + 1));
      if (!took) continue;
      const before = s.text.slice(0, m.index);
      if (/[没未不无]有?$|并未$|没能$/u.test(before)) continue;
      const at = s.span.start + m.index;
      const company = orgAt(ctx, s.span.start, at).at(-1);
      const investor = orgAt(ctx, at + 1, at + 1 + took[1]!.length)[0];
      if (company && investor) out.push({ kind: "investment", investor: ref(investor), company: ref(company), negated: false, status: "completed", evidence: [ref(s.span).span] });
    }
  }
  return out;
}

/** "在重投月之暗面和MiniMax以前，阿里已投资了…": the subject of the main clause invested in those named. */
const BEFORE_INVESTING = /^在(?:重投|投资|领投|入股|加码)([^，。；]{2,40}?)(?:以前|之前)/u;

function beforeInvestingRelations(ctx: FrameContext, ref: Ref): InvestmentRelation[] {
  const out: InvestmentRelation[] = [];
  for (const s of ctx.sentences) {
    const m = BEFORE_INVESTING.exec(s.text);
    const next = s.clauses[1];
    if (!m || !next) continue;
    const investor = orgAt(ctx, next.start, next.end)[0];
    if (!investor || investor.start - next.start > 2) continue;
    const objStart = s.span.start + m[0].indexOf(m[1]!);
    for (const company of orgAt(ctx, objStart, objStart + m[1]!.length)) {
      out.push({ kind: "investment", investor: ref(investor), company: ref(company), negated: false, status: "completed", evidence: [ref(s.span).span] });
    }
  }
  return out;
}
