import type { MappedText } from "../../core/mapped-text.js";
import { applyEdits, type StepEdit, type StepResult } from "./step.js";

/** Runs of full-width forms this step may convert ("，：！；？" are Chinese punctuation, not here). */
export const WIDE = /[\u3000\uFF02-\uFF0B\uFF0D-\uFF19\uFF1C-\uFF1E\uFF20-\uFF5E\uFFE0-\uFFE6]+/g;
/** "１，５００", "１０：３０": a full-width comma or colon between digits. */
export const NUMBER_PUNCT = /[0-9\uFF10-\uFF19][，：](?=[0-9\uFF10-\uFF19])/g;

// Full-width ASCII symbols that parsers read ("＋", "－", "（Pre-A）", "％"), always made half-width.
// Chinese sentence punctuation ！，；：？ stays full-width: it is the script's own punctuation.
const ALWAYS = new Set("＂＃＄％＆＇（）＊＋－／＜＝＞＠［＼］＾＿｀｛｜｝～");
const SIGNS: Record<string, string> = { "￠": "¢", "￡": "£", "￢": "¬", "￣": "¯", "￤": "¦", "￥": "¥", "￦": "₩" };

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isAlnum = (c: number) =>
  isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);

/** The half-width form of the character at `i`, or null to keep it. */
function halfWidth(s: string, i: number): string | null {
  const c = s.charCodeAt(i);
  if (c === 0x3000) return " ";
  if (c >= 0xffe0) return SIGNS[s[i]!] ?? null;
  const half = String.fromCharCode(c - 0xfee0);
  if (isAlnum(c) || ALWAYS.has(s[i]!)) return half;
  const prev = s.charCodeAt(i - 1);
  const next = s.charCodeAt(i + 1);
  // "３．５亿" → "3.5亿", "ｗｗｗ．ｅｘａｍｐｌｅ" → "www.example"
  if (s[i] === "．") return isAlnum(prev) && isAlnum(next) ? half : null;
  // "１０：３０" → "10:30"
  if (s[i] === "：") return isDigit(prev) && isDigit(next) ? half : null;
  // "１，５００万" → "1,500万", but "２０１９，２０２０年" keeps its list comma
  if (s[i] === "，") return isDigit(prev) && isThousands(s, i + 1) ? half : null;
  return null;
}

function isThousands(s: string, at: number): boolean {
  for (let k = 0; k < 3; k++) if (!isDigit(s.charCodeAt(at + k))) return false;
  return !isDigit(s.charCodeAt(at + 3));
}

export function toHalfWidth(text: MappedText): StepResult {
  const s = text.text;
  const edits: StepEdit[] = [];
  let wideDigits = false;
  for (const m of s.matchAll(WIDE)) {
    let runStart = -1;
    let run = "";
    for (let i = m.index; i <= m.index + m[0].length; i++) {
      const half = i < m.index + m[0].length ? halfWidth(s, i) : null;
      if (half !== null) {
        if (isDigit(s.charCodeAt(i))) wideDigits = true;
        if (runStart < 0) runStart = i;
        run += half;
      } else if (runStart >= 0) {
        edits.push({ start: runStart, end: i, text: run }); // same length: mapped char by char
        runStart = -1;
        run = "";
      }
    }
  }
  // "１，５００": only a text that writes full-width digits has full-width commas inside numbers
  if (wideDigits) {
    for (const m of s.matchAll(NUMBER_PUNCT)) {
      const half = halfWidth(s, m.index + 1);
      if (half !== null) edits.push({ start: m.index + 1, end: m.index + 2, text: half });
    }
  }
  return applyEdits(text, edits.sort((a, b) => a.start - b.start));
}
