/**
 * A set of UTF-16 code units as one bit each: 8 KB for the whole BMP, small enough to stay in
 * cache while a scanner tests every character of a text (a byte table of 64 KB does not, once
 * other recognizers have run between two documents).
 */
export class CharSet {
  private readonly bits = new Int32Array(0x800);

  constructor(chars: Iterable<string | number> = []) {
    for (const c of chars) {
      if (typeof c === "number") this.add(c);
      else for (let i = 0; i < c.length; i++) this.add(c.charCodeAt(i));
    }
  }

  add(code: number): void {
    const k = code >>> 5;
    this.bits[k] = (this.bits[k] as number) | (1 << (code & 31));
  }

  /**
   * NaN (charCodeAt past either end of a text) reads as U+0000, which no set of characters here
   * holds: callers rely on it being in no set. Sets of hashes (16-bit numbers) are never asked about NaN.
   */
  has(code: number): boolean {
    return (((this.bits[code >>> 5] as number) >>> (code & 31)) & 1) === 1;
  }
}
