import { lastScan, scanRecognizer } from "../scan.js";
import { scanMoney } from "./find.js";

export { scanMoney, moneyValue, type MoneyHit, RANGE_SEP_RE, LEVEL_RE, FINANCING_AFTER_RE, FINANCING_BEFORE_RE, UNDISCLOSED_RE } from "./find.js";
export { CN_CURRENCY_AFTER_RE, EN_CURRENCY_AFTER_RE, CURRENCY_BEFORE_RE, EN_MAGNITUDE_RE, currencyOf } from "./currency.js";
export { HEDGE_BEFORE_RE, HEDGE_AFTER_RE, CONNECTIVE_BEFORE_RE, CONSERVATIVE_AFTER_RE, CONSERVATIVE_BEFORE_RE } from "./hedge.js";
export { ROLE_CUE_RE, BASIS_RE, readRole } from "./role.js";

const amounts = lastScan(scanMoney);

/**
 * Money: every amount, with hedges and currency words in its span ("超5亿元", "约人民币3.5亿元",
 * "US$1.2bn") and a role read from the words around it. Amounts whose role is a valuation are
 * also `valuation` mentions (same span), carrying the basis: 投前 (pre), 投后 (post).
 */
export const money = scanRecognizer("money", amounts, (h) => h.value);

export const valuation = scanRecognizer(
  "valuation",
  amounts,
  (h) => ({ ...h.value, basis: h.basis }),
  (h) => h.value.role === "valuation",
);
