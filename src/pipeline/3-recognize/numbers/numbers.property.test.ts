import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber } from "./index.js";

// Chinese numerals written by the textbook rules, independently of the parser under test.
const DIGITS = "零一二三四五六七八九";

function below10k(n: number, leadingZero: boolean): string {
  // 0 < n < 10000; "一千零五", "三百二十", "十五" only at the very start of a number
  let out = "";
  let zero = leadingZero;
  const units = ["千", "百", "十", ""];
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let started = false;
  for (let i = 0; i < 4; i++) {
    const d = parts[i]!;
    if (d === 0) {
      if (started || zero) zero = true;
      continue;
    }
    if (zero && (started || leadingZero)) out += "零";
    zero = false;
    out += DIGITS[d]! + units[i]!;
    started = true;
  }
  return out;
}

function chinese(n: number): string {
  if (n === 0) return "零";
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let out = "";
  if (yi) out += below10k(yi, false) + "亿";
  if (wan) out += below10k(wan, yi > 0 && wan < 1000) + "万";
  else if (yi && rest) out += "零";
  if (rest) out += below10k(rest, (yi > 0 || wan > 0) && rest < 1000 && !(yi && !wan));
  return out;
}

/** "3亿2500万", "2500万", "1,234" : Arabic parts with Chinese big units. */
function mixed(n: number): string {
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let out = "";
  if (yi) out += `${yi}亿`;
  if (wan) out += `${wan}万`;
  if (rest || !out) out += rest.toLocaleString("en-US");
  return out;
}

const integer = fc.integer({ min: 0, max: 999_999_999_999 });

describe("numbers written three ways parse to the same value", () => {
  it("Arabic, Chinese numerals and mixed forms agree", () => {
    fc.assert(
      fc.property(integer, (n) => {
        const forms = [String(n), n.toLocaleString("en-US"), chinese(n), chinese(n).replace(/^一十/, "十"), mixed(n)];
        for (const f of forms) expect(parseNumber(f), f).toEqual({ min: n, max: n });
      }),
      { numRuns: 10_000 },
    );
  });

  it("decimals with a big unit equal the whole number ('3.48亿' = 348000000)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom("万", "亿"), (digits, scale, unit) => {
        const written = (digits / 10 ** scale).toFixed(scale);
        const whole = (digits * (unit === "万" ? 1e4 : 1e8)) / 10 ** scale;
        expect(parseNumber(written + unit)).toEqual({ min: whole, max: whole });
      }),
      { numRuns: 2_000 },
    );
  });
});
