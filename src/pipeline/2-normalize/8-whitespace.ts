import type { MappedText } from "../../core/mapped-text.js";
import { applyEdits, isHan, type StepEdit, type StepResult } from "./step.js";
import { lexicon } from "./lexicon.js";

/** Any run of whitespace: tabs, NBSP, Unicode spaces, and line breaks of every platform. */
export const WHITESPACE = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
export const LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/g;
/** Where whitespace may need a change: an unusual space or break, a run of two, or the text's ends. */
export const NOT_CANONICAL = /[\t\v\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]|[\n ]\s/g;

const SENTENCE_FINAL = new Set([..."。！？!?…”」』"]);
export const PROSE_PUNCT = /[，。、；]/;
const OPENING = new Set([..."“《（(「『"]);
const CLAUSE_PUNCT = new Set([..."，、；："]);
const MAX_WRAPPED_LINE = 40;
export const ALNUM = /^[0-9a-z]$/i;
const alnum = (c: string) => ALNUM.test(c);

/**
 * One space for a run of spaces, one "\n" for a line break, at most one blank line, nothing at the
 * ends of lines or of the text; then hard-wrapped Chinese paragraphs re-joined.
 */
export function unifyWhitespace(text: MappedText): StepResult {
  const s = text.text;
  const edits: StepEdit[] = [];
  const ends = [0, s.length - 1].filter((i) => i >= 0 && /\s/.test(s[i]!)); // the text's own ends
  NOT_CANONICAL.lastIndex = 0;
  for (let c = nextCandidate(s, ends); c >= 0; c = nextCandidate(s, ends)) {
    WHITESPACE.lastIndex = c;
    const m = WHITESPACE.exec(s)!;
    NOT_CANONICAL.lastIndex = m.index + m[0].length;
    const start = m.index;
    const end = start + m[0].length;
    const breaks = m[0].match(LINE_BREAK)?.length ?? 0;
    const want = start === 0 || end === s.length ? "" : breaks === 0 ? " " : breaks === 1 ? "\n" : "\n\n";
    if (want !== m[0]) edits.push({ start, end, text: want });
  }
  const unified = applyEdits(text, edits).text;
  return applyEdits(unified, hardWrapJoins(unified.text));
}

/** The next place where whitespace may need a change: the text's ends, or a match of NOT_CANONICAL. */
function nextCandidate(s: string, ends: number[]): number {
  const from = NOT_CANONICAL.lastIndex;
  while (ends.length && ends[0]! < from) ends.shift();
  const m = NOT_CANONICAL.exec(s);
  const at = m ? m.index : -1;
  if (ends.length && (at < 0 || ends[0]! < at)) return ends.shift()!;
  return at;
}

/**
 * "宠物食品品牌“毛孩食堂”近日拿\n下1.8亿元B轮\n融资，本轮由\n高瓴创投领投": a paragraph of short
 * lines that stop mid-sentence, where at least one break cuts a word in two ("拿|下"). Its breaks
 * next to Han text are removed; a title above a body, or a list of short items, has no cut word.
 */
function hardWrapJoins(s: string): StepEdit[] {
  const edits: StepEdit[] = [];
  const second = s.indexOf("\n", s.indexOf("\n") + 1);
  if (second < 0) return edits; // fewer than three lines
  let start = 0;
  while (start < s.length) {
    let end = s.indexOf("\n\n", start);
    if (end < 0) end = s.length;
    const lines = s.slice(start, end).split("\n");
    if (isHardWrapped(lines)) {
      let at = start;
      for (let i = 0; i < lines.length - 1; i++) {
        at += lines[i]!.length;
        if (joinable(s, at)) edits.push({ start: at, end: at + 1, text: "" });
        at += 1;
      }
    }
    start = end + 2;
  }
  return edits;
}

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  if (body.some((l) => l.length > MAX_WRAPPED_LINE || l.length === 0)) return false;
  const open = body.filter((l) => !SENTENCE_FINAL.has(l[l.length - 1]!)).length;
  if (open * 2 < body.length) return false;
  if (!lines.some((l) => PROSE_PUNCT.test(l.slice(0, -1)))) return false;
  return body.some((l, i) => cutsWord(l, lines[i + 1]!));
}

function cutsWord(line: string, next: string): boolean {
  if (!isHan(line.charCodeAt(line.length - 1)) || !isHan(next.charCodeAt(0))) return false;
  const lex = lexicon();
  const left = line.slice(-2);
  const j = lex.tag(left + next.slice(0, 2), false);
  return j.some((t) => t.start < left.length && t.end > left.length && lex.freq(t.word) >= 20);
}

function joinable(s: string, at: number): boolean {
  const prev = s[at - 1] ?? "";
  const next = s[at + 1] ?? "";
  const p = s.charCodeAt(at - 1);
  const n = s.charCodeAt(at + 1);
  const prevOk = isHan(p) || CLAUSE_PUNCT.has(prev) || alnum(prev);
  const nextOk = isHan(n) || alnum(next) || OPENING.has(next);
  return prevOk && nextOk && (isHan(p) || isHan(n) || CLAUSE_PUNCT.has(prev));
}
