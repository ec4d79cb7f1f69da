import { MappedText } from "../../src/core/mapped-text.js";
import { makeDocument, type DocumentMeta, type PipelineDocument } from "../../src/core/records.js";
import type { Span } from "../../src/core/span.js";
import type { Currency, DatePrecision, MoneyQualifier, Stage } from "../../src/pipeline/3-recognize/types.js";
import type { EventStatus, FinancingEvent, InvestmentRelation, MoneyJson } from "../../src/pipeline/4-extract/event.js";
import { displayName } from "../../src/pipeline/5-resolve/names.js";
import { registryFromEntries, type Registry } from "../../src/pipeline/5-resolve/registry.js";
import { processedFrom, rawHash, type ProcessedDocument } from "../../src/pipeline/process.js";
import type { Store } from "../../src/store/store.js";
import { writeDocument, type WriteOutcome } from "../../src/store/write.js";

/**
 * Build what the extractor will produce (FinancingEvent, InvestmentRelation) from sentences
 * written for these tests, with spans found in the text, and write them through the real writer.
 */
export function pipelineDoc(text: string, meta: Partial<DocumentMeta> = {}): PipelineDocument {
  const raw = new TextEncoder().encode(text);
  const hash = rawHash(raw);
  return makeDocument({
    // each fixture its own source: the same local path with other bytes would be a new version
    meta: { source: `fixture-${hash.slice(0, 12)}.txt`, id: hash, title: null, titleSpan: null, author: null, published: null, url: null, encoding: "utf-8", format: "text", ...meta } as DocumentMeta,
    raw,
    text: MappedText.identity(text),
    language: /\p{Script=Han}/u.test(text) ? "zh" : "en",
    removed: [],
    issues: [],
  });
}

/** The span of `needle` in `text` (the n-th occurrence). */
export function at(text: string, needle: string, nth = 0): Span {
  let from = 0;
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, from);
    if (i < 0) throw new Error(`"${needle}" not in fixture text`);
    from = i + 1;
  }
  return { start: i, end: i + needle.length };
}

type MoneySpec = [text: string, min: number | null, max: number | null, currency: Currency | null, qualifier: MoneyQualifier];

export interface EventSpec {
  company: string | [name: string, text: string];
  round?: [stage: Stage, text: string, label?: string | null];
  amount?: MoneySpec;
  valuation?: MoneySpec;
  investors?: (string | [name: string, text: string, lead: boolean])[];
  lead?: string[];
  date?: [text: string, value: string, precision: DatePrecision];
  status?: EventStatus;
  superseded?: MoneySpec[];
  stakes?: [holder: string, text: string, percent: number][];
}

function money(text: string, [t, min, max, currency, qualifier]: MoneySpec): MoneyJson {
  return { min, max, currency, qualifier, text: t, span: at(text, t) };
}

export function event(text: string, spec: EventSpec): FinancingEvent {
  const [cname, ctext] = typeof spec.company === "string" ? [displayName(spec.company), spec.company] : spec.company;
  const investors = (spec.investors ?? []).map((i) => {
    const [name, t, lead] = typeof i === "string" ? [displayName(i), i, (spec.lead ?? []).includes(i)] : i;
    return { name, text: t, span: at(text, t), lead };
  });
  return {
    kind: "financing",
    company: { name: cname, text: ctext, span: at(text, ctext) },
    round: spec.round ? { stage: spec.round[0], text: spec.round[1], label: spec.round[2] ?? null, span: at(text, spec.round[1]), labelSpan: null } : null,
    amount: spec.amount ? money(text, spec.amount) : null,
    valuation: spec.valuation ? { ...money(text, spec.valuation), basis: "unspecified" } : null,
    investors,
    date: spec.date ? { value: spec.date[1], precision: spec.date[2], text: spec.date[0], span: at(text, spec.date[0]) } : null,
    disclosed: null,
    status: spec.status ?? "completed",
    evidence: [{ start: 0, end: text.length }],
    trigger: null,
    ...(spec.superseded ? { superseded: spec.superseded.map((m) => money(text, m)) } : {}),
    ...(spec.stakes
      ? {
          stakes: spec.stakes.map(([holder, t, percent]) => ({
            holder: { name: displayName(holder), text: holder, span: at(text, holder) },
            percent,
            min: percent,
            max: percent,
            qualifier: "exact" as const,
            text: t,
            span: at(text, t),
          })),
        }
      : {}),
  };
}

export function relation(text: string, investor: string, company: string, negated = false): InvestmentRelation {
  return {
    kind: "investment",
    investor: { name: displayName(investor), text: investor, span: at(text, investor) },
    company: { name: displayName(company), text: company, span: at(text, company) },
    negated,
    status: "completed",
    evidence: [{ start: 0, end: text.length }],
  };
}

export function processed(text: string, meta: Partial<DocumentMeta>, events: readonly EventSpec[], relations: readonly InvestmentRelation[] = []): ProcessedDocument {
  const doc = pipelineDoc(text, meta);
  return processedFrom(doc, { events: events.map((e) => event(text, e)), relations }, [], { ingestedAt: new Date("2025-01-01T00:00:00Z") });
}

/** Write one fixture document through the real writer, in one transaction. */
export async function ingestFixture(
  store: Store,
  registry: Registry,
  text: string,
  meta: Partial<DocumentMeta>,
  events: readonly EventSpec[],
  relations: readonly InvestmentRelation[] = [],
): Promise<WriteOutcome> {
  const p = processed(text, meta, events, relations);
  return store.transaction(() => writeDocument(store, p, new TextEncoder().encode(text), registry));
}

/** A small registry written for tests (the facts of data/entities.jsonl, plus a few). */
export const TEST_REGISTRY: Registry = registryFromEntries([
  { id: "alibaba", kind: "corporate", name: "阿里巴巴", aliases: ["阿里", "阿里巴巴集团", "Alibaba", "Alibaba Group"] },
  { id: "tencent", kind: "corporate", name: "腾讯", aliases: ["腾讯控股", "Tencent"] },
  { id: "tencent-investment", kind: "investor", name: "腾讯投资", aliases: ["Tencent Investment"], parent: "tencent" },
  { id: "alibaba-cloud", kind: "company", name: "阿里云", aliases: ["Alibaba Cloud"], parent: "alibaba" },
  { id: "moonshot-ai", kind: "company", name: "月之暗面", aliases: ["Moonshot AI", "Moonshot", "北京月之暗面科技有限公司"] },
  { id: "minimax", kind: "company", name: "MiniMax", aliases: ["稀宇科技", "上海稀宇科技有限公司"] },
  { id: "bytedance", kind: "corporate", name: "字节跳动", aliases: ["字节", "ByteDance"] },
  { id: "hongshan", kind: "investor", name: "红杉中国", aliases: ["HongShan", "Sequoia Capital China", "红杉"] },
]);
