import { describe, expect, it } from "vitest";
import { MappedText } from "../../core/mapped-text.js";
import { makeDocument } from "../../core/records.js";
import { normalize, normalizeText } from "./index.js";

// A repost written for this test: Traditional script, full-width digits, a pinyin gloss, an
// anti-copy wrapper, a zero-width space, a spliced phrase, an English spam line, CRLF breaks.
const NOISY = [
  "星途動力完成５億元Ｃ輪融資\r\n",
  "\r\n",
  "\u200B據悉，@星%7Hk2q%途動@力近日宣(xuān)布完成５億元Ｃ輪融資，本輪由國投招商領投，",
  "老股東紅杉中國跟投，資金將用於擴大產能電動牙刷,。\r\n",
  "discount designer handbags outlet sale\r\n",
  "公司成立於２０１８年，總部位於深圳。\r\n",
].join("");

const CLEAN = [
  "星途动力完成5亿元C轮融资",
  "",
  "据悉，星途动力近日宣布完成5亿元C轮融资，本轮由国投招商领投，老股东红杉中国跟投，资金将用于扩大产能。",
  "公司成立于2018年，总部位于深圳。",
].join("\n");

describe("normalize", () => {
  it("cleans a noisy repost and reports every removal with its reason", () => {
    const steps: string[] = [];
    const r = normalizeText(MappedText.identity(NOISY), (name, m) => {
      m.checkInvariants();
      steps.push(name);
    });
    expect(steps).toEqual(["invisible", "width", "pinyin", "anti-copy", "script", "spam-phrase", "spam-line", "whitespace"]);
    expect(r.text.text).toBe(CLEAN);
    expect(r.language).toBe("zh");
    expect(r.removed.map((x) => `${x.reason}:${x.text}`)).toEqual([
      "invisible_character:\u200B",
      "anti_copy_code:@",
      "anti_copy_code:%7Hk2q%",
      "anti_copy_code:@",
      "pinyin_annotation:(xuān)",
      "spam_phrase:電動牙刷,",
      "spam_line:discount designer handbags outlet sale\r\n",
    ]);
    for (const x of r.removed) expect(NOISY.slice(x.span.start, x.span.end)).toBe(x.text);
  });

  it("maps clean words back to the words as the source wrote them", () => {
    const r = normalizeText(MappedText.identity(NOISY));
    const at = r.text.text.indexOf("星途动力近日宣布");
    expect(r.text.originalSlice({ start: at, end: at + 8 })).toBe("星%7Hk2q%途動@力近日宣(xuān)布");
    const amount = r.text.text.indexOf("5亿元");
    expect(r.text.originalSlice({ start: amount, end: amount + 3 })).toBe("５億元");
  });

  it("keeps the document's other fields and adds to its removed spans", () => {
    const doc = makeDocument({
      meta: { source: "a.html", id: "x", title: null, titleSpan: null, author: null, published: null, url: null, encoding: "utf-8", format: "html" },
      raw: new Uint8Array(),
      text: MappedText.identity("Star Drive raised $50m\u200B in a Series B."),
      language: "und",
      removed: [{ kind: "removed", span: { start: 0, end: 0 }, text: "", reason: "markup" }],
      issues: [],
    });
    const out = normalize(doc);
    expect(out.text.text).toBe("Star Drive raised $50m in a Series B.");
    expect(out.language).toBe("en");
    expect(out.meta).toBe(doc.meta);
    expect(out.removed.map((x) => x.reason)).toEqual(["markup", "invisible_character"]);
    expect(out.issues).toEqual([{ code: "noise_removed", message: "removed 1 invisible_character span", span: null }]);
    expect(Object.isFrozen(out)).toBe(true);
  });
});
