import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

/** A word as jieba tags it, with its place in the string that was cut. */
export interface Token {
  readonly word: string;
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

/** jieba's segmenter and its dictionary (word → frequency, part of speech), loaded on first use. */
export interface Lexicon {
  /** Segment and tag; `hmm` lets jieba join unknown words ("冰霸杯"). */
  tag(s: string, hmm: boolean): Token[];
  /** Dictionary frequency, 0 for a word jieba does not list. */
  freq(word: string): number;
  /** Dictionary part of speech ("n", "f", "c", …), or undefined. */
  pos(word: string): string | undefined;
  /** Is this UTF-16 unit a one-character locative word ("上", "外", "中")? A table lookup, no hashing. */
  isLocative(code: number): boolean;
}

let loaded: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const jieba = Jieba.withDict(dict);
  const freqs = new Map<string, number>();
  const tags = new Map<string, string>();
  const locative = new Uint8Array(0x10000);
  for (const line of new TextDecoder().decode(dict).split("\n")) {
    const [word, freq, tag] = line.split(" ");
    if (!word) continue;
    freqs.set(word, Number(freq) || 0);
    if (tag) tags.set(word, tag.trim());
    if (word.length === 1 && tag?.trim() === "f") locative[word.charCodeAt(0)] = 1;
  }
  loaded = {
    tag(s, hmm) {
      const out: Token[] = [];
      let at = 0;
      for (const t of jieba.tag(s, hmm)) {
        out.push({ word: t.word, tag: t.tag, start: at, end: at + t.word.length });
        at += t.word.length;
      }
      return out;
    },
    freq: (w) => freqs.get(w) ?? 0,
    pos: (w) => tags.get(w),
    isLocative: (c) => locative[c] === 1,
  };
  return loaded;
}
