import type { Span } from "../../core/span.js";
import type { Mention, MentionKind, MentionValues } from "./types.js";

/** The one factory for mentions: immutable, with its kind. */
export function makeMention<K extends MentionKind>(kind: K, span: Span, text: string, value: MentionValues[K]): Mention<K> {
  Object.freeze(value);
  return Object.freeze({ kind, span: Object.freeze({ start: span.start, end: span.end }), text, value });
}
