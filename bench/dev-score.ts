// Dev loop: `node --import tsx bench/dev-score.ts zh|en|seed [N]` prints the scorer's report with up
// to N documents' errors. Not a benchmark; a tool for reading mistakes.
import { scoreDevset, scoreSeed } from "./accuracy.bench.js";

const [which = "zh", n = "20"] = process.argv.slice(2);
if (which === "seed") console.log(await scoreSeed(true));
else console.log(await scoreDevset(which as "zh" | "en", Number(n)));
