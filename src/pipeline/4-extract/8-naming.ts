import type { PipelineDocument } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import { findRegisteredNames } from "./registered-names.js";
import type { FrameContext } from "./6-frames.js";
import { type DocFrame, coreName } from "./7-document.js";

/**
 * One name per company per document (DuEE-Fin: "the fullest name in the body … the same string in
 * every event"). A headline's short form "云帆智能" gives way to the body's registered name
 * "深圳云帆智能科技有限公司"; a body mention broken by repost noise ("@北京青%3Rk8p%禾生@物…") gives way
 * to a clean mention of the same company, as written.
 */
export function chooseCompanyNames(ctx: FrameContext, doc: PipelineDocument, frames: readonly DocFrame[], headlineNames: readonly Span[] = []): Map<DocFrame, Span> {
  const registered = registeredNames(ctx);
  const out = new Map<DocFrame, Span>();
  for (const d of frames) {
    const own = d.frame.company!.span;
    const key = coreName(ctx.text.slice(own.start, own.end));
    const registeredOwn = /(?:有限公司|有限合伙[)）]|集团)$/u.test(ctx.text.slice(own.start, own.end));
    const candidates: Span[] = [own];
    for (const other of frames) {
      const s = other.frame.company!.span;
      if (related(key, coreName(ctx.text.slice(s.start, s.end)), registeredOwn)) candidates.push(s);
      const alias = other.frame.company!.alias;
      if (alias && related(key, coreName(ctx.text.slice(alias.start, alias.end)), registeredOwn)) candidates.push(s);
    }
    for (const s of [...registered, ...headlineNames]) if (related(key, coreName(ctx.text.slice(s.start, s.end)), registeredOwn)) candidates.push(s);
    out.set(d, best(ctx, doc, candidates));
  }
  return out;
}

// A short name ("云帆智能") relates to a fuller one that contains it ("深圳云帆智能科技有限公司");
// two registered names relate only when equal (a parent and its subsidiary share a prefix).
function related(key: string, candidateKey: string, keyIsRegistered = false): boolean {
  if (key.length < 2 || candidateKey.length < 2) return false;
  if (key === candidateKey) return true;
  return !keyIsRegistered && candidateKey.includes(key);
}

function registeredNames(ctx: FrameContext): Span[] {
  const body = ctx.sentences.filter((s) => !(ctx.title && s.span.end <= ctx.title.end && s.span.start >= ctx.title.start));
  return body.flatMap((s) => findRegisteredNames(ctx.text, s.span));
}

function best(ctx: FrameContext, doc: PipelineDocument, spans: Span[]): Span {
  const inTitle = (s: Span) => ctx.title !== null && s.start >= ctx.title.start && s.end <= ctx.title.end;
  const noisy = (s: Span) => {
    const o = doc.text.toOriginal(s);
    return doc.removed.some((r) => r.span.start < o.end && r.span.end > o.start && r.reason !== "markup");
  };
  const score = (s: Span) => (noisy(s) ? 0 : 4) + (inTitle(s) ? 0 : 2) + (s.end - s.start) / 100;
  return spans.reduce((a, b) => (score(b) > score(a) ? b : a));
}
