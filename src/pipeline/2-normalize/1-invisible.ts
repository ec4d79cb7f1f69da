import type { MappedText } from "../../core/mapped-text.js";
import { applyEdits, type StepEdit, type StepResult } from "./step.js";

/**
 * Zero-width and control characters: "融\u200B资" reads as "融资" but would break every pattern
 * after it. Kept for later steps: \n and \t (text), \r, \v and \f (line breaks, unified by the
 * whitespace step).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const INVISIBLE = /[\0-\x08\x0E-\x1F\x7F-\x9F\xAD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/g;

/** A pictograph: the zero-width joiner between two of them builds one emoji ("👩\u200D💻"). */
export const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

export function removeInvisible(text: MappedText): StepResult {
  const s = text.text;
  const edits: StepEdit[] = [];
  for (const m of s.matchAll(INVISIBLE)) {
    if (m[0] === "\u200D" && isEmojiJoiner(s, m.index)) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, text: "", reason: "invisible_character" });
  }
  return applyEdits(text, edits);
}

function isEmojiJoiner(s: string, i: number): boolean {
  const before = String.fromCodePoint(s.codePointAt(i - 2 >= 0 && s.charCodeAt(i - 1) >= 0xdc00 && s.charCodeAt(i - 1) <= 0xdfff ? i - 2 : i - 1) ?? 0);
  const after = String.fromCodePoint(s.codePointAt(i + 1) ?? 0);
  return PICTOGRAPH.test(before) && PICTOGRAPH.test(after);
}
