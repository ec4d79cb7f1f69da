/**
 * A character trie over folded keys: from each start position it walks as far as the text
 * allows and keeps the longest key whose checks pass. Scanning left to right and jumping past
 * each match gives leftmost-longest, non-overlapping matches in O(text × depth walked); most
 * positions fail on their first character, so this is as fast as Aho-Corasick here and simpler.
 */

interface Node<T> {
  readonly next: Map<number, Node<T>>;
  value: T | undefined;
}

export interface TrieHit<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

const lowered = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const pairHash = (a: number, b: number) => (Math.imul(a, 31) + b) & 0xffff;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };
  /**
   * Which first two characters (hashed) start a key, and which one-character keys exist: most
   * positions of a text are skipped on one array read.
   */
  private readonly pairs = new Uint8Array(0x10000);
  private readonly singles = new Uint8Array(0x10000);

  /** Adds a key; returns the value it replaced, if any. */
  set(key: string, value: T): T | undefined {
    let node = this.root;
    if (key.length === 1) this.singles[key.charCodeAt(0)] = 1;
    else if (key.length > 1) this.pairs[pairHash(key.charCodeAt(0), key.charCodeAt(1))] = 1;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    const old = node.value;
    node.value = value;
    return old;
  }

  get(key: string): T | undefined {
    let node: Node<T> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i));
    return node?.value;
  }

  /**
   * Leftmost-longest matches in `folded` (keys are compared with ASCII capitals lowered).
   * `accept` gets a candidate range and its value and decides (end of word, letter case).
   */
  scan(folded: string, accept: (start: number, end: number, value: T) => boolean): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    const n = folded.length;
    let i = 0;
    while (i < n) {
      let best: TrieHit<T> | null = null;
      const c = lowered(folded.charCodeAt(i));
      const maybe = this.singles[c] || (i + 1 < n && this.pairs[pairHash(c, lowered(folded.charCodeAt(i + 1)))]);
      // A key starting with a letter or digit starts only where a word does ("Accel" in "Accelerate" does not).
      if (maybe && !(i > 0 && isAlnum(c) && isAlnum(folded.charCodeAt(i - 1)))) {
        let node = this.root.next.get(lowered(folded.charCodeAt(i)));
        let j = i + 1;
        while (node) {
          if (node.value !== undefined && accept(i, j, node.value)) best = { start: i, end: j, value: node.value };
          if (j >= n) break;
          node = node.next.get(lowered(folded.charCodeAt(j)));
          j++;
        }
      }
      if (best) {
        hits.push(best);
        i = best.end;
      } else {
        i++;
      }
    }
    return hits;
  }
}
