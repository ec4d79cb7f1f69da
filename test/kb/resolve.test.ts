import { beforeEach, describe, expect, it } from "vitest";
import { EMPTY_REGISTRY, type Registry } from "../../src/pipeline/5-resolve/registry.js";
import { resolveNames, type AliasStatement, type NameUse } from "../../src/pipeline/5-resolve/resolve.js";
import { findAliasPairs } from "../../src/pipeline/5-resolve/alias-pairs.js";
import { findEntity } from "../../src/store/reports.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { TEST_REGISTRY } from "../support/fixtures.js";

/** Entity resolution through the real store, one document at a time. */
let store: SqliteStore;
beforeEach(async () => {
  store = await SqliteStore.open(":memory:");
});

const statements = (text: string): AliasStatement[] =>
  findAliasPairs(text).map((p) => ({ ...p, text: text.slice(p.span.start, p.span.end) }));

async function resolve(registry: Registry, names: (string | NameUse)[], text = "", documentId: number | null = null) {
  const uses = names.map((n) => (typeof n === "string" ? { name: n, role: "company" as const } : n));
  const m = await resolveNames(store, registry, { documentId, names: uses, aliases: statements(text) });
  return (name: string) => m.get(name)!.id;
}

describe("resolution: strong evidence resolves", () => {
  it("the registry: 阿里 = 阿里巴巴 = 阿里巴巴集团 = Alibaba, in separate documents", async () => {
    const ids = [];
    for (const n of ["阿里", "阿里巴巴", "阿里巴巴集团", "Alibaba", "阿里巴巴集團"]) ids.push((await resolve(TEST_REGISTRY, [n]))(n));
    expect(new Set(ids).size).toBe(1);
    expect((await store.entity(ids[0]!))!.name).toBe("阿里巴巴");
  });

  it.each([
    ["月之暗面", "Moonshot AI"],
    ["MiniMax", "稀宇科技"],
    ["騰訊", "腾讯控股"],
  ])("the registry: %s = %s", async (a, b) => {
    expect((await resolve(TEST_REGISTRY, [a]))(a)).toBe((await resolve(TEST_REGISTRY, [b]))(b));
  });

  it("a registry unit is its own entity, pointing at its parent (created on first need)", async () => {
    const unit = (await resolve(TEST_REGISTRY, ["腾讯投资"]))("腾讯投资");
    const parent = (await store.byRegistryId("tencent"))!;
    expect((await store.entity(unit))!.parentId).toBe(parent.id);
    expect((await store.units(parent.id)).map((u) => u.name)).toEqual(["腾讯投资"]);
  });

  it("Traditional and Simplified forms of an unknown name", async () => {
    const a = (await resolve(EMPTY_REGISTRY, ["智譜AI"]))("智譜AI");
    const b = (await resolve(EMPTY_REGISTRY, ["智谱AI"]))("智谱AI");
    expect(a).toBe(b);
  });

  it.each([
    ["MiniMax(稀宇科技)", "阿里领投了MiniMax(稀宇科技)的新一轮融资", "MiniMax", "稀宇科技"],
    ["X（以下简称Y）", "深圳云帆智能科技有限公司（以下简称“云帆智能”）完成A轮融资", "深圳云帆智能科技有限公司", "云帆智能"],
    ["Y, formerly X", "HongShan, formerly Sequoia Capital China, joined the round.", "HongShan", "Sequoia Capital China"],
  ])("an alias learned from the text: %s", async (_label, text, a, b) => {
    const get = await resolve(EMPTY_REGISTRY, [a], text);
    const later = (await resolve(EMPTY_REGISTRY, [b]))(b); // a later document uses only the other name
    expect(later).toBe(get(a));
    const alias = (await store.aliases(get(a))).find((x) => x.source === "learned");
    expect(alias?.evidence).toContain(b);
  });

  it("a query finds an entity by any alias it learned, in any script", async () => {
    await resolve(EMPTY_REGISTRY, ["MiniMax"], "MiniMax(稀宇科技)完成融资");
    const found = await findEntity(store, EMPTY_REGISTRY, "稀宇科技");
    expect(found.entity?.name).toBe("MiniMax");
  });
});

describe("resolution: weak evidence links, never merges", () => {
  it("the same core name: 北京月之暗面科技有限公司 ~ 月之暗面 (no registry)", async () => {
    const full = (await resolve(EMPTY_REGISTRY, ["北京月之暗面科技有限公司"]))("北京月之暗面科技有限公司");
    const short = (await resolve(EMPTY_REGISTRY, ["月之暗面"]))("月之暗面");
    expect(full).not.toBe(short);
    const [link] = await store.links(short);
    expect(link).toMatchObject({ status: "open" });
    expect(link!.reason).toMatch(/same core name "月之暗面"/u);
  });

  it("a known name at the start or end of a new one: 有报道称月之暗面, 腾讯曾参与MiniMax", async () => {
    const get = await resolve(TEST_REGISTRY, ["月之暗面", "MiniMax", "有报道称月之暗面", "腾讯曾参与MiniMax", "月之暗面科技"]);
    expect(new Set([get("月之暗面"), get("有报道称月之暗面"), get("月之暗面科技")]).size).toBe(3);
    const reasons = async (name: string) => (await store.links(get(name))).map((l) => l.reason);
    expect(await reasons("有报道称月之暗面")).toEqual(['"有报道称月之暗面" ends with the known name "月之暗面"']);
    expect(await reasons("腾讯曾参与MiniMax")).toEqual(['"腾讯曾参与MiniMax" ends with the known name "MiniMax"']);
    expect((await reasons("月之暗面科技")).length).toBe(1); // same core, linked once
  });

  it("an alias statement that would join two registry entities", async () => {
    const get = await resolve(TEST_REGISTRY, ["阿里巴巴", "腾讯"], "阿里巴巴（以下简称“腾讯”）");
    expect(get("阿里巴巴")).not.toBe(get("腾讯"));
    expect((await store.links(get("腾讯")))[0]!.reason).toMatch(/alias statement joins two known entities/u);
  });

  it("a bare parenthetical that is not about an organization is not learned", async () => {
    await resolve(EMPTY_REGISTRY, ["百川智能"], "人工智能（AI）正在改变世界，百川智能完成融资");
    expect(await store.byKey("ai")).toEqual([]);
  });

  describe("must not merge", () => {
    it.each([
      ["腾讯", "腾讯音乐"],
      ["阿里巴巴", "阿里云"],
      ["Moonshot", "Moonshot Labs"],
    ])("%s and %s", async (a, b) => {
      const get = await resolve(TEST_REGISTRY, [a, b]);
      expect(get(a)).not.toBe(get(b));
    });
  });
});
