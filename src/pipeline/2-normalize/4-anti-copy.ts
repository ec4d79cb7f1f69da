import type { MappedText } from "../../core/mapped-text.js";
import { applyEdits, isHan, type StepEdit, type StepResult } from "./step.js";

/**
 * Anti-copy codes: a short mix of letters and digits between % signs, inside Han text
 * ("天使轮融%Q7x2%资"). "持股40%，" and URL escapes ("%E4%B8%AD" in a link) are not codes:
 * a code has Han (or a wrapper's @) on both sides and letters and digits both.
 */
export const CODE = /%([0-9a-z]{3,8})%/gi;
export const HAS_LETTER_AND_DIGIT = /^(?=\D*\d)(?=[^a-z]*[a-z])/i;

/**
 * `@虽%46Q71%然大模%F3x13%子@`: at-signs around a short Han run that holds codes. A Weibo mention
 * ("@投资界 消息") has no code inside, so it stays.
 */
export const WRAPPER = /@([^\s@]{2,40})@/g;

const isCodeNeighbour = (s: string, i: number) => i >= 0 && i < s.length && (isHan(s.charCodeAt(i)) || s[i] === "@");

function codesIn(s: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  CODE.lastIndex = from;
  for (let m = CODE.exec(s); m && m.index + m[0].length <= to; m = CODE.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (HAS_LETTER_AND_DIGIT.test(m[1]!) && isCodeNeighbour(s, start - 1) && isCodeNeighbour(s, end)) {
      out.push({ start, end });
    } else {
      CODE.lastIndex = start + 1; // the closing % may open the next code
    }
  }
  return out;
}

export function removeAntiCopy(text: MappedText): StepResult {
  const s = text.text;
  if (!s.includes("%")) return applyEdits(text, []);
  const edits: StepEdit[] = [];
  const inWrapper = new Set<number>();
  WRAPPER.lastIndex = 0;
  for (let m = WRAPPER.exec(s); m; m = WRAPPER.exec(s)) {
    const inner = { start: m.index + 1, end: m.index + m[0].length - 1 };
    const codes = codesIn(s, inner.start, inner.end);
    if (codes.length === 0) {
      WRAPPER.lastIndex = inner.end; // "@投资界消息@虽…@": the closing @ may open a wrapper
      continue;
    }
    edits.push({ start: m.index, end: m.index + 1, text: "", reason: "anti_copy_code" });
    for (const c of codes) {
      edits.push({ ...c, text: "", reason: "anti_copy_code" });
      inWrapper.add(c.start);
    }
    edits.push({ start: inner.end, end: inner.end + 1, text: "", reason: "anti_copy_code" });
    WRAPPER.lastIndex = inner.end + 1;
  }
  for (const c of codesIn(s, 0, s.length)) {
    if (!inWrapper.has(c.start)) edits.push({ ...c, text: "", reason: "anti_copy_code" });
  }
  edits.sort((a, b) => a.start - b.start);
  return applyEdits(text, dropOverlaps(edits));
}

function dropOverlaps(edits: StepEdit[]): StepEdit[] {
  const out: StepEdit[] = [];
  let end = 0;
  for (const e of edits) {
    if (e.start < end) continue;
    out.push(e);
    end = e.end;
  }
  return out;
}
