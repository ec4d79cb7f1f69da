import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.js";

describe("language", () => {
  it.each([
    ["星途动力完成5亿元C轮融资，由Sequoia China领投。", "zh"],
    ["Star Drive raised $50m in a Series B led by Sequoia; 星途 is its Chinese name.", "en"],
    ["スタートアップが資金を調達した", "ja"],
    ["스타트업이 투자를 유치했다", "ko"],
    ["2024-05-01 12:00 ---", "und"],
    ["", "und"],
  ])("%j → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
