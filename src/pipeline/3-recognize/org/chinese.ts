import { CharSet } from "../charset.js";
import { words, type Word } from "../segment.js";
import type { OrgKind } from "../types.js";
import type { Candidate } from "./candidate.js";
import type { LexiconMatch } from "./lexicon.js";
import { endsHere, kindOf, PLATFORM, suffixClassOf, suffixMatches, type SuffixClass } from "./suffix.js";
import { BUSINESS_VERBS, GENERIC, INDUSTRY, NAME_INTERNAL, PLACES, STOP_WORDS } from "./words.js";

/**
 * Chinese organization names found by their ending ("…资本", "…有限公司"): find the ending,
 * then walk left over jieba words until a word that cannot be part of a name ("由深创投领投"
 * → 深创投). Registry names inside the window count as one word.
 */

/**
 * A word of the window in text offsets: a jieba word, a registry name, or a place joined with its
 * unit. One class for all three, so the rules read every word the same way.
 */
class Tok {
  constructor(
    readonly word: string,
    readonly start: number,
    readonly end: number,
    /** A registry name: one word, never a stop. */
    readonly lex: boolean,
    /** The tag when it is known without jieba ("lex", "ns"), else the jieba word to ask. */
    private readonly known: string | null,
    private readonly jieba: Word | null,
  ) {}

  /** jieba's tag, "lex" for a registry name (reading it may cost a dictionary lookup). */
  get tag(): string {
    return this.known ?? (this.jieba as Word).tag;
  }

  static ofWord(w: Word, by: number): Tok {
    return new Tok(w.word, w.start + by, w.end + by, false, null, w);
  }
}

/** Multi-character words with these tags end a name: prepositions, conjunctions, particles, adverbs, pronouns, numerals, measure and time words. */
const POS_STOP = new Set(["p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m", "mq", "q", "t", "f", "y", "e", "o"]);
/** Tags of words that look like a brand rather than a common word. */
const BRANDISH = new Set(["nr", "nrt", "nrfg", "nz", "nt", "ns", "x", "j", "eng", "lex"]);

/** Place words that do not make a fund local ("一家美国投资基金" is no name). */
const NATIONAL = new Set(["中国", "全国", "国家", "中央", "新加坡", "美国", "日本", "韩国", "德国", "法国", "英国", "印度"]);

const BRACKETED = /^[（(][^)）]*[)）]/;
/** 省, 市, 区, 县: a unit after a place word ("深圳" + "市"). */
const ADMIN_UNIT = new CharSet(["省市区县"]);
const DIGITS = /^\d+$/;
const ONE_LETTER = /^[A-Z]$/i;
const LATIN_WORD = /^[A-Z]{2,}/i;
const SHORT_LATIN = /^[A-Z0-9]{2,}$/i;

const isCjk = (c: number) => c >= 0x3400 && c <= 0x9fff;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isNameUnit = (c: number) => isCjk(c) || isAsciiAlnum(c) || c === 0xb7 || c === 0x26;

/** Lexicon hits by position, so a window can treat "联想" of "联想创投" as one word. */
export class LexIndex {
  /**
   * `hits` are in text order and do not overlap (as Lexicon.findAll gives them); `length` is
   * the text's (kept for callers; positions are looked up by binary search, nothing is allocated).
   */
  constructor(
    readonly hits: readonly LexiconMatch[],
    readonly length: number,
  ) {}

  /** The hit covering position i, if any. */
  hitAt(i: number): LexiconMatch | null {
    const hits = this.hits;
    let lo = 0;
    let hi = hits.length;
    // the first hit ending after i (ends rise with starts: the hits do not overlap)
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((hits[mid] as LexiconMatch).end <= i) lo = mid + 1;
      else hi = mid;
    }
    const h = hits[lo];
    return h && h.start <= i ? h : null;
  }
}

/** Function words that never end a name ("由", "的", "被"); 和, 为 and 同 can ("中和", "顺为"). */
const NEVER_ENDS_NAME = new CharSet(["的了由获被将与及或是也还均都其该这那此各每把给让使至并且又再已曾仍亦即则而但就才所等"]);

/** The two-character words of a word set, as numbers (c1 × 0x10000 + c2): read without slicing the text. */
const pairsOf = (words: ReadonlySet<string>) => new Set([...words].filter((w) => w.length === 2).map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)));
const STOP_PAIRS = pairsOf(STOP_WORDS);
const INTERNAL_PAIRS = pairsOf(NAME_INTERNAL);
const GENERIC_PAIRS = pairsOf(GENERIC);
/** First characters of place words: most positions are no place, and need no slice to say so. */
const PLACE_FIRST = new CharSet([...PLACES].map((p) => p[0] ?? ""));

/** Endings that are also verbs or common nouns: the word before them must not be a verb. */
const WEAK = new Set(["投资", "控股", "股份", "科技", "技术"]);

/** How far left a name may reach before its ending, in characters: first try, then at most. */
const WINDOW = { registered: [12, 28], other: [6, 14] } as const;
const MAX_STEM = { registered: 20, other: 8 };

/**
 * Words around an ending at [s, e): the name-shaped window before it, the ending, and two
 * characters after. Registry names cut the window and count as one word each. `aligned` says
 * whether jieba agrees that the ending is a word of its own: "这类融资本质上" (融资|本质) and
 * "投资人" (one word) have no ending "资本"/"投资" there.
 */
function tokensAround(folded: string, s: number, e: number, maxLen: number, lex: LexIndex, checkEnding: boolean) {
  let a = s;
  while (a > 0 && s - a < maxLen && isNameUnit(folded.charCodeAt(a - 1))) a--;
  const capped = a > 0 && s - a >= maxLen && isNameUnit(folded.charCodeAt(a - 1));
  // The ending and two characters after it are segmented only when jieba's opinion is needed.
  let b = checkEnding ? e : s;
  while (checkEnding && b < folded.length && b < e + 2 && isNameUnit(folded.charCodeAt(b))) b++;
  const toks: Tok[] = [];
  let from = a;
  for (let i = a; i < s; ) {
    const hit = lex.hitAt(i);
    if (!hit) {
      i++;
      continue;
    }
    pushWords(toks, folded, from, i);
    const hi = Math.min(s, hit.end);
    toks.push(new Tok(folded.slice(i, hi), i, hi, true, "lex", null));
    from = i = hi;
  }
  pushWords(toks, folded, from, b);
  const aligned = !checkEnding || s === e ? toks.every((t) => t.end <= s || t.start >= s) : toks.some((t) => t.start === s) && toks.some((t) => t.end === e);
  const before: Tok[] = [];
  for (const t of toks) {
    if (t.end > s) break;
    const prev = before[before.length - 1];
    // "深圳" + "市" → one place word
    if (prev && t.word.length === 1 && ADMIN_UNIT.has(t.word.charCodeAt(0)) && isPlace(prev)) before[before.length - 1] = new Tok(prev.word + t.word, prev.start, t.end, false, "ns", null);
    else before.push(t);
  }
  return { toks: before, capped, aligned };
}

/** jieba's words of folded[from, to), in text offsets. */
function pushWords(toks: Tok[], folded: string, from: number, to: number): void {
  if (to <= from) return;
  for (const r of words(folded.slice(from, to))) toks.push(Tok.ofWord(r, from));
}

function isPlace(t: Tok): boolean {
  if (t.lex) return false;
  if (PLACES.has(t.word)) return true;
  if (t.word.length >= 3 && ADMIN_UNIT.has(t.word.charCodeAt(t.word.length - 1))) return PLACES.has(t.word.slice(0, -1)) || t.tag === "ns";
  return false;
}

/**
 * Does this word end the name on its left? Closed-class words always do. In a `loose` walk
 * (one that must reach a place word, as registered names start with one) nothing else does:
 * "北京霁月智能驾驶科技有限公司" has a verb inside. Otherwise multi-character function words do,
 * and verbs do; `first` (the word right before the ending) may be a common word ("今日资本"),
 * though before a `weak` ending (投资, 控股, 股份, 科技) not a verb ("保持控股").
 */
function isStop(t: Tok, registered: boolean, first: boolean, weak: boolean, loose: boolean): boolean {
  if (t.lex) return false;
  // "天使投资|引导基金", "产业投资控股（集团）有限公司": endings inside a longer name.
  if (STOP_WORDS.has(t.word)) return !((registered || first) && NAME_INTERNAL.has(t.word));
  if (DIGITS.test(t.word) || ONE_LETTER.test(t.word)) return true;
  if (loose || t.word.length < 2) return false;
  if (t.tag === "v" && !BUSINESS_VERBS.has(t.word)) return !first || weak;
  return !first && POS_STOP.has(t.tag);
}

interface Walk {
  readonly start: number;
  readonly place: readonly Tok[];
  readonly stem: readonly Tok[];
}

/**
 * Walks left from an ending at [s, e) to where the name starts; null when no name is there.
 * First loosely, accepting the walk only if it ends on a place word ("深圳云帆智能科技有限公司");
 * then strictly.
 */
function walkLeft(folded: string, s: number, e: number, cls: SuffixClass | "alias", weak: boolean, lex: LexIndex): Walk | null {
  const registered = cls === "registered";
  const [first, most] = registered ? WINDOW.registered : WINDOW.other;
  const short = walkWindow(folded, s, e, registered, weak, lex, first);
  // jieba is the cost here (~1 µs a character): widen the window only when the name may be longer.
  return short === "capped" ? (first < most ? nullIfCapped(walkWindow(folded, s, e, registered, weak, lex, most)) : null) : short;
}

const nullIfCapped = (w: Walk | null | "capped") => (w === "capped" ? null : w);

function walkWindow(folded: string, s: number, e: number, registered: boolean, weak: boolean, lex: LexIndex, maxLen: number): Walk | null | "capped" {
  // "这类融资本质上": jieba reads no ending "资本" there (registered endings are long enough to trust).
  const { toks, capped, aligned } = tokensAround(folded, s, e, maxLen, lex, !registered);
  if (!aligned) return null;
  for (const loose of [true, false]) {
    let k = toks.length - 1;
    let placeSeen = false;
    for (; k >= 0; k--) {
      const t = toks[k] as Tok;
      const place = isPlace(t);
      if (placeSeen && !place) break;
      if (!place && isStop(t, registered, k === toks.length - 1, weak, loose)) break;
      if (place) placeSeen = true;
    }
    // Ran to the edge of a capped window: the start of the name is unknown.
    if (k < 0 && capped) return "capped";
    if (loose && !placeSeen) continue;
    const inName = toks.slice(k + 1);
    const place: Tok[] = [];
    while (inName.length && isPlace(inName[0] as Tok)) place.push(inName.shift() as Tok);
    // "上海市人工智能" is a place then a stem; "上海" alone before "资本" is no stem.
    if (!inName.length && !place.length) return null;
    return { start: (place[0] ?? (inName[0] as Tok)).start, place, stem: inName };
  }
  return null;
}

const stemLength = (stem: readonly Tok[]) => stem.reduce((n, t) => n + t.word.length, 0);

/** A stem with an unknown word, a registry name, a Latin word or a proper-noun tag reads as a brand. */
function brandish(stem: readonly Tok[]): boolean {
  return stem.some((t) => BRANDISH.has(t.tag) || (t.word.length === 1 && isCjk(t.word.charCodeAt(0))) || LATIN_WORD.test(t.word));
}

const allGeneric = (stem: readonly Tok[]) => stem.every((t) => GENERIC.has(t.word));

interface Verdict {
  readonly kind: OrgKind;
  readonly confidence: number;
  readonly lexiconId: string | null;
}

function judge(cls: SuffixClass, suffix: string, w: Walk, name: string, lex: LexIndex): Verdict | null {
  const hasPlace = w.place.length > 0;
  const localPlace = w.place.some((t) => !NATIONAL.has(t.word));
  const len = stemLength(w.stem);
  const afterPlace = name.slice(w.place.reduce((n, t) => n + t.word.length, 0));
  const kind = kindOf(cls, name, afterPlace, localPlace);
  const government = kind === "government";
  if (len > (cls === "registered" ? MAX_STEM.registered : MAX_STEM.other)) return null;
  const onlyLex = w.stem.length === 1 && w.stem[0]?.lex && !hasPlace ? lex.hitAt(w.stem[0].start) : null;
  // "小米集团战略投资", "获红杉中国投资": after a name or a kind of investment, 投资 is the deal.
  if (suffix === "投资" && (w.stem.some((t) => t.lex) || GENERIC.has(w.stem[w.stem.length - 1]?.word ?? ""))) return null;
  if (onlyLex) {
    // "小米集团" is the same entity; "蔚来资本" is its own.
    if (cls === "corporate" || cls === "company" || cls === "registered")
      return { kind: onlyLex.entry.kind, confidence: 0.9, lexiconId: onlyLex.entry.id };
    return { kind, confidence: 0.85, lexiconId: null };
  }
  const generic = allGeneric(w.stem);
  const brand = brandish(w.stem) && !generic;
  // "杭州市引导基金", "青岛市天使投资引导基金": a place and a government fund's common words.
  if (generic && government && cls !== "registered" && cls !== "industry")
    return { kind, confidence: 0.75, lexiconId: null };
  // "湖北高投", "合肥产投": a place and a state platform's short ending.
  if (!w.stem.length && localPlace && PLATFORM.includes(suffix)) return { kind: "government", confidence: 0.8, lexiconId: null };
  // "北京创业投资基金": a city and a fund's full ending, with nothing between.
  if (!w.stem.length && cls === "fund" && suffix.length >= 4 && localPlace)
    return { kind, confidence: 0.7, lexiconId: null };
  const shortLatin = w.stem.length === 1 && SHORT_LATIN.test(w.stem[0]?.word ?? "");
  if (len < 2 && !shortLatin) return null;
  switch (cls) {
    case "registered":
      if (hasPlace) return { kind, confidence: 0.9, lexiconId: null };
      if (generic) return null;
      return { kind, confidence: brand ? 0.85 : 0.7, lexiconId: null };
    case "industry": {
      // "上海澄瞳医疗": a place, a brand, an industry word; without the place it is too loose.
      const brandLength = stemLength(w.stem.filter((t) => !INDUSTRY.has(t.word)));
      return hasPlace && brand && brandLength >= 2 && brandLength <= 4 ? { kind, confidence: 0.7, lexiconId: null } : null;
    }
    case "institute":
      return brand || hasPlace ? { kind, confidence: 0.7, lexiconId: null } : null;
    default:
      // "东莞科技创新金融集团", "上海医药集团": a place makes common words a name.
      if (generic) return localPlace && (cls === "fund" || cls === "corporate") ? { kind, confidence: 0.7, lexiconId: null } : null;
      if (brand) return { kind, confidence: hasPlace ? 0.85 : 0.8, lexiconId: null };
      // Common words before 资本/创投 still make a firm ("番茄资本"), and so do they after a
      // city ("宁波通商基金"); otherwise they make a phrase ("交通投资集团", "园区引导基金").
      if (localPlace && cls !== "company" && cls !== "bank") return { kind, confidence: 0.7, lexiconId: null };
      return suffix === "资本" || suffix === "创投" ? { kind, confidence: 0.6, lexiconId: null } : null;
  }
}

/** Is there a place word in the few characters before `s`? (cheap test before segmenting) */
function placeNear(folded: string, s: number, reach: number): boolean {
  for (let i = Math.max(0, s - reach); i < s - 1; i++) {
    if (!PLACE_FIRST.has(folded.charCodeAt(i))) continue;
    for (let n = 2; n <= 4 && i + n <= s; n++) if (PLACES.has(folded.slice(i, i + n))) return true;
  }
  return false;
}

export function chineseCandidates(folded: string, lex: LexIndex): Candidate[] {
  const out: Candidate[] = [];
  const hits = suffixMatches(folded);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const suffix = h.ending;
    const s = h.index;
    const e = s + suffix.length;
    const next = hits[i + 1];
    const prev = hits[i - 1];
    // "云帆 智能 科技 有限公司": the last ending of a chain speaks for it, except a trailing 投资,
    // which after another ending is the verb ("XX资本投资了…").
    if (next && next.index === e && next.ending !== "投资") continue;
    if (suffix === "投资" && prev && prev.index + prev.ending.length === s) continue;
    if (s === 0 || !isNameUnit(folded.charCodeAt(s - 1))) continue;
    // Cheap refusals before segmenting (cheapest first): "注册资本", "的基金", "战略投资".
    // (the two characters before, as a number: s - 2 may be -1, whose NaN no set holds)
    if (NEVER_ENDS_NAME.has(folded.charCodeAt(s - 1))) continue;
    const before2 = folded.charCodeAt(s - 2) * 0x10000 + folded.charCodeAt(s - 1);
    if (STOP_PAIRS.has(before2) && !INTERNAL_PAIRS.has(before2)) continue;
    const weak = WEAK.has(suffix);
    if (weak && GENERIC_PAIRS.has(before2)) continue;
    // "高瓴创投": an ending inside a registry name belongs to that name.
    const covering = lex.hitAt(s);
    if (covering && covering.end >= e) continue;
    const cls = suffixClassOf(suffix);
    if (!cls) continue;
    if (cls === "industry" && !placeNear(folded, s, 8)) continue;
    // "（深圳）有限公司" is read as "有限公司"
    const bare = suffix.charCodeAt(0) === 0xff08 || suffix.charCodeAt(0) === 0x28 ? suffix.replace(BRACKETED, "") : suffix;
    if (!endsHere(bare, folded, e)) continue;
    const w = walkLeft(folded, s, e, cls, weak, lex);
    if (!w) continue;
    const name = folded.slice(w.start, e);
    const v = judge(cls, suffix, w, name, lex);
    if (!v) continue;
    out.push({ start: w.start, end: e, kind: v.kind, source: "suffix", confidence: v.confidence, lexiconId: v.lexiconId, name: null, alias: null });
  }
  return out;
}

/**
 * A brand written right before `p` with no ending of its own, as in "云帆（深圳云帆智能科技有限公司）":
 * 2–8 characters after a word that ends names, reading as a brand. Used only beside an alias.
 */
export function brandBefore(folded: string, p: number, lex: LexIndex, withPlace = false): number | null {
  const w = walkLeft(folded, p, p, "alias", false, lex);
  if (!w || (w.place.length && !withPlace)) return null;
  const len = stemLength(w.stem);
  if (len < 2 || len > 8 || allGeneric(w.stem) || !brandish(w.stem)) return null;
  return w.start;
}
