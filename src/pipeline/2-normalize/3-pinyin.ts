import type { MappedText } from "../../core/mapped-text.js";
import { applyEdits, isHan, type StepEdit, type StepResult } from "./step.js";

/** `點(diǎn)`, `億（yì）`: a parenthesised lower-case syllable (right after a Han character). */
export const PINYIN_ANNOTATION = /[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7})[)）]/g;

/** One pinyin syllable: optional initial, vowels, optional final nasal ("zhōng", "yì", "diǎn"). */
export const PINYIN_SYLLABLE = /^(?:[csz]h|[b-df-hj-np-tw-z])?[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|[nr])?$/;

/** A tone mark makes it pinyin, not "(a)" or "(de)" in an ordinary sentence. */
export const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

export function removePinyin(text: MappedText): StepResult {
  const s = text.text;
  if (!s.includes("(") && !s.includes("（")) return applyEdits(text, []);
  const edits: StepEdit[] = [];
  for (const m of s.matchAll(PINYIN_ANNOTATION)) {
    const syllable = m[1]!;
    if (!isHan(s.charCodeAt(m.index - 1))) continue;
    if (!TONE_MARK.test(syllable) || !PINYIN_SYLLABLE.test(syllable)) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, text: "", reason: "pinyin_annotation" });
  }
  return applyEdits(text, edits);
}
