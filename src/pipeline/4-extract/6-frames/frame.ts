// Frames: one financing event as read from a sentence, the context frames are read in, and helpers
// every step of frame reading shares.
import type { Span } from "../../../core/span.js";
import type { Mention } from "../../3-recognize/types.js";
import type { Sentence } from "../1-segment.js";
import { type NameSpan } from "../3-names.js";
import { type InvestorGroup, investorGroupsEn, investorGroupsZh } from "../4-investors.js";
import { type CompanyCandidate } from "../5-company.js";

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
  /** Organization spans the recognizers found (they know where names start). */
  readonly orgs: readonly Span[];
}

export const within = (m: { span: Span }, s: Span) => m.span.start >= s.start && m.span.end <= s.end;

export function mentionsIn<K extends Mention["kind"]>(ctx: FrameContext, kind: K, s: Span): Mention<K>[] {
  return ctx.mentions.filter((m): m is Mention<K> => m.kind === kind && within(m, s));
}

/** Roles of money that are not the amount raised ("估值", "市值", "营收", "基金规模"). */
export const isRaise = (m: Mention<"money">) => m.value.role === "amount_raised" || m.value.role === "unknown";

export function groupsOf(ctx: FrameContext, sentence: Sentence): InvestorGroup[] {
  if (ctx.language === "en") return investorGroupsEn(ctx.text, sentence.span);
  // rounds and amounts bound a name slot; dates do not ("腾讯投资近日领投" keeps 腾讯投资 before 近日)
  const barriers = ctx.mentions.filter((m) => (m.kind === "round" || m.kind === "money") && within(m, sentence.span)).map((m) => m.span);
  return sentence.clauses.flatMap((c) => investorGroupsZh(ctx.text, c, barriers));
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

export function sameParagraph(f: Frame, s: Sentence): boolean {
  return f.sentences[f.sentences.length - 1]!.line === s.line;
}
