import * as OpenCC from "opencc-js/t2cn";
import { CharSet } from "../charset.js";

/**
 * Length-preserving folds, so a match in the folded string is a span in the original:
 * every UTF-16 unit maps to exactly one unit. `foldScript` turns Traditional into Simplified
 * ("深創投" → "深创投"), full-width ASCII into half-width ("ＧＧＶ" → "GGV") and every space into
 * " "; `foldKey` also lowercases Latin letters (lexicon keys are case-insensitive).
 */

let table: Uint16Array | null = null;
/** The units `table` changes, as bits: the test for text that is already folded stays in cache. */
let changes: CharSet | null = null;
const utf16 = new TextDecoder("utf-16le");

/** One table for all of the BMP, built once (~60 ms): opencc per character, plus width and spaces. */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0; // "Ｂ" → "B"
  for (const c of [0x3000, 0xa0, 0x2009, 0x202f]) t[c] = 0x20;
  for (const c of [0x30fb, 0x2022, 0x2027, 0xff65]) t[c] = 0xb7; // "・" → "·"
  // Characters joined by newlines so opencc converts each alone; one-unit results only.
  const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  const out = toSimplified(chars.join("\n")).split("\n");
  if (out.length === chars.length) {
    out.forEach((s: string, i: number) => {
      if (s.length === 1) t[0x3400 + i] = s.charCodeAt(0);
    });
  }
  changes = new CharSet();
  for (let c = 0; c < 0x10000; c++) if (t[c] !== c) changes.add(c);
  table = t;
  return t;
}

function fold(text: string, lower: boolean): string {
  const t = foldTable();
  const changed = changes as CharSet;
  const n = text.length;
  let i = 0;
  // Clean text is usually folded already: find the first unit that changes, if any.
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (changed.has(c) || (lower && c >= 65 && c <= 90)) break;
  }
  if (i === n) return text;
  const codes = new Uint16Array(n);
  for (let j = 0; j < n; j++) {
    let f = t[text.charCodeAt(j)] as number;
    if (lower && f >= 65 && f <= 90) f += 32;
    codes[j] = f;
  }
  return utf16.decode(codes);
}

/** Simplified script, half-width, plain spaces; case kept. Same length as the input. */
export function foldScript(text: string): string {
  return fold(text, false);
}

/** `foldScript` plus lowercase Latin: the form lexicon keys are compared in. Same length as the input. */
export function foldKey(text: string): string {
  return fold(text, true);
}
