import type { Span } from "../../core/span.js";
import type { Currency, DatePrecision, MoneyQualifier, Stage, ValuationBasis } from "../3-recognize/types.js";

/**
 * The output contract of `dealgraph extract` (see docs/extract-output.md). Fields may be added;
 * none may be renamed or dropped. All spans point into the decoded original input.
 */

export interface NamedRef {
  /** Display name after normalization. */
  readonly name: string;
  /** The words exactly as the source has them. */
  readonly text: string;
  readonly span: Span;
}

export interface InvestorRef extends NamedRef {
  readonly lead: boolean;
}

export interface MoneyJson {
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: Currency | null;
  readonly qualifier: MoneyQualifier;
  readonly text: string;
  readonly span: Span;
}

export interface ValuationJson extends MoneyJson {
  readonly basis: ValuationBasis;
}

export interface PartialDateJson {
  readonly value: string | null;
  readonly precision: DatePrecision;
  readonly text: string;
  readonly span: Span;
}

/** "阿里将成为月之暗面持股40%的单一大股东": a share of the company held by `holder` (if named). */
export interface StakeJson {
  readonly holder: NamedRef | null;
  readonly percent: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly qualifier: MoneyQualifier;
  readonly text: string;
  readonly span: Span;
}

export interface RoundJson {
  readonly stage: Stage;
  /** The words as written ("A+轮", "Series B"). */
  readonly text: string;
  /** The DuEE-Fin label (round without 轮: "A+", "Pre-A", "Series B"); null for an unnamed round. */
  readonly label: string | null;
  readonly span: Span;
  /** Where the label is in the original, so exports can cut it as written ("Ｂ"). */
  readonly labelSpan: Span | null;
}

export type EventStatus = "completed" | "in_progress" | "planned" | "rumored";

export interface FinancingEvent {
  readonly kind: "financing";
  readonly company: NamedRef;
  readonly round: RoundJson | null;
  readonly amount: MoneyJson | null;
  readonly valuation: ValuationJson | null;
  readonly investors: readonly InvestorRef[];
  readonly date: PartialDateJson | null;
  readonly disclosed: PartialDateJson | null;
  readonly status: EventStatus;
  readonly evidence: readonly Span[];
  /** The word that announces the financing (融资, 增资, raised), when there is one. */
  readonly trigger: Span | null;
  /** Earlier figures this event's amount corrects (the first report), kept for the record. */
  readonly superseded?: readonly MoneyJson[];
  /** Stakes the sources state in connection with the event (optional; stored by the knowledge base). */
  readonly stakes?: readonly StakeJson[];
}

/**
 * "阿里已投资了零一万物、智谱AI和百川智能" states who invested in whom without naming a round.
 * Such statements are kept as relations so the knowledge base can answer "who backs whom" even
 * when no round is known. `negated` relations record investors that withdrew or did not invest
 * ("字节曾有意投资MiniMax……最终还是退出了"), so a later source cannot silently turn them positive.
 */
export interface InvestmentRelation {
  readonly kind: "investment";
  readonly investor: NamedRef;
  readonly company: NamedRef;
  readonly negated: boolean;
  readonly status: EventStatus;
  readonly evidence: readonly Span[];
}
