import * as OpenCC from "opencc-js/t2cn";

/**
 * Length-preserving folds, so a match in the folded string is a span in the original:
 * every UTF-16 unit maps to exactly one unit. `foldScript` turns Traditional into Simplified
 * ("深創投" → "深创投"), full-width ASCII into half-width ("ＧＧＶ" → "GGV") and every space into
 * " "; `foldKey` also lowercases Latin letters (lexicon keys are case-insensitive).
 */

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const charCache = new Map<number, number>();

function foldCjk(code: number): number {
  const hit = charCache.get(code);
  if (hit !== undefined) return hit;
  const out = toSimplified(String.fromCharCode(code));
  // Only one-unit → one-unit conversions keep offsets; anything else stays as written.
  const folded = out.length === 1 ? out.charCodeAt(0) : code;
  charCache.set(code, folded);
  return folded;
}

function foldUnit(code: number, lower: boolean): number {
  if (code < 0x80) return lower && code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (code >= 0xff01 && code <= 0xff5e) return foldUnit(code - 0xfee0, lower); // "Ｂ" → "B"
  if (code === 0x3000 || code === 0xa0 || code === 0x2009 || code === 0x202f) return 0x20;
  if (code === 0x30fb || code === 0x2022 || code === 0x2027 || code === 0xff65) return 0xb7; // "・" → "·"
  if (code >= 0x3400 && code <= 0x9fff) return foldCjk(code);
  return code;
}

function fold(text: string, lower: boolean): string {
  let out = "";
  let changed = false;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldUnit(c, lower);
    codes[i] = f;
    if (f !== c) changed = true;
  }
  if (!changed) return text;
  // Chunked to stay under the argument limit of String.fromCharCode.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** Simplified script, half-width, plain spaces; case kept. Same length as the input. */
export function foldScript(text: string): string {
  return fold(text, false);
}

/** `foldScript` plus lowercase Latin: the form lexicon keys are compared in. Same length as the input. */
export function foldKey(text: string): string {
  return fold(text, true);
}
