import { ymdOf } from "./calendar.js";
import { scanRecognizer } from "../scan.js";
import { resolve, scanDates } from "./find.js";

export { scanDates, resolve, type DateHit, type Reading } from "./find.js";
export { ymdOf, springFestival } from "./calendar.js";
export { DATE_CN_RE, DATE_EN_RE, EN_BARE_BEFORE_RE } from "./patterns.js";

/**
 * Dates: absolute ("2024年2月15日", "Feb 15, 2024"), partial ("2月中旬", "今年上半年", "Q3") and
 * relative ("去年十月", "日前", "30日", "on Tuesday"), resolved against the document's own date.
 * A relative date in a document without a date keeps `value: null` (the caller reports it).
 */
export const date = scanRecognizer("date", scanDates, (h, ctx) => resolve(h.reading, ymdOf(ctx.documentDate)));
