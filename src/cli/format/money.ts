import type { Currency } from "../../pipeline/3-recognize/types.js";
import type { MoneyValue, RaisedTotal } from "../../pipeline/5-resolve/money.js";

const SYMBOL: Partial<Record<Currency, string>> = { USD: "$", EUR: "€", GBP: "£" };

/** 800000000 → "800M", 2.5e9 → "2.5B", 1.25e9 → "1.25B". */
export function compact(n: number): string {
  const units: [number, string][] = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]];
  for (const [v, u] of units) {
    if (Math.abs(n) >= v) return `${Number((n / v).toFixed(2))}${u}`;
  }
  return String(n);
}

export function withCurrency(n: number, currency: Currency | null): string {
  if (currency === null) return compact(n);
  const sym = SYMBOL[currency];
  return sym ? `${sym}${compact(n)}` : `${currency} ${compact(n)}`;
}

/** "$800M", "≥ $1B", "~ CNY 500M", "CNY 10M–100M", "undisclosed". */
export function formatMoney(m: MoneyValue | null): string {
  if (!m) return "";
  const { min, max, currency } = m;
  switch (m.qualifier) {
    case "exact":
      return min === null ? "" : withCurrency(min, currency);
    case "about":
      return min === null ? "" : `~ ${withCurrency(min, currency)}`;
    case "at_least":
      return min === null ? "" : `≥ ${withCurrency(min, currency)}`;
    case "at_most":
      return max === null ? "" : `≤ ${withCurrency(max, currency)}`;
    case "range":
      return min !== null && max !== null ? `${withCurrency(min, currency)}–${compact(max)}` : formatMoney({ ...m, qualifier: min !== null ? "at_least" : "at_most" });
    case "undisclosed":
      return "undisclosed";
  }
}

/** "≥ $1.4B + ≥ CNY 2.5B, 2 rounds undisclosed": honest about open ranges and unknown amounts. */
export function formatTotal(t: RaisedTotal): string {
  const parts = t.byCurrency.map((c) => {
    const open = c.max === null || t.undisclosed > 0;
    if (!open && c.max !== null && c.max !== c.min) return `${withCurrency(c.min, c.currency)}–${compact(c.max)}`;
    return `${open ? "≥ " : ""}${withCurrency(c.min, c.currency)}`;
  });
  const body = parts.length ? parts.join(" + ") : t.undisclosed ? "unknown" : "none reported";
  const tail = t.undisclosed ? `, ${t.undisclosed} round${t.undisclosed > 1 ? "s" : ""} undisclosed` : "";
  return body + tail;
}
