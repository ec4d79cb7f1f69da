import { configs } from "opencc-js/preset/t2cn";
import type { DictGroup, DictLike } from "opencc-js/core";
import type { MappedText } from "../../core/mapped-text.js";
import { applyEdits, type StepEdit, type StepResult } from "./step.js";

/**
 * Traditional → Simplified with OpenCC's own tables (opencc-js), chain `tw2s`: compatibility
 * ideographs, then Taiwan variants, then phrases and characters ("融資" → "融资", "乾隆" stays).
 * Script only, no vocabulary: "滑鼠" is not turned into "鼠标". A conversion of the same length
 * maps character by character; a phrase that changes length maps as a whole.
 */
interface Node {
  next: Map<number, Node>;
  value?: string;
}

class Stage {
  private readonly root: Node = { next: new Map() };
  /** Code units that start a key: matching is tried only there. */
  readonly first = new Uint8Array(0x10000);

  constructor(group: DictGroup) {
    // later dictionaries of a group are loaded first, so earlier ones (phrases) win ties, as in OpenCC
    for (const dict of [...group].reverse()) for (const [from, to] of entries(dict)) this.add(from, to);
  }

  private add(from: string, to: string): void {
    let node = this.root;
    for (let i = 0; i < from.length; i++) {
      const c = from.charCodeAt(i);
      let next = node.next.get(c);
      if (!next) node.next.set(c, (next = { next: new Map() }));
      node = next;
    }
    node.value = to;
    this.first[from.charCodeAt(0)] = 1;
  }

  /** Longest key starting at `i`, as OpenCC matches. */
  match(s: string, i: number): { end: number; value: string } | null {
    let node: Node | undefined = this.root;
    let best: { end: number; value: string } | null = null;
    for (let j = i; j < s.length; j++) {
      node = node.next.get(s.charCodeAt(j));
      if (!node) break;
      if (node.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }

  edits(s: string): StepEdit[] {
    const edits: StepEdit[] = [];
    for (const [from, to] of chunks(s, this.first)) {
      for (let i = from; i < to; ) {
        const m = this.first[s.charCodeAt(i)] ? this.match(s, i) : null;
        if (!m) {
          i++;
          continue;
        }
        if (m.value !== s.slice(i, m.end)) edits.push({ start: i, end: m.end, text: m.value });
        i = m.end;
      }
    }
    return edits;
  }
}

function* entries(dict: DictLike): Iterable<readonly [string, string]> {
  if (typeof dict !== "string") return yield* dict;
  for (const line of dict.split("|")) {
    const [from, to] = line.split(" ");
    if (from && to !== undefined) yield [from, to];
  }
}

/**
 * Lines that hold a character some table starts with; the rest (most of a Simplified text) is
 * skipped without a lookup per character.
 */
function* chunks(s: string, first: Uint8Array): Iterable<[number, number]> {
  let start = 0;
  while (start < s.length) {
    let end = s.indexOf("\n", start);
    if (end < 0) end = s.length;
    for (let i = start; i < end; i++) {
      if (first[s.charCodeAt(i)]) {
        yield [start, end];
        break;
      }
    }
    start = end + 1;
  }
}

let stages: Stage[] | null = null;

function loadStages(): Stage[] {
  const tw2s = configs.tw2s as (typeof configs)[string] & { normalizationChain?: readonly DictGroup[] };
  return [...(tw2s.normalizationChain ?? []), ...tw2s.conversionChain].map((g) => new Stage(g));
}

export function toSimplified(text: MappedText): StepResult {
  stages ??= loadStages();
  let current = text;
  const removed: StepResult["removed"] = [];
  for (const stage of stages) current = applyEdits(current, stage.edits(current.text)).text;
  return { text: current, removed };
}
