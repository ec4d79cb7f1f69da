import type { Span } from "../../core/span.js";

/**
 * Recognizers run on the clean text. Each is split into `find` (where are the spans?) and
 * `parse` (what value does a span hold?), as compromise does for numbers. Spans here are in
 * clean-text coordinates; the document's MappedText turns them into original offsets.
 */

/** ISO 4217 codes we recognize. */
export type Currency = "CNY" | "USD" | "HKD" | "EUR" | "JPY" | "GBP" | "TWD" | "SGD" | "INR" | "KRW" | "CHF" | "CAD" | "AUD";

export type MoneyQualifier = "exact" | "about" | "at_least" | "at_most" | "range" | "undisclosed";

/** What the words around an amount say it measures. */
export type MoneyRole = "amount_raised" | "valuation" | "market_cap" | "revenue" | "fund_size" | "unknown";

export interface Money {
  /** Whole units of the currency (8亿美金 → 800000000). */
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: Currency | null;
  readonly qualifier: MoneyQualifier;
  readonly role: MoneyRole;
}

export type ValuationBasis = "pre" | "post" | "unspecified";

export type DatePrecision = "year" | "half" | "quarter" | "month" | "day";

export interface PartialDate {
  /** "2024", "2024-02", "2024-02-15" (half and quarter use the first month: "2024-07"). */
  readonly value: string | null;
  readonly precision: DatePrecision;
  /** True when the value was computed from the document date (去年十月, 日前). */
  readonly relative: boolean;
}

export type Stage =
  | "pre-seed" | "seed" | "angel" | "pre-a" | "a" | "a+" | "pre-b" | "b" | "b+" | "c" | "c+" | "d" | "e" | "f"
  | "pre-ipo" | "strategic" | "private-placement" | "debt" | "convertible" | "unnamed" | "total" | "other";

export interface Round {
  readonly stage: Stage;
  /** The label as it should be exported in DuEE-Fin (round without 轮: "A+", "Pre-A", "Series B"), or null for 新一轮. */
  readonly label: string | null;
  /** Clean-text range of the label ("A+" inside "A+轮", "战略" inside "战略投资"), null when label is null. */
  readonly labelSpan: Span | null;
  /** "seed extension", "Series A extension": more money in a round already named. */
  readonly extension: boolean;
}

export interface Stake {
  readonly percent: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly qualifier: MoneyQualifier;
  /** Clean-text range of the holder written right before the stake ("阿里在MiniMax所占股权比…" → 阿里), if any. */
  readonly holderSpan: Span | null;
}

export type OrgKind = "company" | "investor" | "fund" | "corporate" | "government" | "bank" | "unknown";

export interface Organization {
  /** Display name after normalization (Simplified script, noise removed). */
  readonly name: string;
  readonly kind: OrgKind;
  /** Lexicon id when the name is a known entity. */
  readonly lexiconId: string | null;
  /** An alias written beside it: "MiniMax(稀宇科技)", "X（以下简称Y）"; for a later short form, the full name. */
  readonly alias: string | null;
  /** Why it is a name: a registry entry, an organization ending ("…资本", "…有限公司"), or an alias of one. */
  readonly source: OrgSource;
  /** 0–1: how sure the rule that found it is (registry 0.95; a common-word stem before "资本" 0.6). */
  readonly confidence: number;
}

export type OrgSource = "lexicon" | "suffix" | "alias";

export interface Person {
  readonly name: string;
  readonly title: string | null;
}

/** Every kind of mention and the value it carries. */
export interface MentionValues {
  money: Money;
  valuation: Money & { readonly basis: ValuationBasis };
  round: Round;
  date: PartialDate;
  stake: Stake;
  org: Organization;
  person: Person;
}

export type MentionKind = keyof MentionValues;

export interface Mention<K extends MentionKind = MentionKind> {
  readonly kind: K;
  /** Clean-text range. */
  readonly span: Span;
  /** The clean text of the span. */
  readonly text: string;
  readonly value: MentionValues[K];
}

/** What a recognizer may read about the document besides its text. */
export interface RecognizeContext {
  /** The document's own date (ISO 8601), used to resolve relative dates; null if unknown. */
  readonly documentDate: string | null;
  readonly language: string;
}

/**
 * A recognizer declares what it provides; the extractor reads mentions by `kind`, never by
 * recognizer name.
 */
export interface Recognizer<K extends MentionKind = MentionKind> {
  readonly provides: K;
  find(text: string, ctx: RecognizeContext): Span[];
  parse(text: string, span: Span, ctx: RecognizeContext): MentionValues[K] | null;
}
