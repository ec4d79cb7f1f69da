import { beforeAll, describe, expect, it } from "vitest";
import { companyReport, findEntity, investorReport, landscape, roundsReport } from "../../src/store/reports.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { RoundFilter } from "../../src/store/store.js";
import { TEST_REGISTRY } from "../support/fixtures.js";
import { buildWorld } from "../support/world.js";

let store: SqliteStore;
beforeAll(async () => {
  store = await SqliteStore.open(":memory:");
  await buildWorld(store);
});
const id = async (name: string) => (await findEntity(store, TEST_REGISTRY, name)).entity!;

describe("investor", () => {
  it("portfolio from rounds AND statements, never from a denial", async () => {
    const ali = await investorReport(store, await id("阿里"));
    expect(ali.portfolio.map((p) => p.company).sort()).toEqual(["MiniMax", "月之暗面", "智谱AI", "百川智能", "零一万物"].sort());
    // 零一万物: a round of 阿里云 (a unit of 阿里巴巴) and a statement that 阿里 invested
    expect(ali.portfolio.find((p) => p.company === "零一万物")).toMatchObject({ knownFrom: ["round", "relation"], via: ["阿里云"], rounds: 1 });
    expect(ali.units.map((u) => u.name)).toEqual(["阿里云"]);
    const byte = await investorReport(store, await id("字节跳动"));
    expect(byte.portfolio).toEqual([]);
    expect(byte.withdrawn.map((w) => w.company)).toEqual(["MiniMax"]);
  });

  it("腾讯 backs 智谱AI, 百川智能 and MiniMax (one of them through 腾讯投资); leads one round", async () => {
    const t = await investorReport(store, await id("騰訊"));
    expect(t.portfolio.map((p) => p.company).sort()).toEqual(["MiniMax", "智谱AI", "百川智能"].sort());
    expect(t.portfolio.find((p) => p.company === "智谱AI")).toMatchObject({ rounds: 3, via: ["腾讯投资"] });
    expect(t.roundsLed.map((e) => e.companyName)).toEqual(["智谱AI"]);
    const unit = await investorReport(store, await id("腾讯投资"));
    expect(unit.portfolio.map((p) => p.company)).toEqual(["智谱AI"]); // a unit does not count its parent's rounds
  });

  it("co-investors ranked by shared rounds", async () => {
    const ali = await investorReport(store, await id("Alibaba"));
    expect(ali.coInvestors.map((c) => [c.name, c.shared])).toEqual([["腾讯", 3], ["小米", 1], ["红杉中国", 1], ["美团", 1]]);
  });
});

describe("company", () => {
  it("funding history with totals honest about open amounts, cumulative figures and unknowns", async () => {
    const z = await companyReport(store, await id("智谱AI"));
    expect(z.rounds.map((r) => r.round?.stage)).toEqual(["total", "b", "unnamed"]); // 2023 sorts as 2023-01-01
    expect(z.notCounted.cumulative).toBe(1);
    expect(z.total.undisclosed).toBe(2);
    expect(z.total.byCurrency).toEqual([]);
    const m = await companyReport(store, await id("稀宇科技"));
    expect(m.total.byCurrency).toEqual([{ currency: "USD", min: 6e8, max: 6e8, rounds: 1 }]);
    expect(m.latestValuation?.value).toMatchObject({ min: 2.5e9, currency: "USD" });
    expect(m.rounds[0]!.investors).toEqual(["阿里巴巴", "腾讯"]);
  });

  it("the Feb 2024 Moonshot AI round at the corrected 8亿美元", async () => {
    const r = await companyReport(store, await id("月之暗面"));
    expect(r.rounds).toHaveLength(1);
    expect(r.rounds[0]).toMatchObject({ date: { value: "2024-02" }, leads: ["阿里巴巴"], sources: 3 });
    expect(r.rounds[0]!.amount).toMatchObject({ value: { min: 8e8, max: 8e8, currency: "USD" }, rule: "correction" });
    expect(r.rounds[0]!.claims.some((c) => c.text === "超10亿美元" && c.superseded)).toBe(true);
  });
});

describe("rounds", () => {
  const all: RoundFilter = { since: null, until: null, stages: null, minAmount: null, currency: null, investorId: null, companyId: null, limit: 50 };
  const names = async (f: Partial<RoundFilter>) => (await roundsReport(store, { ...all, ...f })).events.map((e) => e.companyName);

  it.each([
    ["no filter, newest first", {}, ["智谱AI", "MiniMax", "月之暗面", "零一万物", "百川智能", "智谱AI", "Anthropic", "智谱AI"]],
    ["since 2024-01", { since: "2024-01-01" }, ["智谱AI", "MiniMax", "月之暗面"]],
    ["stage b", { stages: ["b"] }, ["智谱AI"]],
    ["at least 500m (approx USD)", { minAmount: 5e8 }, ["MiniMax", "月之暗面"]],
    ["at least 100m USD, in USD", { minAmount: 1e8, currency: "USD" }, ["MiniMax", "月之暗面", "百川智能", "Anthropic"]],
  ] as [string, Partial<RoundFilter>, string[]][])("%s", async (_l, f, want) => expect(await names(f)).toEqual(want));

  it("filters combine: --investor 腾讯 --since 2023-07 --currency USD", async () => {
    const t = (await id("腾讯")).id;
    expect(await names({ investorId: t, since: "2023-07-01", currency: "USD" })).toEqual(["MiniMax", "百川智能"]);
    expect(await names({ investorId: t, stages: ["c"] })).toEqual([]);
  });

  it("lists leads and investors", async () => {
    const [e] = (await roundsReport(store, { ...all, companyId: (await id("MiniMax")).id })).events;
    expect(e).toMatchObject({ companyName: "MiniMax", leads: ["阿里巴巴"], investors: ["阿里巴巴", "腾讯"] });
  });

  it("an investor's rounds include its units' rounds", async () => {
    expect(await names({ investorId: (await id("腾讯")).id, since: "2024-04-01" })).toEqual(["智谱AI"]);
    expect(await names({ investorId: (await id("阿里巴巴")).id, stages: ["unnamed"], until: "2023-12-31" })).toEqual(["零一万物"]);
  });
});

it("the landscape: top companies, top investors, latest rounds", async () => {
  const l = await landscape(store, 3);
  expect(l.topCompanies.map((c) => c.name)).toEqual(["月之暗面", "MiniMax", "Anthropic"]);
  expect(l.topInvestors[0]).toMatchObject({ name: "阿里巴巴", deals: 4 });
  expect(l.counts).toMatchObject({ events: 8, relations: 2 });
});
