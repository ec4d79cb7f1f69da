import type { Span } from "../../core/span.js";

/**
 * Sentences and clauses of the clean text, with spans. Financing news packs one deal per
 * sentence, roundups one deal per list item or table row, so those are the units the
 * extractor reads; clauses (split at commas and colons) bound who did what within a sentence.
 */
export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly text: string;
  /** Line (paragraph) number, counting from 0. */
  readonly line: number;
  /** The sentence starts a list item ("1.", "◆", "（2）", "一、", "- "). */
  readonly listItem: boolean;
  /** The line is a table row ("公司名称｜轮次｜金额｜投资方"). */
  readonly tableRow: boolean;
  readonly clauses: readonly Span[];
}

// A list marker at the start of a line: "1.", "2、", "（3）", "(4)", "一、", "其一，", "◆", "▶", "·", "•", "-", "*".
export const LIST_MARKER =
  /^[ \t]*(?:\d{1,2}[.、．)）]\s*|[（(]\d{1,2}[)）]\s*|[一二三四五六七八九十]{1,3}、\s*|其[一二三四五六七八九十]{1,2}[，,]\s*|[◆▶►●○■□◇·•▪➤→*-]\s*)/u;

// Sentence ends: Chinese full stops and marks, semicolons (roundups chain deals with them), and
// an English full stop followed by space and a capital, digit or CJK character.
const SENTENCE_END = /[。！？!?；;]+[”’"」』）)]?|\.(?=\s+[A-Z0-9“"\u4e00-\u9fff])|\.(?=[\u4e00-\u9fff])/gu;

// Abbreviations whose full stop does not end a sentence ("Inc.", "Kft.", "U.S.").
const ABBREVIATION = /(?:\b(?:Inc|Ltd|Co|Corp|Kft|Mr|Ms|Dr|St|No|vs|etc|Jr|Sr|Bros|Plc|Mt|Ave|approx|e\.g|i\.e)|\b[A-Z]|\bU\.S)$/u;

// Clause breaks: Chinese and English commas and colons, but not the comma inside "1,500" or "3,000万".
// "1." opening a list item is a marker, not a sentence.
const ITEM_NUMBER = /^\s*\d{1,2}$/u;

const CLAUSE_BREAK = /[，：:]|,(?!\d{3})/gu;

const TABLE_CELL = /[｜|]/u;

export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let line = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const lineText = text.slice(lineStart, lineEnd);
    if (lineText.trim()) {
      const tableRow = (lineText.match(/[｜|]/gu)?.length ?? 0) >= 2;
      for (const s of splitSentences(lineText)) {
        const start = lineStart + s.start;
        const end = lineStart + s.end;
        const stext = text.slice(start, end);
        sentences.push({
          index: sentences.length,
          span: { start, end },
          text: stext,
          line,
          listItem: LIST_MARKER.test(stext),
          tableRow,
          clauses: tableRow ? splitCells(stext, start) : splitClauses(stext, start),
        });
      }
      line++;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitSentences(line: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
    const end = m.index + m[0].length;
    const before = line.slice(Math.max(0, m.index - 8), m.index);
    if (m[0] === "." && (ABBREVIATION.test(before) || ITEM_NUMBER.test(line.slice(start, m.index)))) continue;
    if (/^\d$/u.test(line[m.index + 1] ?? "") && /\d$/u.test(line.slice(0, m.index))) continue;
    pushTrimmed(out, line, start, end);
    start = end;
  }
  pushTrimmed(out, line, start, line.length);
  return out;
}

function pushTrimmed(out: Span[], s: string, start: number, end: number): void {
  while (start < end && /\s/u.test(s[start]!)) start++;
  while (end > start && /\s/u.test(s[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

function splitClauses(sentence: string, offset: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    // "1.5:1" or "10:30" are not clause breaks
    if (m[0] === ":" && /\d$/u.test(sentence.slice(0, m.index)) && /^\d/u.test(sentence.slice(m.index + 1))) continue;
    pushTrimmed(out, sentence, start, m.index);
    start = m.index + 1;
  }
  let end = sentence.length;
  while (end > start && /[。！？!?；;.]/u.test(sentence[end - 1]!)) end--;
  pushTrimmed(out, sentence, start, end);
  return out.map((s) => ({ start: s.start + offset, end: s.end + offset }));
}

function splitCells(row: string, offset: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= row.length; i++) {
    if (i === row.length || TABLE_CELL.test(row[i]!)) {
      pushTrimmed(out, row, start, i);
      start = i + 1;
    }
  }
  return out.map((s) => ({ start: s.start + offset, end: s.end + offset }));
}
