import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Edit, MappedText } from "./mapped-text.js";

/** A naive model of the map: for every current char, the original range and whether it was copied verbatim. */
interface ModelChar {
  ch: string;
  start: number;
  end: number;
  copied: boolean;
}

function applyModel(model: ModelChar[], edits: readonly Edit[]): ModelChar[] {
  const out: ModelChar[] = [];
  let pos = 0;
  for (const e of edits) {
    out.push(...model.slice(pos, e.start));
    const replaced = model.slice(e.start, e.end);
    const n = e.text.length;
    if (n === replaced.length) {
      for (let i = 0; i < n; i++) out.push({ ch: e.text[i]!, start: replaced[i]!.start, end: replaced[i]!.end, copied: false });
    } else {
      // an insertion borrows the range of the char it precedes (an empty range at the very end)
      const next = model[e.start];
      const atEnd = model.length ? model[model.length - 1]!.end : 0;
      const start = replaced.length ? replaced[0]!.start : next ? next.start : atEnd;
      const end = replaced.length ? replaced[replaced.length - 1]!.end : next ? next.end : atEnd;
      for (let i = 0; i < n; i++) out.push({ ch: e.text[i]!, start, end, copied: false });
    }
    pos = e.end;
  }
  out.push(...model.slice(pos));
  return out;
}

const editsFor = (len: number) =>
  fc
    .array(fc.tuple(fc.nat(len), fc.nat(4), fc.string({ maxLength: 4 })), { maxLength: 6 })
    .map((raw) => {
      const sorted = raw.map(([s, l, t]) => ({ start: s, end: Math.min(len, s + l), text: t })).sort((a, b) => a.start - b.start);
      const edits: Edit[] = [];
      let last = 0;
      for (const e of sorted) {
        if (e.start < last) continue;
        edits.push(e);
        last = Math.max(e.end, e.start + 1);
      }
      return edits.filter((e) => e.start <= len);
    });

describe("MappedText", () => {
  it("maps a deletion and a same-length replacement exactly", () => {
    const m = MappedText.identity("虽%46Q71%然大模子").edit([
      { start: 1, end: 8, text: "" },
      { start: 11, end: 12, text: "型" },
    ]);
    expect(m.text).toBe("虽然大模型");
    expect(m.toOriginal({ start: 1, end: 2 })).toEqual({ start: 8, end: 9 });
    expect(m.originalSlice({ start: 0, end: 5 })).toBe("虽%46Q71%然大模子");
    expect(m.originalSlice({ start: 4, end: 5 })).toBe("子");
  });

  it("maps a different-length replacement to the whole range", () => {
    const m = MappedText.identity("a&nbsp;b").edit([{ start: 1, end: 7, text: " " }]);
    expect(m.text).toBe("a b");
    expect(m.originalSlice({ start: 1, end: 2 })).toBe("&nbsp;");
    expect(m.fromOriginal(7)).toBe(2);
  });

  it("composes over many steps and stays consistent with a naive model (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).chain((s) => fc.tuple(fc.constant(s), fc.array(fc.constant(null), { minLength: 1, maxLength: 4 }))),
        fc.infiniteStream(fc.integer()),
        ([original, steps], seeds) => {
          let m = MappedText.identity(original);
          let model: ModelChar[] = original.split("").map((ch, i) => ({ ch, start: i, end: i + 1, copied: true }));
          for (const _ of steps) {
            const seed = seeds.next().value as number;
            const edits = fc.sample(editsFor(m.length), { numRuns: 1, seed })[0]!;
            m = m.edit(edits);
            model = applyModel(model, edits);
            m.checkInvariants();
            expect(m.text).toBe(model.map((c) => c.ch).join(""));
            model.forEach((c, i) => {
              const o = m.toOriginal({ start: i, end: i + 1 });
              expect(o).toEqual({ start: c.start, end: c.end });
              if (c.copied) expect(original[o.start]).toBe(c.ch);
            });
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("MappedText.concat", () => {
  it("joins parts of one original and keeps each map", () => {
    const base = MappedText.identity("<title>标题</title><p>正文&amp;</p>");
    const title = base.rebuild([{ text: "标题", start: 7, end: 9 }]);
    const sep = base.rebuild([{ text: "\n", start: 9, end: 17 }]);
    const body = base.rebuild([
      { text: "正文", start: 20, end: 22 },
      { text: "&", start: 22, end: 27 },
    ]);
    const all = MappedText.concat([title, sep, body]);
    all.checkInvariants();
    expect(all.text).toBe("标题\n正文&");
    expect(all.originalSlice({ start: 0, end: 2 })).toBe("标题");
    expect(all.originalSlice({ start: 3, end: 5 })).toBe("正文");
    expect(all.originalSlice({ start: 5, end: 6 })).toBe("&amp;");
  });

  it("must not join parts out of order or from different originals", () => {
    const base = MappedText.identity("abcdef");
    const late = base.rebuild([{ text: "ef", start: 4, end: 6 }]);
    const early = base.rebuild([{ text: "ab", start: 0, end: 2 }]);
    expect(() => MappedText.concat([late, early])).toThrow(RangeError);
    expect(() => MappedText.concat([early, MappedText.identity("xyz")])).toThrow(RangeError);
  });
});
