import { scanRecognizer } from "../scan.js";
import { scanStakes } from "./find.js";

export { scanStakes, PERCENT_RE, STAKE_BEFORE_RE, STAKE_AFTER_RE, QUOTE_BEFORE_RE, HOLDER_VERB_RE, type StakeHit } from "./find.js";

/** Stakes: "持股40%", "所占股权比也不到20%", "约15%的股份", "a 40% stake". */
export const stake = scanRecognizer("stake", scanStakes, (h) => h.value);
