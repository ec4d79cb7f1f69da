import type { Currency, Stage } from "../pipeline/3-recognize/types.js";
import { USD_PER_UNIT } from "../pipeline/5-resolve/money.js";

/** A bad command-line value: the CLI prints the message as one line and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

const MULTIPLIER: Record<string, number> = {
  "": 1, k: 1e3, m: 1e6, mn: 1e6, mm: 1e6, b: 1e9, bn: 1e9, t: 1e12,
  万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 十亿: 1e9, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12,
};

/** "100m" → 1e8, "1.5b" → 1.5e9, "1亿" → 1e8, "5000万" → 5e7, "$20M" → 2e7. */
export function parseAmount(text: string): number {
  const m = /^[$€£¥]?\s*(\d+(?:\.\d+)?)\s*(mn|mm|bn|[kmbt万亿]|十万|百万|千万|十亿|百亿|千亿|万亿)?$/iu.exec(text.trim().replace(/,/gu, ""));
  if (!m) throw new UsageError(`not an amount: "${text}" (try 100m, 1.5b, 1亿, 5000万)`);
  return Number(m[1]) * MULTIPLIER[(m[2] ?? "").toLowerCase()]!;
}

const CURRENCY_WORDS: Record<string, Currency> = { RMB: "CNY", 人民币: "CNY", 元: "CNY", 美元: "USD", 美金: "USD", 港元: "HKD", 港币: "HKD", 欧元: "EUR", 日元: "JPY", 英镑: "GBP" };

export function parseCurrency(text: string): Currency {
  const t = text.trim();
  const c = CURRENCY_WORDS[t] ?? CURRENCY_WORDS[t.toUpperCase()] ?? t.toUpperCase();
  if (!(c in USD_PER_UNIT)) throw new UsageError(`unknown currency "${text}" (try USD, CNY, EUR, HKD)`);
  return c as Currency;
}

const STAGES: readonly Stage[] = [
  "pre-seed", "seed", "angel", "pre-a", "a", "a+", "pre-b", "b", "b+", "c", "c+", "d", "e", "f",
  "pre-ipo", "strategic", "private-placement", "debt", "convertible", "unnamed", "total", "other",
];
const STAGE_WORDS: Record<string, Stage> = { 种子: "seed", 天使: "angel", 战略: "strategic", 新一: "unnamed", 定增: "private-placement" };

/** "b", "B轮", "Series B", "pre-a", "a+" → stages; commas give several ("b,c"). */
export function parseStages(text: string): Stage[] {
  return text.split(/[,，]/u).map((raw) => {
    const t = raw.trim().toLowerCase().replace(/^series\s+/u, "").replace(/轮$/u, "").replace(/\s+/gu, "-");
    const s = (STAGES as readonly string[]).includes(t) ? (t as Stage) : STAGE_WORDS[t];
    if (!s) throw new UsageError(`unknown stage "${raw}" (try seed, angel, a, a+, b, c, pre-ipo, strategic)`);
    return s;
  });
}

export function parsePositiveInt(text: string, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${what} must be a positive whole number, not "${text}"`);
  return n;
}

const SYMBOL_CURRENCY: Record<string, Currency> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "CNY" };

/**
 * A money value typed by a person: "8亿美元", "$800m", "≥ 1b USD", "~5000万元", "undisclosed".
 * Returns null for "undisclosed".
 */
export function parseMoneyValue(text: string): { min: number | null; max: number | null; currency: Currency | null; qualifier: "exact" | "about" | "at_least" | "at_most" } | null {
  let t = text.trim();
  if (/^(?:undisclosed|未披露|未透露)$/iu.test(t)) return null;
  const q = /^(?:>=|<=|[≥超~约≤近])/u.exec(t)?.[0] ?? "";
  t = t.slice(q.length).trim();
  const sym = /^[$€£¥]/u.exec(t)?.[0] ?? null;
  if (sym) t = t.slice(1).trim();
  const cur = /(?:usd|cny|rmb|eur|hkd|gbp|jpy|美元|美金|人民币|元|港元|港币|欧元|日元|英镑)$/iu.exec(t)?.[0] ?? null;
  if (cur) t = t.slice(0, t.length - cur.length).trim();
  const n = parseAmount(t);
  const currency = cur ? parseCurrency(cur) : sym ? SYMBOL_CURRENCY[sym]! : null;
  const qualifier = ["≥", ">=", "超"].includes(q) ? "at_least" : ["≤", "<=", "近"].includes(q) ? "at_most" : q ? "about" : "exact";
  return { min: qualifier === "at_most" ? null : n, max: qualifier === "at_least" ? null : n, currency, qualifier };
}
