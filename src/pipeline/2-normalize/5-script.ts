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
  /** One-unit keys, looked up directly ("們" → "们"). */
  private readonly single: (string | undefined)[] = new Array<string | undefined>(0x10000);
  /** Code units that start a longer key: the trie is walked only there. */
  private readonly multiFirst = new Uint8Array(0x10000);
  /** Code units that occur in some key: a run of others can hold no match. */
  private readonly inKey = new Uint8Array(0x10000);
  /** Code units whose presence can change the text; a run without one is skipped. */
  readonly touched = new Uint8Array(0x10000);

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
      this.inKey[c] = 1;
      if (from.length !== to.length || c !== to.charCodeAt(i)) this.touched[c] = 1;
    }
    node.value = to;
    if (from.length === 1) this.single[from.charCodeAt(0)] = to;
    else this.multiFirst[from.charCodeAt(0)] = 1;
  }

  /** Longest key starting at `i`, as OpenCC matches. */
  private match(s: string, i: number): { end: number; value: string } | null {
    let node: Node | undefined = this.root.next.get(s.charCodeAt(i));
    if (!node || !node.next.has(s.charCodeAt(i + 1))) return null; // most starts go no further
    let best: { end: number; value: string } | null = null;
    if (node.value !== undefined) best = { end: i + 1, value: node.value };
    for (let j = i + 1; j < s.length; j++) {
      node = node.next.get(s.charCodeAt(j));
      if (!node) break;
      if (node.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }

  edits(s: string): StepEdit[] {
    const edits: StepEdit[] = [];
    let start = 0;
    let touched = false;
    for (let i = 0; i <= s.length; i++) {
      const c = i < s.length ? s.charCodeAt(i) : -1;
      if (c >= 0 && this.inKey[c]) {
        if (this.touched[c]) touched = true;
        continue;
      }
      // [start, i) is a run of key characters; OpenCC's greedy match restarts after any other one
      if (touched) this.convertRun(s, start, i, edits);
      start = i + 1;
      touched = false;
    }
    return edits;
  }

  private convertRun(s: string, from: number, to: number, edits: StepEdit[]): void {
    for (let i = from; i < to; ) {
      const c = s.charCodeAt(i);
      if (this.multiFirst[c]) {
        const m = this.match(s, i);
        if (m) {
          if (m.value !== s.slice(i, m.end)) push(edits, i, m.end, m.value);
          i = m.end;
          continue;
        }
      }
      const one = this.single[c];
      if (one !== undefined && one !== s[i]) push(edits, i, i + 1, one);
      i++;
    }
  }
}

/** Adjacent same-length conversions become one edit ("創業" → "创业"), still mapped char by char. */
function push(edits: StepEdit[], start: number, end: number, text: string): void {
  const last = edits[edits.length - 1];
  if (last && last.end === start && text.length === end - start && last.text.length === last.end - last.start) {
    edits[edits.length - 1] = { start: last.start, end, text: last.text + text };
  } else {
    edits.push({ start, end, text });
  }
}

function* entries(dict: DictLike): Iterable<readonly [string, string]> {
  if (typeof dict !== "string") return yield* dict;
  for (const line of dict.split("|")) {
    const [from, to] = line.split(" ");
    if (from && to !== undefined) yield [from, to];
  }
}

let stages: Stage[] | null = null;
/** Every code unit any stage may change: most Simplified texts have none and are done in one scan. */
const anyTouched = new Uint8Array(0x10000);

function loadStages(): Stage[] {
  const tw2s = configs.tw2s as (typeof configs)[string] & { normalizationChain?: readonly DictGroup[] };
  const loaded = [...(tw2s.normalizationChain ?? []), ...tw2s.conversionChain].map((g) => new Stage(g));
  for (const stage of loaded) for (let c = 0; c < 0x10000; c++) if (stage.touched[c]) anyTouched[c] = 1;
  return loaded;
}

function hasConvertible(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (anyTouched[s.charCodeAt(i)]) return true;
  return false;
}

export function toSimplified(text: MappedText): StepResult {
  stages ??= loadStages();
  if (!hasConvertible(text.text)) return { text, removed: [] };
  let current = text;
  const removed: StepResult["removed"] = [];
  for (const stage of stages) current = applyEdits(current, stage.edits(current.text)).text;
  return { text: current, removed };
}
