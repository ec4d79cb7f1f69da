import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { type Edit, MappedText } from "../../core/mapped-text.js";
import { normalizeText } from "./index.js";

// An independent oracle for "only converted": the library's own converter, not our trie.
const t2s = OpenCC.Converter({ from: "tw", to: "cn" });
const WS = /^\s+$/u;

/** Is `source` (text before normalization) a legitimate origin of the clean character `c`? */
function explains(source: string, c: string): boolean {
  if (source === c) return true; // copied
  const half = source.normalize("NFKC");
  if (half === c || t2s(source).includes(c) || t2s(half).includes(c)) return true; // width, script
  return WS.test(c) && WS.test(source); // a run of whitespace unified
}

const noise = fc.oneof(
  fc.constantFrom("%46Q71%", "%a1b2%", "@", "(diǎn)", "（yì）", "\u200B", "\uFEFF", "\u00AD", "\r\n", "\r", "\t", "\u00A0", "\u3000", "   ", "\n\n\n", "\n"),
  fc.constantFrom(",", "，", "。", "、", "上", "外", "的", "cheap replica watches online sale\n", "持股40%", "@投资界 消息"),
  fc.stringMatching(/^%[0-9A-Za-z]{3,6}%$/), // eslint-disable-line regexp/use-ignore-case -- fast-check cannot generate from the i flag
);
const han = fc.constantFrom(..."融資創業公司後來領投乾隆錢莊點億中国牌桌扫地机器人此外供应链二手吊车裡面滑鼠㗲");
const wide = fc.constantFrom(..."１２３ＡＢｃ％（）＋，．：　￥");
const input = fc.array(fc.oneof(noise, han, han, wide, fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(""));

/** Random prior edits, like acquisition's (entity decoding, dropped markup). */
const priorEdits = (len: number) =>
  fc.array(fc.tuple(fc.nat(len), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 4 }).map((raw) => {
    const edits: Edit[] = [];
    let last = 0;
    for (const [s, l, t] of raw.sort((a, b) => a[0] - b[0])) {
      if (s < last || s > len) continue;
      edits.push({ start: s, end: Math.min(len, s + l), text: t });
      last = Math.max(s + l, s + 1);
    }
    return edits;
  });

describe("normalization keeps the way back (property)", () => {
  it("every clean character comes from the source characters its map names, through any prior edits", () => {
    fc.assert(
      fc.property(
        input.chain((s) => fc.tuple(fc.constant(s), priorEdits(s.length))),
        ([original, edits]) => {
          const prior = MappedText.identity(original).edit(edits);
          const composed = normalizeText(prior, (_step, m) => m.checkInvariants());
          // the same steps over the prior text alone give the map one level down
          const direct = normalizeText(MappedText.identity(prior.text), (_step, m) => m.checkInvariants());
          expect(composed.text.text).toBe(direct.text.text);
          for (let i = 0; i < direct.text.length; i++) {
            const c = direct.text.text[i]!;
            const inPrior = direct.text.toOriginal({ start: i, end: i + 1 });
            const source = prior.text.slice(inPrior.start, inPrior.end);
            if (!explains(source, c) && !/[\uD800-\uDFFF]/.test(c)) {
              throw new Error(`clean ${JSON.stringify(c)} at ${i} maps to ${JSON.stringify(source)}`);
            }
            // the composed map is exactly the composition of the two maps
            expect(composed.text.toOriginal({ start: i, end: i + 1 })).toEqual(prior.toOriginal(inPrior));
          }
          for (const r of composed.removed) expect(r.text).toBe(original.slice(r.span.start, r.span.end));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with no prior edits, a copied character maps to itself", () => {
    fc.assert(
      fc.property(input, (original) => {
        const r = normalizeText(MappedText.identity(original), (_step, m) => m.checkInvariants());
        for (let i = 0; i < r.text.length; i++) {
          const source = r.text.originalSlice({ start: i, end: i + 1 });
          const c = r.text.text[i]!;
          if (!explains(source, c) && !/[\uD800-\uDFFF]/.test(c)) throw new Error(`${JSON.stringify(c)} ← ${JSON.stringify(source)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
