import { describe, expect, it } from "vitest";
import { findAliasPairs } from "./alias-pairs.js";

const pairs = (t: string) => findAliasPairs(t).map((p) => [p.name, p.alias, p.relation]);

describe("alias statements", () => {
  it.each([
    ["由杨植麟创办的北京月之暗面科技有限公司（以下简称“月之暗面”）近日完成融资", ["北京月之暗面科技有限公司", "月之暗面", "abbreviation"]],
    ["深圳云帆智能科技有限公司(下称“云帆”)完成A轮", ["深圳云帆智能科技有限公司", "云帆", "abbreviation"]],
    ["投资方包括Lightspeed Venture Partners (“Lightspeed”) 等", ["Lightspeed Venture Partners", "Lightspeed", "abbreviation"]],
    ["阿里领投了MiniMax(稀宇科技)的新一轮融资", ["MiniMax", "稀宇科技", "parenthetical"]],
    ["由阿里巴巴领投的月之暗面（Moonshot AI）", ["月之暗面", "Moonshot AI", "parenthetical"]],
    ["百川智能(Baichuan AI)宣布完成A轮融资", ["百川智能", "Baichuan AI", "parenthetical"]],
    ["HongShan, formerly Sequoia Capital China, joined the round.", ["HongShan", "Sequoia Capital China", "former"]],
    ["Zhipu AI (formerly known as Beijing Zhipu Huazhang) raised", ["Zhipu AI", "Beijing Zhipu Huazhang", "former"]],
    ["稀宇极智已更名为稀宇科技。", ["稀宇科技", "稀宇极智", "former"]],
    ["红杉中国（原名红杉资本中国基金）宣布", ["红杉中国", "红杉资本中国基金", "former"]],
    ["Facebook, now known as Meta, said", ["Meta", "Facebook", "former"]],
  ])("%s", (text, expected) => expect(pairs(text)).toEqual([expected]));

  it("gives spans of the whole statement", () => {
    const t = "据悉，MiniMax(稀宇科技)完成融资";
    const [p] = findAliasPairs(t);
    expect(t.slice(p!.span.start, p!.span.end)).toBe("MiniMax(稀宇科技)");
  });

  describe("must not match", () => {
    it.each([
      "阿里巴巴（BABA.US）股价上涨", // a ticker
      "腾讯控股(00700.HK)公布财报",
      "红杉中国（领投）、高瓴（跟投）", // roles
      "本轮融资金额为5000万元（约合700万美元）", // an amount
      "公司成立于2019年（当时名为智谱）", // not a stock phrase
      "Anthropic (the company) said", // lower case
      "估值（投后）达25亿美元",
    ])("%s", (text) => expect(pairs(text)).toEqual([]));
  });

  // A bare parenthetical has the shape of a definition: resolution uses it only when one side
  // is a name the extractor took for an organization.
  it("returns the shape of a definition too, for resolution to reject", () => {
    expect(pairs("人工智能（AI）正在改变世界")).toEqual([["人工智能", "AI", "parenthetical"]]);
  });

  it.todo("'X（简称Y）' inside a list of several companies: the name before is cut at the list comma only");
});
