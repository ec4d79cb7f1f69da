import type { Currency, MoneyQualifier } from "../3-recognize/types.js";

/** An amount as claims carry it: bounds in whole units, a currency and how exact it is. */
export interface MoneyValue {
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: Currency | null;
  readonly qualifier: MoneyQualifier;
}

/**
 * Approximate US dollars per unit, used ONLY to rank and filter across currencies (top companies
 * by raised, `rounds --min` without `--currency`). Reports show amounts in their own currency.
 */
export const USD_PER_UNIT: Readonly<Record<Currency, number>> = {
  USD: 1, CNY: 0.14, HKD: 0.128, EUR: 1.08, JPY: 0.0067, GBP: 1.27, TWD: 0.031, SGD: 0.74, INR: 0.012,
  KRW: 0.00074, CHF: 1.12, CAD: 0.73, AUD: 0.66,
};

export function toUsd(amount: number | null, currency: Currency | null): number | null {
  if (amount === null || currency === null) return null;
  return amount * USD_PER_UNIT[currency];
}

/** What the amount is at least: "超10亿" → 1e9, "近亿" → nothing known. */
export function lowerBound(m: MoneyValue): number | null {
  switch (m.qualifier) {
    case "exact":
    case "about":
    case "at_least":
    case "range":
      return m.min ?? m.max;
    default:
      return null;
  }
}

/** What the amount is at most, null when unbounded or unknown. */
export function upperBound(m: MoneyValue): number | null {
  switch (m.qualifier) {
    case "exact":
    case "about":
    case "at_most":
    case "range":
      return m.max ?? m.min;
    default:
      return null;
  }
}

export function hasAmount(m: MoneyValue | null): m is MoneyValue {
  return m !== null && m.qualifier !== "undisclosed" && (m.min !== null || m.max !== null);
}

/** exact > about > range > at_least / at_most > undisclosed. */
export function moneySpecificity(m: MoneyValue): number {
  if (!hasAmount(m)) return 0;
  return { exact: 5, about: 4, range: 3, at_least: 2, at_most: 2, undisclosed: 0 }[m.qualifier];
}

function interval(m: MoneyValue): [number, number] {
  return [lowerBound(m) ?? 0, upperBound(m) ?? Number.POSITIVE_INFINITY];
}

export function sameMoney(a: MoneyValue, b: MoneyValue): boolean {
  return a.currency === b.currency && a.min === b.min && a.max === b.max;
}

/** `a` says more and agrees with `b`: "12亿" refines "超10亿"; "8亿" does not refine "超10亿". */
export function moneyRefines(a: MoneyValue, b: MoneyValue): boolean {
  if (!hasAmount(a)) return false;
  if (!hasAmount(b)) return true;
  if (a.currency !== b.currency || moneySpecificity(a) <= moneySpecificity(b)) return false;
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  return alo >= blo && ahi <= bhi;
}

/**
 * Could two reports be of the same round? Within `ratio` of each other (a correction from
 * 10亿 to 8亿 is), or unknown on either side. Currencies are compared in approximate USD.
 */
export function moneyCompatible(a: MoneyValue | null, b: MoneyValue | null, ratio = 1.6): boolean {
  if (!hasAmount(a) || !hasAmount(b)) return true;
  const cur = (m: MoneyValue, x: number) => (m.currency ? toUsd(x, m.currency)! : x);
  const [alo, ahi] = interval(a).map((x) => (Number.isFinite(x) ? cur(a, x) : x)) as [number, number];
  const [blo, bhi] = interval(b).map((x) => (Number.isFinite(x) ? cur(b, x) : x)) as [number, number];
  return alo / ratio <= bhi && blo / ratio <= ahi;
}

/** A total that is honest about ranges and unknowns, per currency. */
export interface CurrencyTotal {
  readonly currency: Currency | null;
  readonly min: number;
  /** Null when at least one amount has no upper bound ("超10亿"). */
  readonly max: number | null;
  readonly rounds: number;
}

export interface RaisedTotal {
  readonly byCurrency: readonly CurrencyTotal[];
  /** Rounds with no amount at all ("未披露"): the true total is higher by an unknown amount. */
  readonly undisclosed: number;
  /** Approximate USD lower bound over all currencies, for ranking. */
  readonly usdMin: number;
}

export function totalRaised(amounts: readonly (MoneyValue | null)[]): RaisedTotal {
  const by = new Map<Currency | null, { min: number; max: number | null; rounds: number }>();
  let undisclosed = 0;
  let usdMin = 0;
  for (const m of amounts) {
    if (!hasAmount(m)) {
      undisclosed++;
      continue;
    }
    const t = by.get(m.currency) ?? { min: 0, max: 0, rounds: 0 };
    const lo = lowerBound(m) ?? 0;
    const hi = upperBound(m);
    t.min += lo;
    t.max = t.max === null || hi === null ? null : t.max + hi;
    t.rounds++;
    by.set(m.currency, t);
    usdMin += toUsd(lo, m.currency) ?? 0;
  }
  const byCurrency = [...by.entries()]
    .map(([currency, t]) => ({ currency, ...t }))
    .sort((a, b) => (toUsd(b.min, b.currency) ?? 0) - (toUsd(a.min, a.currency) ?? 0));
  return { byCurrency, undisclosed, usdMin };
}
