import { createRequire } from "node:module";
import { Jieba, type TaggedWord } from "@node-rs/jieba";

/**
 * jieba word segmentation and part-of-speech tags, loaded once on first use (~150 ms).
 * Recognizers call it on short windows around a candidate, never on a whole document: tagging
 * runs at ~5 MB/s, far below the recognizers' speed budget.
 */

let instance: Jieba | null = null;

function jieba(): Jieba {
  if (!instance) {
    const { dict } = createRequire(import.meta.url)("@node-rs/jieba/dict.js") as { dict: Uint8Array };
    instance = Jieba.withDict(dict);
  }
  return instance;
}

export interface Word {
  readonly word: string;
  /** jieba's tag: "n", "v", "p", "nr" (person), "ns" (place), "x" (unknown), "eng", "m" (numeral)… */
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

/** Dictionary words only (no HMM guessing): unknown names come out as single characters. */
export function words(text: string): Word[] {
  return withOffsets(jieba().tag(text, false));
}

/** With HMM: jieba guesses unknown words, which joins unknown given names ("杨植麟"). */
export function wordsGuessed(text: string): Word[] {
  return withOffsets(jieba().tag(text, true));
}

function withOffsets(tagged: TaggedWord[]): Word[] {
  const out: Word[] = [];
  let at = 0;
  for (const t of tagged) {
    out.push({ word: t.word, tag: t.tag, start: at, end: at + t.word.length });
    at += t.word.length;
  }
  return out;
}
