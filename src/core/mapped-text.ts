import type { Span } from "./span.js";

/**
 * A piece of derived text and the original range it stands for. When `text` has the same length
 * as the range, the piece maps character by character ("點" → "点"); otherwise every character
 * of `text` maps to the whole range ("&nbsp;" → " ", "１０" → "10" is same-length and stays exact).
 */
export interface Piece {
  readonly text: string;
  /** Range in the *current* text this piece replaces or copies. */
  readonly start: number;
  readonly end: number;
}

/** A replacement of `[start, end)` of the current text by `text` ("" deletes). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Clean text that never loses the way back (magic-string is the model): every UTF-16 unit of
 * `text` knows the range of `original` it came from. Normalization is a chain of `edit` calls,
 * each returning a new MappedText; the map composes, so there is ONE map from the final clean
 * text to the decoded original, whatever the number of steps.
 *
 * Invariants (checked by `checkInvariants`, exercised by the property test):
 * - `starts[i] <= ends[i]`, both within `[0, original.length]`;
 * - `starts` and `ends` are non-decreasing (clean order follows original order).
 */
export class MappedText {
  private constructor(
    readonly original: string,
    readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  /** The text as it is, mapped to itself. */
  static identity(original: string): MappedText {
    const n = original.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new MappedText(original, original, starts, ends);
  }

  /**
   * Join texts derived from the same original, in original order (a headline line, then the
   * article body): the map of each part is kept as it is.
   */
  static concat(parts: readonly MappedText[]): MappedText {
    const first = parts[0];
    if (!first) throw new RangeError("concat needs at least one part");
    let total = 0;
    for (const p of parts) {
      if (p.original !== first.original) throw new RangeError("concat parts come from different originals");
      total += p.text.length;
    }
    const starts = new Int32Array(total);
    const ends = new Int32Array(total);
    let out = 0;
    for (const p of parts) {
      if (out > 0 && p.text.length > 0 && (p.starts[0]! < starts[out - 1]! || p.ends[0]! < ends[out - 1]!)) {
        throw new RangeError("concat parts are not in original order");
      }
      starts.set(p.starts, out);
      ends.set(p.ends, out);
      out += p.text.length;
    }
    return new MappedText(first.original, parts.map((p) => p.text).join(""), starts, ends);
  }

  get length(): number {
    return this.text.length;
  }

  /**
   * Build new text from pieces of this one, in order. Text between pieces is dropped (this is how
   * an HTML extractor keeps only its text nodes). Pieces must be sorted and must not overlap.
   */
  rebuild(pieces: readonly Piece[]): MappedText {
    let total = 0;
    for (const p of pieces) total += p.text.length;
    const starts = new Int32Array(total);
    const ends = new Int32Array(total);
    const parts: string[] = [];
    let out = 0;
    let last = 0;
    for (const p of pieces) {
      if (p.start < last || p.end < p.start || p.end > this.text.length) {
        throw new RangeError(`piece [${p.start}, ${p.end}) is out of order or out of bounds`);
      }
      last = p.end;
      const n = p.text.length;
      if (n === 0) continue;
      parts.push(p.text);
      if (n === p.end - p.start) {
        starts.set(this.starts.subarray(p.start, p.end), out);
        ends.set(this.ends.subarray(p.start, p.end), out);
      } else {
        const whole = this.rangeFor(p.start, p.end);
        starts.fill(whole.start, out, out + n);
        ends.fill(whole.end, out, out + n);
      }
      out += n;
    }
    return new MappedText(this.original, parts.join(""), starts, ends);
  }

  /** Apply sorted, non-overlapping edits; untouched text is copied through. */
  edit(edits: readonly Edit[]): MappedText {
    if (edits.length === 0) return this;
    const pieces: Piece[] = [];
    let pos = 0;
    for (const e of edits) {
      if (e.start < pos) throw new RangeError(`edit [${e.start}, ${e.end}) overlaps the previous one`);
      if (e.start > pos) pieces.push({ text: this.text.slice(pos, e.start), start: pos, end: e.start });
      pieces.push(e);
      pos = e.end;
    }
    if (pos < this.text.length) pieces.push({ text: this.text.slice(pos), start: pos, end: this.text.length });
    return this.rebuild(pieces);
  }

  /** The original range a clean range came from. An empty clean range maps to an empty position. */
  toOriginal(s: Span): Span {
    const n = this.text.length;
    if (s.start < 0 || s.end > n || s.end < s.start) {
      throw new RangeError(`span [${s.start}, ${s.end}) is outside text of length ${n}`);
    }
    if (s.start === s.end) {
      const at = this.positionToOriginal(s.start);
      return { start: at, end: at };
    }
    return { start: this.starts[s.start]!, end: this.ends[s.end - 1]! };
  }

  /** The words exactly as the source has them, for a clean range. */
  originalSlice(s: Span): string {
    const o = this.toOriginal(s);
    return this.original.slice(o.start, o.end);
  }

  /** The first clean position whose source starts at or after `offset` in the original. */
  fromOriginal(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A clean range covering everything that came from an original range. */
  spanFromOriginal(s: Span): Span {
    const start = this.fromOriginal(s.start);
    let end = start;
    while (end < this.text.length && this.starts[end]! < s.end) end++;
    return { start, end };
  }

  /**
   * The original range text replacing `[start, end)` stands for. An insertion (start === end)
   * borrows the range of the character it is inserted before, which keeps the map monotonic even
   * inside a group of characters that all map to one range.
   */
  private rangeFor(start: number, end: number): Span {
    if (start < end) return { start: this.starts[start]!, end: this.ends[end - 1]! };
    if (start < this.text.length) return { start: this.starts[start]!, end: this.ends[start]! };
    const at = this.positionToOriginal(start);
    return { start: at, end: at };
  }

  private positionToOriginal(i: number): number {
    if (i < this.text.length) return this.starts[i]!;
    if (this.text.length === 0) return 0;
    return this.ends[this.text.length - 1]!;
  }

  /** Throws if a structural invariant is broken; used by tests after every edit. */
  checkInvariants(): void {
    const n = this.text.length;
    if (this.starts.length !== n || this.ends.length !== n) throw new Error("map length differs from text length");
    let prevStart = 0;
    let prevEnd = 0;
    for (let i = 0; i < n; i++) {
      const s = this.starts[i]!;
      const e = this.ends[i]!;
      if (s < 0 || e > this.original.length || s > e) throw new Error(`bad range [${s}, ${e}) at ${i}`);
      if (s < prevStart || e < prevEnd) throw new Error(`map goes backwards at ${i}`);
      prevStart = s;
      prevEnd = e;
    }
  }
}
