import type { Issue } from "../../core/issue.js";
import type { MappedText, Piece } from "../../core/mapped-text.js";
import type { RemovalReason, RemovedSpan } from "../../core/records.js";
import type { Span } from "../../core/span.js";

/** What an extractor (plain text, article, forum) makes of a document's text. */
export interface Extraction {
  /** The content, mapped to the decoded original. */
  readonly text: MappedText;
  readonly removed: readonly RemovedSpan[];
  readonly issues: readonly Issue[];
  readonly title: string | null;
  /** Where the title is in the decoded original. */
  readonly titleSpan: Span | null;
  /** Length of the title line that `text` starts with (0 when it does not start with one). */
  readonly titleLine: number;
  readonly author: string | null;
  readonly published: string | null;
}

/** A removed range of `base` (what an extractor read), reported in original coordinates. */
export function removedSpan(base: MappedText, span: Span, reason: RemovalReason): RemovedSpan {
  const o = base.toOriginal(span);
  return { kind: "removed", span: o, text: base.original.slice(o.start, o.end), reason };
}

/** Text with nothing taken out. */
export function plainText(base: MappedText): Extraction {
  return { text: base, removed: [], issues: [], title: null, titleSpan: null, titleLine: 0, author: null, published: null };
}

/**
 * `title + "\n" + body` as one text when the title comes before the body in the source (a
 * <title> or og:title in the head); otherwise the body alone.
 */
export function withTitleLine(base: MappedText, title: readonly Piece[], sep: Piece, body: readonly Piece[]): { text: MappedText; titleLine: number } {
  const last = title[title.length - 1];
  const first = body[0];
  const titleLength = title.reduce((n, p) => n + p.text.length, 0);
  if (!last || titleLength === 0 || sep.start < last.end || (first && first.start < sep.end)) return { text: base.rebuild(body), titleLine: 0 };
  return { text: base.rebuild(first ? [...title, sep, ...body] : title), titleLine: titleLength };
}
