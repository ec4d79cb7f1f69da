import type { Stage } from "../types.js";

/**
 * The stage a round label names: "Pre-A+" → pre-a, "A1" → a, "B2" → b, "B+" → b+, "天使+" →
 * angel, "Series B-2" → b, "seed" → seed. Unknown letters (G, Pre-C) are "other".
 */
export function stageOf(label: string): Stage {
  const l = label.replace(/\s+/g, "").replace(/^series/i, "").toUpperCase();
  if (/^PRE-?SEED$/.test(l)) return "pre-seed";
  if (l === "SEED" || l.startsWith("种子")) return "seed";
  if (l === "ANGEL" || l.startsWith("天使")) return "angel";
  if (l === "STRATEGIC" || l === "战略") return "strategic";
  if (/^PRE-?IPO$/.test(l)) return "pre-ipo";
  const pre = /^PRE-?([A-Z])/.exec(l);
  if (pre) return pre[1] === "A" ? "pre-a" : pre[1] === "B" ? "pre-b" : "other";
  const m = /^([A-Z])(\+*)/.exec(l);
  if (!m) return "other";
  const letter = m[1]!.toLowerCase();
  if (!"abcdef".includes(letter)) return "other";
  if (m[2] && "abc".includes(letter)) return `${letter}+` as Stage;
  return letter as Stage;
}
