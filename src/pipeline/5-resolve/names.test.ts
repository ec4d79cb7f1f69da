import { describe, expect, it } from "vitest";
import { coreKey, displayName, nameKey, toSimplified } from "./names.js";

describe("nameKey: one key for one name written differently (strong evidence)", () => {
  it.each([
    ["騰訊", "腾讯"], // Traditional / Simplified
    ["阿里巴巴集團", "阿里巴巴集团"],
    ["智譜AI", "智谱AI"],
    ["Moonshot AI", "MoonshotAI"], // spacing
    ["Moonshot AI", "moonshot ai"], // case
    ["ＭｉｎｉＭａｘ", "MiniMax"], // full width
    ["Mistral AI SAS", "Mistral AI"], // legal form
    ["Acme, Inc.", "Acme"],
    ["腾讯控股有限公司", "腾讯控股"],
    ["北京智谱华章科技股份有限公司", "北京智谱华章科技"],
    ["零一萬物", "零一万物"],
    ["Kai-Fu Lee's 01.AI", "Kai Fu Lees 01 AI"],
  ])("%s = %s", (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  describe("must not match", () => {
    it.each([
      ["阿里", "阿里巴巴"], // a short name is the registry's business, not the key's
      ["腾讯音乐", "腾讯"],
      ["Costco", "Cost"], // "co" inside a word is not a legal form
      ["Moonshot", "Moonshot AI"],
      ["公司", ""], // a bare legal form is not stripped to nothing
      ["稀宇科技", "上海稀宇科技"],
    ])("%s ≠ %s", (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));
  });
});

describe("coreKey: what is left after places, trades and legal forms (weak evidence only)", () => {
  it.each([
    ["北京月之暗面科技有限公司", "月之暗面"],
    ["上海稀宇科技有限公司", "稀宇"],
    ["腾讯投资", "腾讯"],
    ["Moonshot AI", "moonshot"],
    ["Lightspeed Venture Partners", "lightspeed"],
    ["智谱AI", "智谱"],
    ["红杉中国", "红杉"],
  ])("%s → %s", (name, core) => expect(coreKey(name)).toBe(core));

  describe("must not match", () => {
    it.each([
      ["腾讯音乐", "腾讯"],
      ["阿里云", "阿里"],
      ["Meta", "meta platforms"],
    ])("%s has no core %s", (name, core) => expect(coreKey(name)).not.toBe(core));
    it.each(["科技有限公司", "AI", "北京"])("too little is left of %s", (name) => expect(coreKey(name)?.length ?? 0).toBeLessThan(4));
  });
});

it("display names are Simplified, NFKC, single-spaced", () => {
  expect(displayName("  騰訊   控股 ")).toBe("腾讯 控股");
  expect(toSimplified("百川智慧")).toBe("百川智慧");
  expect(displayName("ＭｉｎｉＭａｘ")).toBe("MiniMax");
});
