import { createRequire } from "node:module";
import { Jieba } from "@node-rs/jieba";

/**
 * jieba word segmentation with part-of-speech tags, loaded once on first use (~150 ms).
 * Recognizers call it on short windows around a candidate, never on a whole document.
 * Speed: jieba's `tag` costs ~0.8 µs a character, its `cut` a third of that, so windows are
 * cut and each word's dictionary tag is looked up once and remembered.
 */

let instance: Jieba | null = null;

function jieba(): Jieba {
  if (!instance) {
    const { dict } = createRequire(import.meta.url)("@node-rs/jieba/dict.js") as { dict: Uint8Array };
    instance = Jieba.withDict(dict);
  }
  return instance;
}

/** Loads the dictionary now rather than on the first call (benchmarks, servers). */
export function loadSegmenter(): void {
  jieba();
}

export interface Word {
  readonly word: string;
  /**
   * jieba's dictionary tag for words of two or more characters: "n", "v", "p", "nr" (person),
   * "ns" (place), "eng", "m" (numeral)…; "x" for a word jieba does not tag. Single characters
   * get "" (their tags say little: unknown names come out as single characters).
   */
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

const tags = new Map<string, string>();
const windows = new Map<string, Word[]>();

/** Forgets remembered tags and windows (benchmarks measure unseen text with this). */
export function clearSegmentCaches(): void {
  tags.clear();
  windows.clear();
}

function tagOf(word: string): string {
  if (word.length < 2) return "";
  let tag = tags.get(word);
  if (tag === undefined) {
    const tagged = jieba().tag(word, false);
    tag = tagged.length === 1 && tagged[0] ? tagged[0].tag : "x";
    if (tags.size > 100_000) tags.clear();
    tags.set(word, tag);
  }
  return tag;
}

/**
 * Dictionary words only (no HMM guessing): unknown names come out as single characters.
 * Remembered per string: the same windows recur in a document ("由XX资本领投" … "XX资本表示").
 */
export function words(text: string): readonly Word[] {
  let ws = windows.get(text);
  if (!ws) {
    ws = cutAndTag(text);
    if (windows.size > 50_000) windows.clear();
    windows.set(text, ws);
  }
  return ws;
}

/** A word whose tag is looked up only when read (most decisions need only the word). */
class CutWord implements Word {
  constructor(
    readonly word: string,
    readonly start: number,
    readonly end: number,
  ) {}
  get tag(): string {
    return tagOf(this.word);
  }
}

function cutAndTag(text: string): Word[] {
  const out: Word[] = [];
  let at = 0;
  for (const w of jieba().cut(text, false)) {
    out.push(new CutWord(w, at, at + w.length));
    at += w.length;
  }
  return out;
}
