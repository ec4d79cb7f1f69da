import type { Edit, MappedText } from "../../core/mapped-text.js";
import type { RemovalReason, RemovedSpan } from "../../core/records.js";

/** An edit of the current text; a deletion that carries a reason is reported as a removed span. */
export interface StepEdit extends Edit {
  readonly reason?: RemovalReason;
}

/** What one normalization step returns: the new text (its map composed) and what it removed. */
export interface StepResult {
  readonly text: MappedText;
  /** In original coordinates. */
  readonly removed: readonly RemovedSpan[];
}

export type Step = (text: MappedText) => StepResult;

/** Apply sorted, non-overlapping edits and report the deletions that carry a reason. */
export function applyEdits(text: MappedText, edits: readonly StepEdit[]): StepResult {
  if (edits.length === 0) return { text, removed: [] };
  const removed: RemovedSpan[] = [];
  for (const e of edits) {
    if (!e.reason || e.end <= e.start) continue;
    const span = text.toOriginal({ start: e.start, end: e.end });
    removed.push({ kind: "removed", span, text: text.original.slice(span.start, span.end), reason: e.reason });
  }
  return { text: text.edit(edits), removed };
}

/** Han ideographs (CJK unified, extension A, compatibility). */
export const isHan = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
