import type { MappedText } from "../../core/mapped-text.js";
import { applyEdits, isHan, type StepEdit, type StepResult } from "./step.js";
import { lexicon, type Lexicon, type Token } from "./lexicon.js";

/**
 * Spam phrases that mirror sites splice into sentences, each followed by a comma: "牌桌冰霸杯,上,"
 * (→ "牌桌上,"), "此灰指甲外用药,外依照" (→ "此外依照"), "跟投祛斑霜,。". Nothing here lists
 * phrases: a site is a comma that breaks the text around it, and the phrase is the run of words
 * before it whose removal mends the break. Precision first: a site needs a score of THRESHOLD.
 */
export const THRESHOLD = 3;

type Shape =
  | "line" //      "類風濕性關節炎,": a line of one noun phrase and a comma
  | "punct" //     "跟投祛斑霜,。": a comma right before other punctuation
  | "fragment" //  "冰霸杯,上,": the comma leaves a clause of one or two characters
  | "locative"; // "灰指甲外用药,外依照": the next clause opens with a bare locative ("外")

export const COMMA = /[,，]/g;
const AFTER_COMMA = new Set([..."，,。．.；;！？!?、：:"]);
const CLAUSE_END = new Set([..."，,。；;！？!?、"]);
const SENTENCE_END = new Set([..."。；;！？!?"]);
const CLOSING = new Set([..."”’」』)）》"]);
/** "上," "角," "实际。": nouns and locatives left alone as a clause (not "同时," "目前," "对,"). */
const FRAGMENT_TAGS = new Set(["f", "n", "nz", "ng", "s"]);
/** Words that never belong to a spliced product phrase: prepositions, conjunctions, particles, pronouns, adverbs, times. */
const FUNCTION_TAGS = new Set(["p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "y", "e", "o", "d", "zg", "h", "k", "t", "tg"]);
/** Names of people, places and organisations are the article's content, never a spliced product. */
const NAME_TAGS = new Set(["nr", "nrt", "nrfg", "ns", "nt"]);
const NOMINAL_TAGS = new Set(["n", "nz", "nl", "ng", "s", "x", "q", "b", "vn", "an", "j", "l"]);
/** "数千万", "两亿": an amount is never spam. */
export const NUMERAL = /^[〇零一二三四五六七八九十百千万亿两数几余多半]+$/;
export const NOUN_LIKE = /^(?:[nsx]|vn)/;
const MODIFIER = new Set(["m", "mq", "a", "b"]);
const STRANDED = new Set(["q", "uj"]);
const MAX_PHRASE = 8;
/** Each site costs a segmentation and a few scans of the text; a page of real spam has a handful. */
const MAX_SITES = 500;
const MAX_LINE_PHRASE = 12;

interface Site {
  readonly comma: number;
  readonly shape: Shape;
  /** The Han run before the comma (where the phrase is), and the one after it. */
  readonly before: string;
  readonly after: string;
  readonly lineStart: number;
  readonly lineEnd: number;
}

export function removeSpamPhrases(text: MappedText): StepResult {
  const s = text.text;
  const sites = findSites(s);
  if (sites.length === 0) return applyEdits(text, []);
  const lex = lexicon();
  const minority = minorityComma(s);
  const edits = new Map<number, StepEdit>();
  const accepted = new Set<string>();
  for (const site of sites) {
    const best = bestPhrase(s, site, lex, minority);
    if (!best) continue;
    if (site.shape === "line") {
      edits.set(site.lineStart, { start: site.lineStart, end: Math.min(s.length, site.lineEnd + 1), text: "", reason: "spam_phrase" });
    } else {
      edits.set(site.comma - best.length, { start: site.comma - best.length, end: site.comma + 1, text: "", reason: "spam_phrase" });
    }
    if (best.length >= 3) accepted.add(best + s[site.comma]);
  }
  // Mirror sites reuse their phrases: once one is certain, its other splices go too
  // ("雙器重汽車美容打蠟,角的" after "逼近的汽車美容打蠟,實際").
  for (const phrase of accepted) {
    for (let i = s.indexOf(phrase); i >= 0; i = s.indexOf(phrase, i + 1)) {
      const next = s.charCodeAt(i + phrase.length);
      if (isHan(s.charCodeAt(i - 1)) && (isHan(next) || AFTER_COMMA.has(s[i + phrase.length] ?? "")) && !edits.has(i)) {
        edits.set(i, { start: i, end: i + phrase.length, text: "", reason: "spam_phrase" });
      }
    }
  }
  return applyEdits(text, [...edits.values()].sort((a, b) => a.start - b.start).filter(noOverlap()));
}

function noOverlap() {
  let end = 0;
  return (e: StepEdit) => (e.start >= end ? ((end = e.end), true) : false);
}

/**
 * Commas with Han right before them that break the text in one of the four shapes. Only the
 * dictionary is consulted here (most commas are plain commas); jieba runs on the few sites.
 */
function findSites(s: string): Site[] {
  const sites: Site[] = [];
  // two indexOf cursors, one per kind of comma: no regex match objects, no per-character loop
  let full = s.indexOf("，");
  let half = s.indexOf(",");
  while (full >= 0 || half >= 0) {
    let p: number;
    if (half < 0 || (full >= 0 && full < half)) {
      p = full;
      full = s.indexOf("，", full + 1);
    } else {
      p = half;
      half = s.indexOf(",", half + 1);
    }
    if (!isHan(s.charCodeAt(p - 1))) continue;
    // most commas are followed by an ordinary clause: only these four openings can make a site
    const next = s.charCodeAt(p + 1);
    if (isHan(next) && !CLAUSE_END.has(s[p + 2] ?? "") && !CLAUSE_END.has(s[p + 3] ?? "") && !lexicon().isLocative(next)) continue;
    let a = p;
    while (a > 0 && p - a < MAX_LINE_PHRASE && isHan(s.charCodeAt(a - 1))) a--;
    let q = p + 1;
    while (q < s.length && q - p <= 8 && isHan(s.charCodeAt(q))) q++;
    const after = s.slice(p + 1, q);
    const lineStart = blankTo(s, a, -1);
    const lineEnd = blankTo(s, p + 1, 1);
    let shape: Shape | null = null;
    if (lineStart >= 0 && lineEnd >= 0) shape = followsSentence(s, lineStart) ? "line" : null;
    else if (q === p + 1 && AFTER_COMMA.has(s[p + 1] ?? "")) shape = "punct";
    else if (after.length >= 1 && after.length <= 2 && CLAUSE_END.has(s[q] ?? "") && FRAGMENT_TAGS.has(lexicon().pos(after) ?? "")) {
      shape = "fragment";
    } else if (after.length >= 2 && lexicon().isLocative(next) && !lexicon().pos(after.slice(0, 2)) && !lexicon().pos(after.slice(0, 3))) {
      shape = "locative";
    }
    if (!shape) continue;
    sites.push({ comma: p, shape, before: s.slice(a, p), after, lineStart: Math.max(lineStart, 0), lineEnd: Math.max(lineEnd, 0) });
    if (sites.length === MAX_SITES) break;
  }
  return sites;
}

/**
 * A line of its own is spam only between whole sentences: "…很贵”。\n類風濕性關節炎,\n其次是…", not
 * an item of a list ("投资方：\n红杉中国，\n高瓴创投。") or a hard-wrapped clause ("本轮由\n红杉中国，").
 */
function followsSentence(s: string, lineStart: number): boolean {
  let j = lineStart - 1;
  while (j >= 0 && /\s/.test(s[j]!)) j--;
  while (j >= 0 && CLOSING.has(s[j]!)) j--;
  return j >= 0 && SENTENCE_END.has(s[j]!);
}

/** From `i`, over spaces in direction `dir`, to a line break or an end of the text: its position, or -1. */
function blankTo(s: string, i: number, dir: 1 | -1): number {
  let j = dir < 0 ? i - 1 : i;
  const stop = j + dir * 64;
  while (j >= 0 && j < s.length && j !== stop && (s[j] === " " || s[j] === "\t")) j += dir;
  if (j < 0) return 0;
  if (j >= s.length) return s.length;
  if (s[j] === "\n") return dir < 0 ? j + 1 : j;
  return -1;
}

/** The comma type a document rarely uses, if it clearly has a usual one. */
function minorityComma(s: string): string | null {
  let full = 0;
  let half = 0;
  for (const m of s.matchAll(COMMA)) {
    if (!isHan(s.charCodeAt(m.index - 1))) continue;
    if (m[0] === "，") full++;
    else half++;
  }
  if (full >= 3 && half * 2 < full) return ",";
  if (half >= 3 && full * 2 < half) return "，";
  return null;
}

/** The phrase to remove before this comma (as a string ending at the comma), or null. */
function bestPhrase(s: string, site: Site, lex: Lexicon, minority: string | null): string | null {
  const tokens = lex.tag(site.before, true);
  const head = lex.tag(site.after, false)[0];
  const base = shapeScore(s, site, head, lex);
  if (base === null) return null;
  const commaBonus = s[site.comma] === minority ? 1 : 0;
  let best: { phrase: string; score: number } | null = null;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const start = tokens[k]!.start;
    const phrase = site.before.slice(start);
    const words = tokens.slice(k);
    if (phrase.length > (site.shape === "line" ? MAX_LINE_PHRASE : MAX_PHRASE)) break;
    if (words.some((w) => FUNCTION_TAGS.has(w.tag) || NAME_TAGS.has(w.tag) || NUMERAL.test(w.word))) break;
    if (phrase.length < 2) continue;
    if (site.shape === "line" && start > 0) continue; // the whole line or nothing
    if ((site.shape === "line" || site.shape === "punct") && !words.every((w) => NOMINAL_TAGS.has(w.tag))) continue;
    if (isRelated(s, phrase)) continue;
    const left = tokens[k - 1];
    if (left && MODIFIER.has(left.tag)) continue; // "二手|叉车": a modifier belongs to the noun after it
    // phrases are tried shortest first and only a higher score replaces one: shorter wins ties
    let score = base + commaBonus + joinScore(site, left, head, lex) + repeatScore(s, site, phrase);
    if (site.shape === "locative" && !joins(lex, site.before.slice(0, start), site.after)) score = -Infinity;
    if (score >= THRESHOLD && (!best || score > best.score)) best = { phrase, score };
  }
  return best?.phrase ?? null;
}

/** How strongly the comma's shape alone says "something was spliced in here". */
function shapeScore(s: string, site: Site, head: Token | undefined, lex: Lexicon): number | null {
  switch (site.shape) {
    case "line":
      return 4;
    case "punct":
      return 3;
    case "fragment": {
      // "上," as a whole clause: a bare locative or noun cannot stand alone; "同时," "目前," can
      const tag = lex.pos(site.after) ?? head?.tag ?? "";
      if (site.after.length === 1) return FRAGMENT_TAGS.has(tag) ? 2 : null;
      // "…的汽車美容打蠟,實際。": a two-character noun as the last clause of a sentence
      const end = s[site.comma + 1 + site.after.length] ?? "";
      return FRAGMENT_TAGS.has(tag) && SENTENCE_END.has(end) ? 1 : null;
    }
    case "locative":
      // "外依照…": the next clause starts with a one-character locative that is not part of a word
      return head && head.word.length === 1 && head.tag === "f" ? 1 : null;
  }
}

/** Does the text read on once the phrase is gone? Judged from the words on either side. */
function joinScore(site: Site, left: Token | undefined, head: Token | undefined, lex: Lexicon): number {
  if (site.shape === "line") return 0;
  if (site.shape === "punct") return left && (FUNCTION_TAGS.has(left.tag) || left.tag === "uj") ? -2 : 0;
  if (!left || !head) return -1;
  let score = joins(lex, site.before.slice(0, left.end), site.after) ? 3 : 0; // "牌桌|上" → "桌上", "此|外" → "此外"
  // "供应链|上" reads; "的|上" does not
  if (head.tag === "f") score += NOUN_LIKE.test(left.tag) ? 1 : STRANDED.has(left.tag) ? -2 : 0;
  if (head.tag.startsWith("n") && left.tag === "uj") score += 1; // "逼近的|实际"
  return score;
}

/** A dictionary word across the junction: the two sides were one word before the splice. */
function joins(lex: Lexicon, left: string, right: string): boolean {
  const l = left.slice(-3);
  if (!l || !right) return false;
  for (const t of lex.tag(l + right.slice(0, 3), false)) {
    if (t.start < l.length && t.end > l.length && t.word.length >= 2 && lex.freq(t.word) >= 20) return true;
  }
  return false;
}

/** The longest phrase that recurs before this kind of comma gets a bonus: sites reuse phrases. */
function repeatScore(s: string, site: Site, phrase: string): number {
  const comma = s[site.comma]!;
  const n = count(s, phrase + comma);
  if (n < 2) return 0;
  const wider = site.before.length > phrase.length ? site.before[site.before.length - phrase.length - 1]! + phrase + comma : null;
  return wider && count(s, wider) === n ? 0 : 2;
}

/** The phrase also occurs as ordinary text (not before a comma): it is the article's own words. */
function isRelated(s: string, phrase: string): boolean {
  for (let i = s.indexOf(phrase); i >= 0; i = s.indexOf(phrase, i + 1)) {
    const next = s[i + phrase.length];
    if (next !== "," && next !== "，") return true;
  }
  return false;
}

function count(s: string, sub: string): number {
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
  return n;
}
