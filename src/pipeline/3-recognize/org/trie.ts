/**
 * A character trie over folded keys: from each start position it walks as far as the text
 * allows and keeps the longest key whose checks pass. Scanning left to right and jumping past
 * each match gives leftmost-longest, non-overlapping matches in O(text × depth walked); most
 * positions fail on their first character, so this is as fast as Aho-Corasick here and simpler.
 *
 * Nodes are numbers: node 0 is the root, `values[n]` the value ending at node n, and one
 * open-addressing table holds every edge (node, character) → child, so a step of the walk is a
 * multiply and an array read or two rather than a Map lookup.
 */

import { CharSet } from "../charset.js";

export interface TrieHit<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
/** Where the word (letters and digits) starting at `i` ends. */
function wordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isAlnum(s.charCodeAt(j))) j++;
  return j;
}

/** s[i, j) with ASCII capitals lowered, hashed to 16 bits. */
function wordHash(s: string, i: number, j: number): number {
  let h = 0x811c9dc5;
  for (let k = i; k < j; k++) h = Math.imul(h ^ lowered(s.charCodeAt(k)), 0x01000193);
  return (h ^ (h >>> 16)) & 0xffff;
}

const lowered = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

export class Trie<T> {
  private readonly values: (T | undefined)[] = [undefined];
  /** The first characters of the keys (8 KB: the test for most characters stays in cache). */
  private readonly starts = new CharSet();
  /** The first two characters of the keys, hashed to 16 bits, and the keys of one character. */
  private readonly pairs = new CharSet();
  private readonly singles = new CharSet();
  /** For keys that start with a letter or digit: their first word (letters and digits), hashed to 16 bits. */
  private readonly firstWords = new CharSet();
  /** Every edge, the root's (node 0) too: slot → parent * 0x10000 + character (-1: empty), and the child in `edgeChild`. */
  private edgeKey = new Float64Array(0);
  private edgeChild = new Int32Array(0);
  private mask = -1;
  private edges = 0;

  constructor() {
    this.grow(64);
  }

  /** Adds a key; returns the value it replaced, if any. */
  set(key: string, value: T): T | undefined {
    if (key.length === 0) return undefined;
    if (key.length === 1) this.singles.add(key.charCodeAt(0));
    else this.pairs.add(pairHash(key.charCodeAt(0), key.charCodeAt(1)));
    this.starts.add(key.charCodeAt(0));
    if (isAlnum(key.charCodeAt(0))) this.firstWords.add(wordHash(key, 0, wordEnd(key, 0)));
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      let child = this.child(node, key.charCodeAt(i));
      if (child === 0) {
        child = this.newNode();
        this.addEdge(node, key.charCodeAt(i), child);
      }
      node = child;
    }
    const old = this.values[node];
    this.values[node] = value;
    return old;
  }

  get(key: string): T | undefined {
    if (key.length === 0) return undefined;
    let node = this.child(0, key.charCodeAt(0));
    for (let i = 1; i < key.length && node !== 0; i++) node = this.child(node, key.charCodeAt(i));
    return node === 0 ? undefined : this.values[node];
  }

  /**
   * Leftmost-longest matches in `folded` (keys are compared with ASCII capitals lowered).
   * `accept` gets a candidate range and its value and decides (end of word, letter case); it
   * must refuse a key that starts with a letter or digit and ends inside a word ("Intel" in
   * "Intelligence"), which lets the scan pass over a word no key's first word is at once.
   */
  scan(folded: string, accept: (start: number, end: number, value: T) => boolean): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    const n = folded.length;
    const { starts, pairs, singles, firstWords } = this;
    let i = 0;
    while (i < n) {
      let c = folded.charCodeAt(i);
      // A key starting with a letter or digit starts only where a word does ("Accel" in "Accelerate" does not),
      // and its first word is the whole word there.
      if (c < 128) {
        c = lowered(c);
        if (isAlnum(c)) {
          if (isAlnum(folded.charCodeAt(i - 1))) {
            i++;
            continue;
          }
          // (the word's end and hash in one pass, as wordEnd and wordHash compute them)
          let end = i;
          let h = 0x811c9dc5;
          for (let w = c; isAlnum(w); w = folded.charCodeAt(++end)) h = Math.imul(h ^ lowered(w), 0x01000193);
          if (!firstWords.has((h ^ (h >>> 16)) & 0xffff)) {
            i = end;
            continue;
          }
        }
      }
      if (!starts.has(c) || !(singles.has(c) || (i + 1 < n && pairs.has(pairHash(c, lowered(folded.charCodeAt(i + 1))))))) {
        i++;
        continue;
      }
      let node = this.child(0, c);
      let bestEnd = -1;
      let best: T | undefined;
      for (let j = i + 1; ; j++) {
        const v = this.values[node];
        if (v !== undefined && accept(i, j, v)) {
          bestEnd = j;
          best = v;
        }
        if (j >= n) break;
        node = this.child(node, lowered(folded.charCodeAt(j)));
        if (node === 0) break;
      }
      if (bestEnd > 0) {
        hits.push({ start: i, end: bestEnd, value: best as T });
        i = bestEnd;
      } else {
        i++;
      }
    }
    return hits;
  }

  private newNode(): number {
    this.values.push(undefined);
    return this.values.length - 1;
  }

  private slot(key: number): number {
    // Fibonacci hashing of parent * 0x10000 + character (below 2^53: exact in a double).
    let s = Math.imul((key / 0x10000) | 0, 0x9e3779b1) ^ Math.imul(key & 0xffff, 0x85ebca6b);
    s = (s ^ (s >>> 15)) & this.mask;
    while (this.edgeKey[s] !== key && this.edgeKey[s] !== -1) s = (s + 1) & this.mask;
    return s;
  }

  private child(node: number, c: number): number {
    const s = this.slot(node * 0x10000 + c);
    return this.edgeKey[s] === -1 ? 0 : (this.edgeChild[s] as number);
  }

  private addEdge(node: number, c: number, child: number): void {
    if ((this.edges + 1) * 2 > this.mask + 1) this.grow((this.mask + 1) * 2);
    const key = node * 0x10000 + c;
    const s = this.slot(key);
    this.edgeKey[s] = key;
    this.edgeChild[s] = child;
    this.edges++;
  }

  /** Rehashes the edges into a table of `size` slots (a power of two). */
  private grow(size: number): void {
    const oldKeys = this.edgeKey;
    const oldChildren = this.edgeChild;
    this.edgeKey = new Float64Array(size).fill(-1);
    this.edgeChild = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i] as number;
      if (key === -1) continue;
      const s = this.slot(key);
      this.edgeKey[s] = key;
      this.edgeChild[s] = oldChildren[i] as number;
    }
  }
}
