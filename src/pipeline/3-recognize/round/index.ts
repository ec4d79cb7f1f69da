import { scanRecognizer } from "../scan.js";
import { scanRounds } from "./find.js";

export { scanRounds, type RoundHit } from "./find.js";
export { ROUND_CN_RE, ROUND_EN_RE, INSTRUMENT_RE, UNNAMED_CONTEXT_RE, AMOUNT_BEFORE_RE, ISSUE_CONTEXT_RE, DEBT_AFTER_RE } from "./find.js";
export { stageOf } from "./stage.js";

/** Rounds and instruments: "A+轮", "Pre-IPO", "战略投资", "新一轮", "定增", "可转债", "Series B-2", "seed". */
export const round = scanRecognizer("round", scanRounds, (h) => h.value);
