// A stand-in for the normalizer while it is built in parallel, for accuracy benches only: remove
// anti-copy codes (`%46Q71%`), `@` wrappers and pinyin glosses (`億(yì)`), turn full-width digits,
// letters and punctuation half-width, and Traditional characters Simplified (OpenCC). Every
// step is an edit of one MappedText, so spans still map back to the original.
import * as OpenCC from "opencc-js";
import { MappedText, type Edit } from "../../src/core/mapped-text.js";

const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });

const NOISE_RE = /%[0-9A-Za-z]{4,6}%|@|(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

function halfWidth(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return " ";
  return c;
}

export function minimalClean(original: string): MappedText {
  let t = MappedText.identity(original);
  const removals: Edit[] = [];
  for (const m of original.matchAll(NOISE_RE)) removals.push({ start: m.index, end: m.index + m[0].length, text: "" });
  t = t.edit(removals);

  const simplified = toSimplified(t.text);
  const edits: Edit[] = [];
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text[i]!;
    let r = simplified.length === t.text.length ? simplified[i]! : toSimplified(c);
    r = halfWidth(r);
    if (r !== c && r.length === 1) edits.push({ start: i, end: i + 1, text: r });
  }
  return t.edit(edits);
}
