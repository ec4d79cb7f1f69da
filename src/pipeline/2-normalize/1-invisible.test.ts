import { describe, expect, it } from "vitest";
import { MappedText } from "../../core/mapped-text.js";
import { removeInvisible } from "./1-invisible.js";
import { runStep } from "./test-helpers.js";

describe("1-invisible", () => {
  it.each([
    ["融\u200B资完成", "融资完成"],
    ["\uFEFF星途动力完成融资", "星途动力完成融资"],
    ["软\u00AD件", "软件"],
    ["估\u200C\u200D值", "估值"],
    ["A\u0007B\u0000C", "ABC"],
    ["领\u2060投", "领投"],
    ["中\u200D文", "中文"], // a joiner between Han characters joins nothing
    ["右\u202E向", "右向"],
    ["控制\u0085字符", "控制字符"],
  ])("removes the invisible characters in %j", (input, clean) => {
    const r = runStep(removeInvisible, input);
    expect(r.text).toBe(clean);
    expect(r.removed.length).toBeGreaterThan(0);
    expect(r.removed.every((x) => x.startsWith("invisible_character:"))).toBe(true);
  });

  it("reports one removed run in original coordinates, and the text around it maps exactly", () => {
    const r = removeInvisible(MappedText.identity("融\u200B\u200B资"));
    expect(r.removed).toEqual([{ kind: "removed", span: { start: 1, end: 3 }, text: "\u200B\u200B", reason: "invisible_character" }]);
    expect(r.text.toOriginal({ start: 1, end: 2 })).toEqual({ start: 3, end: 4 });
  });

  describe("must not match", () => {
    it.each([
      "第一行\n第二行\t第三列",
      "Windows 换行\r\n留给空白步骤",
      "分页\f符",
      "plain text, 普通文本",
      "程序员👩\u200D💻创业", // a joiner inside an emoji is part of the emoji
    ])("%j", (input) => {
      const r = runStep(removeInvisible, input);
      expect(r.text).toBe(input);
      expect(r.removed).toEqual([]);
    });
  });
});
