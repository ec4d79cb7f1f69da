import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findOrganizations } from "./org/recognize.js";
import { findPeople } from "./person/recognize.js";
import type { Mention } from "./types.js";

// Random text, with the pieces the rules react to mixed in so that their paths run too.
const pieces = [
  "资本", "创投", "基金", "有限公司", "（", "）", "(", ")", "以下简称“", "”", "简称：", "深圳", "市", "由", "领投",
  "创始人", "兼", "CEO", "王", "表示", "红杉中国", "Capital", " Ventures", "formerly ", " Inc.", "Sequoia", "AI", "科技",
  "投资", "产投", "合伙企业（有限合伙）", "\u{1F600}", "\uD800", "Ａ", "創投", "、", "，", "。", "\n",
];
const text = fc
  .array(fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), fc.constantFrom(...pieces)), { maxLength: 40 })
  .map((parts) => parts.join(""));

function wellFormed(t: string, mentions: readonly Mention[]) {
  let end = 0;
  for (const m of mentions) {
    expect(m.span.start).toBeGreaterThanOrEqual(end);
    expect(m.span.end).toBeGreaterThan(m.span.start);
    expect(m.span.end).toBeLessThanOrEqual(t.length);
    expect(m.text).toBe(t.slice(m.span.start, m.span.end));
    end = m.span.end;
  }
}

describe("names on random Unicode", () => {
  it("organizations: never throw, spans in order, inside the text, not overlapping", () => {
    fc.assert(
      fc.property(text, (t) => wellFormed(t, findOrganizations(t))),
      { numRuns: 10_000 },
    );
  });

  it("people: never throw, spans in order, inside the text, not overlapping", () => {
    fc.assert(
      fc.property(text, (t) => wellFormed(t, findPeople(t))),
      { numRuns: 10_000 },
    );
  });
});
