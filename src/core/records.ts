import type { Issue } from "./issue.js";
import type { MappedText } from "./mapped-text.js";
import type { Span } from "./span.js";

/** Why a piece of the source is not in the clean text (reported, never silent). */
export type RemovalReason =
  | "markup"
  | "hidden_element"
  | "boilerplate"
  | "invisible_character"
  | "anti_copy_code"
  | "pinyin_annotation"
  | "spam_phrase"
  | "spam_line";

export interface RemovedSpan {
  readonly kind: "removed";
  /** Range in the decoded original. */
  readonly span: Span;
  /** The original words that were removed. */
  readonly text: string;
  readonly reason: RemovalReason;
}

/** What we know about a document besides its text. Null means "not stated". */
export interface DocumentMeta {
  /** The path or URL as the user gave it (JSON-lines records: `file:line`). */
  readonly source: string;
  /** sha256 hex of the raw bytes, or the `id` of a JSON-lines record. */
  readonly id: string;
  readonly title: string | null;
  /** Where the title stands in the decoded original, when it is part of it (headline words have spans too). */
  readonly titleSpan: Span | null;
  readonly author: string | null;
  /** ISO 8601, with offset when known ("2024-10-15T16:57:00+08:00"). */
  readonly published: string | null;
  readonly url: string | null;
  /** How the bytes were decoded ("utf-8", "gb18030", "big5", "utf-16le", …). */
  readonly encoding: string;
  readonly format: "text" | "html" | "jsonl";
}

/**
 * A document as the pipeline carries it: the decoded original (what spans point into), the text
 * mapped back to it, what was removed and why, and the problems met so far.
 */
export interface PipelineDocument {
  readonly kind: "document";
  readonly meta: DocumentMeta;
  /** The raw input bytes, kept so nothing a user ingested is lost. */
  readonly raw: Uint8Array;
  readonly text: MappedText;
  /** BCP 47 primary tag ("zh", "en"); set by normalization. */
  readonly language: string;
  readonly removed: readonly RemovedSpan[];
  readonly issues: readonly Issue[];
}

/** The one factory for documents: records are immutable and always carry their `kind`. */
export function makeDocument(fields: Omit<PipelineDocument, "kind">): PipelineDocument {
  return Object.freeze({ kind: "document" as const, ...fields });
}

/** The JSON shape of `dealgraph text --json`. */
export interface DocumentRecordJson {
  id: string;
  source: string;
  title: string | null;
  author: string | null;
  published: string | null;
  language: string;
  encoding: string;
  text: string;
  removed: { start: number; end: number; text: string; reason: RemovalReason }[];
  issues: { code: string; message: string; span: Span | null }[];
}

export function documentToJson(doc: PipelineDocument): DocumentRecordJson {
  return {
    id: doc.meta.id,
    source: doc.meta.source,
    title: doc.meta.title,
    author: doc.meta.author,
    published: doc.meta.published,
    language: doc.language,
    encoding: doc.meta.encoding,
    text: doc.text.text,
    removed: doc.removed.map((r) => ({ start: r.span.start, end: r.span.end, text: r.text, reason: r.reason })),
    issues: doc.issues.map((i) => ({ code: i.code, message: i.message, span: i.span })),
  };
}
