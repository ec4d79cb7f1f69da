// Stage 6 of extraction, as a table of contents: every sentence is a table row (tables.ts), an
// anchor sentence whose frames are read (anchors.ts → company.ts → rounds.ts → investors), or a
// continuation of the last event (continuations.ts). Shared types and helpers are in frame.ts.
import type { Mention } from "../../3-recognize/types.js";
import type { Sentence } from "../1-segment.js";
import { type InvestorGroup } from "../4-investors.js";
import { anchorsEn, anchorsZh } from "./anchors.js";
import { type Segment, segments } from "./company.js";
import { attachContinuation, continues } from "./continuations.js";
import { type Frame, type FrameContext, groupsOf, mentionsIn, sameParagraph, within } from "./frame.js";
import { addGroups, distributeRespectively, enumeratedRounds, pickAmount, roundRefOf } from "./rounds.js";
import { isHeaderRow, tableFrame } from "./tables.js";

export { type Frame, type FrameContext, groupsOf, type InvestorSlot, mentionsIn, rebuildInvestors } from "./frame.js";

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

function sentenceFrames(ctx: FrameContext, sentence: Sentence, nextId: number, last: Frame | null): Frame[] {
  const anchors = ctx.language === "zh" ? anchorsZh(ctx, sentence) : anchorsEn(ctx, sentence);
  if (!anchors.length) return [];
  const groups = groupsOf(ctx, sentence);
  const frames: Frame[] = [];
  for (const seg of segments(ctx, sentence, anchors, groups, last)) frames.push(...segmentFrames(ctx, sentence, seg, groups, nextId + frames.length));
  return frames;
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
