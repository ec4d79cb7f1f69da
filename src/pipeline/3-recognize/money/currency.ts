import type { Currency } from "../types.js";

/**
 * Currency words and symbols. Chinese words follow the number ("8亿美金", "3.5亿元人民币"); 人民币,
 * codes and symbols may come first ("人民币30,000万元", "US$1.2bn", "RMB 2 billion").
 */

const WORD: Readonly<Record<string, Currency>> = {
  元: "CNY", 人民币: "CNY", 元人民币: "CNY", rmb: "CNY", cny: "CNY", yuan: "CNY", "¥": "CNY", "￥": "CNY", "cn¥": "CNY",
  美元: "USD", 美金: "USD", usd: "USD", dollar: "USD", dollars: "USD", "us dollars": "USD", $: "USD", us$: "USD",
  港元: "HKD", 港币: "HKD", hkd: "HKD", hk$: "HKD",
  欧元: "EUR", eur: "EUR", euro: "EUR", euros: "EUR", "€": "EUR",
  日元: "JPY", 日圆: "JPY", jpy: "JPY", yen: "JPY", "jp¥": "JPY",
  英镑: "GBP", gbp: "GBP", pound: "GBP", pounds: "GBP", "pounds sterling": "GBP", "£": "GBP",
  新台币: "TWD", 台币: "TWD", twd: "TWD", nt$: "TWD",
  新加坡元: "SGD", 新元: "SGD", sgd: "SGD", s$: "SGD",
  韩元: "KRW", krw: "KRW", "₩": "KRW",
  印度卢比: "INR", 卢比: "INR", inr: "INR", rupee: "INR", rupees: "INR", rs: "INR", "rs.": "INR", "₹": "INR",
  瑞士法郎: "CHF", chf: "CHF",
  加元: "CAD", 加拿大元: "CAD", cad: "CAD", c$: "CAD",
  澳元: "AUD", 澳大利亚元: "AUD", aud: "AUD", a$: "AUD",
};

/** The currency a word or symbol names ("美金" → USD); null if unknown. */
export function currencyOf(word: string): Currency | null {
  // (the words the regexes find are mostly keys as written: no trimming and lowering for those)
  return (Object.hasOwn(WORD, word) ? WORD[word] : undefined) ?? WORD[word.trim().toLowerCase()] ?? null;
}

/**
 * Chinese currency word right after the number. "元" is not money in 元旦, 元年, 元宇宙, 元素,
 * 元器件, 元老, 元首, 元代 ("2024元旦" is a date).
 */
export const CN_CURRENCY_AFTER_RE =
  /元人民币|人民币|美元|美金|港元|港币|欧元|日元|日圆|英镑|新台币|台币|新加坡元|新元|韩元|印度卢比|卢比|瑞士法郎|加拿大元|加元|澳大利亚元|澳元|元(?![旦宇素件器老帅气宵朝代年月化]|首(?!轮))/y;

/** An English currency word or code after the number: "10 million USD", "2 billion yuan". */
export const EN_CURRENCY_AFTER_RE =
  /\s?(?:USD|RMB|CNY|HKD|EUR|GBP|JPY|INR|SGD|CHF|CAD|AUD|KRW|TWD)(?![A-Za-z])|\s(?:US dollars|dollars?|euros?|pounds sterling|pounds?|yuan|yen|rupees?)(?![A-Za-z])/y;

/** Currency before the number, tested on the text just left of it: "人民币", "US$", "RMB ", "€". */
export const CURRENCY_BEFORE_RE =
  /(?:人民币|美元|港币|港元|欧元|(?<![A-Za-z])(?:RMB|CNY|USD|HKD|EUR|GBP|JPY|INR|SGD|CHF|CAD|AUD|TWD|US\$|HK\$|NT\$|S\$|A\$|C\$|CN¥|JP¥|Rs\.?)|[$€£¥₹￥₩])\s?$/;

/** English magnitude words and letters: "$40M", "US$1.2bn", "$300 million", "₹400 crore". */
export const EN_MAGNITUDE_RE = /\s?(?:trillion|billion|million|thousand|crores?|lakhs?|bn|mn|tn|[bkm])(?![A-Z])/iy;

const MAGNITUDE: Readonly<Record<string, number>> = {
  trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6,
  thousand: 1e3, k: 1e3, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};

export function magnitudeOf(word: string): number {
  // (the words the regexes find are mostly keys as written: no trimming and lowering for those)
  return (Object.hasOwn(MAGNITUDE, word) ? MAGNITUDE[word] : undefined) ?? MAGNITUDE[word.trim().toLowerCase()] ?? 1;
}
