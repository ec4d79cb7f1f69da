/**
 * One number parser for every recognizer: Arabic ("1,500", "3.48"), Chinese numerals ("一百五十",
 * "两千万", "二〇二四", "壹佰"), and the mixed forms news writes ("3.48亿", "5千万", "1亿5000万"),
 * including vague ones: "数千万" and "几十亿" (2 to 9 of the unit), "十几亿", "两三亿" (a range of
 * neighbouring digits), "一百五十多" and "5000余万" (up to the next step of the last digit).
 */

/** min === max for an exact number; a range otherwise ("数千万" → 2e7..9e7). */
export interface NumberValue {
  readonly min: number;
  readonly max: number;
}

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** An Arabic number: plain, with thousands separators, or decimal. */
export const ARABIC_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;

type Token =
  | { readonly t: "num"; readonly v: number; readonly place: number; readonly arabic: boolean }
  | { readonly t: "small"; readonly v: number }
  | { readonly t: "big"; readonly v: number }
  | { readonly t: "vague" } // 数, 几
  | { readonly t: "more" } // 多, 余
  | { readonly t: "ge" }; // 个 ("一个亿", "几个亿")

/** The token of each non-Arabic character (tokens are never changed, so one object serves all). */
const CHAR_TOKEN = new Map<number, Token>([
  ...Object.entries(DIGIT).map(([c, v]) => [c.charCodeAt(0), { t: "num", v, place: 1, arabic: false }] as [number, Token]),
  ...Object.entries(SMALL_UNIT).map(([c, v]) => [c.charCodeAt(0), { t: "small", v }] as [number, Token]),
  ...Object.entries(BIG_UNIT).map(([c, v]) => [c.charCodeAt(0), { t: "big", v }] as [number, Token]),
  ...[..."数几"].map((c) => [c.charCodeAt(0), { t: "vague" }] as [number, Token]),
  ...[..."多余"].map((c) => [c.charCodeAt(0), { t: "more" }] as [number, Token]),
  ["个".charCodeAt(0), { t: "ge" }],
]);

function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      ARABIC_RE.lastIndex = i;
      const m = ARABIC_RE.exec(s);
      if (!m) return null;
      const raw = m[0].includes(",") ? m[0].replace(/,/g, "") : m[0];
      const dot = raw.indexOf(".");
      let place = 1;
      if (dot >= 0) place = 10 ** -(raw.length - dot - 1);
      else for (let k = raw.length - 1; k > 0 && raw[k] === "0"; k--) place *= 10;
      out.push({ t: "num", v: Number(raw), place, arabic: true });
      i += m[0].length;
      continue;
    }
    const tok = CHAR_TOKEN.get(code);
    if (!tok) return null;
    out.push(tok);
    i++;
  }
  return out;
}

/** Rounding noise from decimal arithmetic ("3.48亿" is 348000000, not 348000000.00000006). */
function tidy(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}

/**
 * Evaluate the tokens once for the low end and once for the high end of what they say.
 * Returns null when the tokens are not a well-formed number.
 */
function evaluate(tokens: readonly Token[], high: boolean): number | null {
  let yi = 0; // multiples of 亿 so far
  let wan = 0; // multiples of 万 below the last 亿
  let section = 0; // below 万
  let pending: number | null = null; // a digit waiting for its unit
  let pendingPlace = 1;
  let pendingArabic = false;
  let lastSmall = Infinity; // units inside a section must fall: 一千二百 is fine, 二百一千 is not
  let last: "pending" | "section" | "wan" | "yi" | null = null;
  let lastPlace = 1; // the step of the last thing written, for 多/余
  let sawNumber = false;

  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const prev = k > 0 ? tokens[k - 1]! : null;
    const next = k + 1 < tokens.length ? tokens[k + 1]! : null;
    switch (tok.t) {
      case "num": {
        sawNumber = true;
        if (pending !== null) {
          if (pendingArabic || tok.arabic || prev?.t !== "num") return null;
          // "两三亿", "七八千万": neighbouring digits before a unit are a range
          if (pending > 0 && tok.v === pending + 1 && next !== null && next.t !== "num" && next.t !== "more") {
            pending = high ? tok.v : pending;
          } else {
            // "二〇二四": digits written one by one
            pending = pending * 10 + tok.v;
          }
        } else {
          pending = tok.v;
          pendingArabic = tok.arabic;
        }
        pendingPlace = tok.place;
        last = "pending";
        lastPlace = tok.place;
        break;
      }
      case "vague": {
        if (pending !== null) return null;
        sawNumber = true;
        // "十几亿" is 11..19亿; "几十亿", "数千万" are 2..9 of the unit
        pending = high ? 9 : prev?.t === "small" ? 1 : 2;
        pendingPlace = 1;
        pendingArabic = false;
        last = "pending";
        lastPlace = 1;
        break;
      }
      case "small": {
        if (tok.v >= lastSmall) return null;
        if (pending !== null && pendingArabic && tok.v === 10) return null; // "5十" is not a number
        section += (pending ?? 1) * tok.v;
        sawNumber = true;
        lastSmall = tok.v;
        pending = null;
        pendingArabic = false;
        last = "section";
        lastPlace = tok.v;
        break;
      }
      case "big": {
        let value = section + (pending ?? 0);
        sawNumber = true;
        if (tok.v === 1e4) {
          if (value === 0 && wan === 0) value = 1; // "万", "万亿"
          wan = (wan + value) * 1e4;
          if (wan === 0) return null;
          last = "wan";
        } else {
          value += wan;
          if (value === 0) value = 1; // "亿", "上亿"
          yi = (yi + value) * 1e8;
          wan = 0;
          last = "yi";
        }
        section = 0;
        pending = null;
        pendingArabic = false;
        lastSmall = Infinity;
        lastPlace = tok.v;
        break;
      }
      case "more": {
        // "一百五十多" → 150..160; "100多万" → 100..200万; "3亿多" → 3..4亿
        if (last === null) return null;
        if (!high) break;
        if (last === "pending") pending = (pending ?? 0) + pendingPlace;
        else if (last === "section") section += lastPlace;
        else if (last === "wan") wan += lastPlace;
        else yi += lastPlace;
        break;
      }
      case "ge":
        // "一个亿", "几个亿", "一个多亿": 个 only between a digit and 亿/万/多
        if (prev?.t !== "num" && prev?.t !== "vague") return null;
        if (next === null || (next.t !== "big" && next.t !== "more")) return null;
        break;
    }
  }
  if (!sawNumber) return null;
  return tidy(yi + wan + section + (pending ?? 0));
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Parse a whole string as one number (no surrounding words); null when it is not one. */
export function parseNumber(s: string): NumberValue | null {
  if (s.length === 0) return null;
  // Plain digits ("2024", "15"): most runs a text has; the tokens would say the same.
  if (s.length <= 15 && allDigits(s)) {
    const v = Number(s);
    return { min: v, max: v };
  }
  const tokens = tokenize(s);
  if (!tokens || tokens.length === 0) return null;
  // "数" or "几" alone is a word, not a number; "数千" is one
  if (tokens.some((t) => t.t === "vague") && !tokens.some((t) => t.t === "small" || t.t === "big")) return null;
  const min = evaluate(tokens, false);
  const max = evaluate(tokens, true);
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) return null;
  return { min, max };
}

/**
 * "1.5-2亿", "5000万至1亿", "两亿到三亿": two numbers around a range separator. A bare first number
 * borrows the unit of the second ("1.5-2亿" → 1.5亿..2亿).
 */
const UNIT = "十百千万亿";

export function parseRange(first: string, second: string): NumberValue | null {
  const b = parseNumber(second);
  if (!b) return null;
  let cut = second.length;
  while (cut > 0 && UNIT.includes(second[cut - 1]!)) cut--;
  const unit = second.slice(cut);
  const a = [...first].some((c) => UNIT.includes(c)) ? parseNumber(first) : parseNumber(first + unit);
  if (!a || a.min > b.max) return null;
  return { min: a.min, max: b.max };
}
