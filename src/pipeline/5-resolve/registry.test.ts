import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_REGISTRY, loadRegistry, RegistryError } from "./registry.js";

const dir = mkdtempSync(join(tmpdir(), "dealgraph-registry-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("registry", () => {
  const builtin = loadRegistry([BUILTIN_REGISTRY]);

  it.each([
    ["阿里", "alibaba"],
    ["阿里巴巴集团", "alibaba"],
    ["Alibaba", "alibaba"],
    ["阿里巴巴集團", "alibaba"], // Traditional, not written in the file
    ["騰訊", "tencent"],
    ["月之暗面", "moonshot-ai"],
    ["moonshot ai", "moonshot-ai"],
    ["稀宇科技", "minimax"],
  ])("the built-in registry knows %s as %s", (name, id) => expect(builtin.lookup(name)?.id).toBe(id));

  // the rest uses files written here: the built-in registry grows
  const base = file("base.jsonl", '{"id":"alibaba","kind":"corporate","name":"阿里巴巴","aliases":["阿里","Alibaba"]}\n');

  it("does not know what it was not told", () => {
    const r = loadRegistry([base]);
    expect(r.lookup("阿里云")).toBeNull();
    expect(r.lookup("阿里巴巴影业")).toBeNull();
  });

  it("a user file adds entities and aliases to existing ones", () => {
    const user = file("user.jsonl", [
      '{"id":"example-ai","kind":"company","name":"示例智能","en":"Example AI","aliases":["北京示例智能科技有限公司"]}',
      '// a comment line',
      '{"id":"alibaba","kind":"corporate","name":"阿里巴巴","aliases":["阿里巴巴集团控股"]}',
    ].join("\n"));
    const r = loadRegistry([base, user]);
    expect(r.lookup("Example AI")?.id).toBe("example-ai");
    expect(r.lookup("阿里巴巴集团控股")?.id).toBe("alibaba");
    expect(r.lookup("阿里")?.id).toBe("alibaba");
  });

  it("reads a unit's parent, and finds entries by id", () => {
    const user = file("units.jsonl", '{"id":"tencent-investment","kind":"investor","name":"腾讯投资","parent":"tencent"}\n');
    const r = loadRegistry([base, file("tencent.jsonl", '{"id":"tencent","kind":"corporate","name":"腾讯"}\n'), user]);
    expect(r.lookup("騰訊投資")).toMatchObject({ id: "tencent-investment", parent: "tencent" });
    expect(r.get("tencent")?.name).toBe("腾讯");
    expect(r.get("nope")).toBeNull();
  });

  describe("a bad file is one clear error", () => {
    it.each([
      ["not json", "{oops\n", /line 1: not valid JSON/u],
      ["no id", '{"name":"x"}\n', /line 1: "id" must be lowercase words joined by "-"/u],
    ])("%s", (_l, text, message) => {
      const p = file(`bad-${Math.random()}.jsonl`, text);
      expect(() => loadRegistry([p])).toThrow(RegistryError);
      expect(() => loadRegistry([p])).toThrow(message);
    });
    it("a missing file", () => expect(() => loadRegistry([join(dir, "nope.jsonl")])).toThrow(/cannot read registry \(ENOENT\)/u));
  });
});
