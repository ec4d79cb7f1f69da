import type { MappedText } from "../../core/mapped-text.js";
import { applyEdits, isHan, type StepEdit, type StepResult } from "./step.js";

/**
 * Lines of lower-case English keywords in a Chinese article ("cheap nfl jerseys wholesale free
 * shipping"), or such a run opening a Chinese line ("best replica watches online, 转载…"). Names and
 * titles are capitalised and have digits, so a line of them stays; so does any line whose words the
 * article uses elsewhere.
 */
export const KEYWORD_LINE = /^[a-z]+(?:[ ,'-]+[a-z]+){2,15}[,.]?(?=\s*$|[,，]\s*\p{Script=Han})/u;
export const WORD = /[a-z]{3,}/g;
export const LOWER_LINE_START = /(?:^|\n)[\t \u00A0\u3000]{0,8}[a-z]/;

export function removeSpamLines(text: MappedText): StepResult {
  const s = text.text;
  if (!LOWER_LINE_START.test(s) || !isMostlyHan(s)) return applyEdits(text, []);
  const edits: StepEdit[] = [];
  for (let start = 0; start < s.length; ) {
    let end = s.indexOf("\n", start);
    if (end < 0) end = s.length;
    const line = s.slice(start, end);
    const lead = line.length - line.trimStart().length;
    const m = KEYWORD_LINE.exec(line.slice(lead));
    if (m && !usedElsewhere(s, start, end, m[0])) {
      const whole = line.trim() === m[0];
      const cut = whole ? Math.min(s.length, end + 1) : start + lead + m[0].length + separatorLength(line, lead + m[0].length);
      edits.push({ start, end: cut, text: "", reason: "spam_line" });
    }
    start = end + 1;
  }
  return applyEdits(text, edits);
}

function separatorLength(line: string, at: number): number {
  let n = 0;
  while (at + n < line.length && /[\s,，]/.test(line[at + n]!)) n++;
  return n;
}

function usedElsewhere(s: string, start: number, end: number, line: string): boolean {
  const rest = (s.slice(0, start) + s.slice(end)).toLowerCase();
  for (const w of line.matchAll(WORD)) if (new RegExp(`\\b${w[0]}\\b`).test(rest)) return true;
  return false;
}

function isMostlyHan(s: string): boolean {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHan(c)) han++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  return han >= 20 && han * 2 > latin;
}
