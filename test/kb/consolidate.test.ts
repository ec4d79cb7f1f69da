import { beforeEach, describe, expect, it } from "vitest";
import { companyReport, findEntity } from "../../src/store/reports.js";
import { editEventField, editParticipant } from "../../src/store/edits.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { writeDocument } from "../../src/store/write.js";
import { ingestFixture, processed, TEST_REGISTRY, type EventSpec } from "../support/fixtures.js";

/** Consolidation, conflicts and "as of", through the real writer (sentences written for these tests). */
let store: SqliteStore;
beforeEach(async () => {
  store = await SqliteStore.open(":memory:");
});

const report = async (name: string, asOf: string | null = null) => companyReport(store, (await findEntity(store, TEST_REGISTRY, name)).entity!, { asOf });

const ZH = "2月，月之暗面完成新一轮超10亿美元融资，由阿里领投，红杉中国跟投，估值达25亿美元。";
const zhEvent: EventSpec = {
  company: "月之暗面",
  round: ["unnamed", "新一轮"],
  amount: ["超10亿美元", 1e9, null, "USD", "at_least"],
  valuation: ["25亿美元", 2.5e9, 2.5e9, "USD", "exact"],
  investors: ["阿里", "红杉中国"],
  lead: ["阿里"],
  date: ["2月", "2024-02", "month"],
};
const EN = "Moonshot AI raised more than $1 billion in a round led by Alibaba Group.";
const enEvent: EventSpec = { company: ["月之暗面", "Moonshot AI"], amount: ["more than $1 billion", 1e9, null, "USD", "at_least"], investors: [["阿里巴巴", "Alibaba Group", true]] };
const FIX = "更正：月之暗面本轮融资额为8亿美元，由阿里领投。特此更正。";
const fixEvent: EventSpec = { company: "月之暗面", amount: ["8亿美元", 8e8, 8e8, "USD", "exact"], investors: ["阿里"], lead: ["阿里"] };

describe("consolidation", () => {
  it("two events the extractor told apart in one document stay two events", async () => {
    const text = "MiniMax完成6亿美元融资，由阿里领投。此前，腾讯曾参与MiniMax在2023年完成的一轮超2.5亿美元融资。";
    const now: EventSpec = { company: "MiniMax", amount: ["6亿美元", 6e8, 6e8, "USD", "exact"], investors: ["阿里"], lead: ["阿里"] };
    const before: EventSpec = { company: "MiniMax", amount: ["超2.5亿美元", 2.5e8, null, "USD", "at_least"], investors: ["腾讯"], date: ["2023年", "2023", "year"] };
    const out = await ingestFixture(store, TEST_REGISTRY, text, { published: "2024-03-05T09:00:00+08:00" }, [now, before]);
    expect([out.eventsCreated, out.eventsMatched]).toEqual([2, 0]);
    expect((await report("MiniMax")).rounds).toHaveLength(2);
  });

  it("the same round from two independent sources is one event with two sources", async () => {
    await ingestFixture(store, TEST_REGISTRY, ZH, { published: "2024-02-19T10:00:00+08:00" }, [zhEvent]);
    const out = await ingestFixture(store, TEST_REGISTRY, EN, { published: "2024-02-20T08:00:00Z" }, [enEvent]);
    expect([out.eventsCreated, out.eventsMatched]).toEqual([0, 1]);
    const r = await report("Moonshot AI");
    expect(r.rounds).toHaveLength(1);
    expect(r.rounds[0]).toMatchObject({ sources: 2, leads: ["阿里巴巴"], investors: ["阿里巴巴", "红杉中国"] });
    expect(r.rounds[0]!.amount).toMatchObject({ rule: "agreed", sources: 2 });
  });

  it("a repost counts once: same text in Traditional script, then a near-duplicate", async () => {
    await ingestFixture(store, TEST_REGISTRY, ZH, { published: "2024-02-19" }, [zhEvent]);
    const trad = "2月，月之暗面完成新一輪超10億美元融資，由阿里領投，紅杉中國跟投，估值達25億美元。";
    const tradEvent: EventSpec = { ...zhEvent, amount: ["超10億美元", 1e9, null, "USD", "at_least"], valuation: ["25億美元", 2.5e9, 2.5e9, "USD", "exact"], investors: [["阿里巴巴", "阿里", true], ["红杉中国", "紅杉中國", false]], lead: [], round: ["unnamed", "新一輪"] };
    const repost = await ingestFixture(store, TEST_REGISTRY, trad, { published: "2024-02-21", source: "forum.txt" }, [tradEvent]);
    expect(repost.repostOf).not.toBeNull();
    const near = `【转载】${ZH}（来源：网络）`;
    const nearOut = await ingestFixture(store, TEST_REGISTRY, near, { published: "2024-02-22" }, [zhEvent]);
    expect(nearOut.repostOf).not.toBeNull();
    const r = await report("月之暗面");
    expect(r.rounds).toHaveLength(1);
    expect(r.rounds[0]!.sources).toBe(1);
    expect((await store.counts()).reposts).toBe(2);
  });

  it("different rounds of one company stay apart", async () => {
    const a = "百川智能完成3亿美元A1轮融资，阿里、腾讯参投。";
    const b = "百川智能完成50亿元A轮融资。";
    await ingestFixture(store, TEST_REGISTRY, a, { published: "2023-10-17" }, [{ company: "百川智能", round: ["a", "A1轮", "A1"], amount: ["3亿美元", 3e8, 3e8, "USD", "exact"], investors: ["阿里", "腾讯"] }]);
    await ingestFixture(store, TEST_REGISTRY, b, { published: "2024-07-25" }, [{ company: "百川智能", round: ["a", "A轮"], amount: ["50亿元", 5e9, 5e9, "CNY", "exact"] }]);
    const r = await report("百川智能");
    expect(r.rounds.map((x) => x.amount?.value?.currency)).toEqual(["USD", "CNY"]);
  });
});

describe("conflicts", () => {
  it("a correction in a later document beats what it corrects; the superseded claim stays visible", async () => {
    await ingestFixture(store, TEST_REGISTRY, ZH, { published: "2024-02-19" }, [zhEvent]);
    await ingestFixture(store, TEST_REGISTRY, EN, { published: "2024-02-20" }, [enEvent]);
    const out = await ingestFixture(store, TEST_REGISTRY, FIX, { published: "2024-02-22", title: "更正" }, [fixEvent]);
    expect(out.eventsMatched).toBe(1);
    const [round] = (await report("月之暗面")).rounds;
    expect(round!.amount).toMatchObject({ value: { min: 8e8, currency: "USD" }, rule: "correction" });
    const amounts = round!.claims.filter((c) => c.field === "amount");
    expect(amounts.map((c) => [c.text, c.superseded, c.current])).toEqual([
      ["超10亿美元", true, false],
      ["more than $1 billion", true, false],
      ["8亿美元", false, true],
    ]);
    expect(amounts[0]!.supersededReason).toMatch(/correction notice/u);
  });

  it("a correction inside one document (the first figure kept as superseded)", async () => {
    const t = "月之暗面传出完成超10亿美元融资，该消息很快被修正为8亿美元。";
    await ingestFixture(store, TEST_REGISTRY, t, { published: "2024-02-19" }, [{ company: "月之暗面", amount: ["8亿美元", 8e8, 8e8, "USD", "exact"], superseded: [["超10亿美元", 1e9, null, "USD", "at_least"]] }]);
    const [round] = (await report("月之暗面")).rounds;
    expect(round!.amount).toMatchObject({ value: { min: 8e8 }, rule: "correction" });
    expect(round!.claims.find((c) => c.text === "超10亿美元")).toMatchObject({ superseded: true, supersededReason: expect.stringMatching(/same report/u) });
  });

  it("a human edit beats every source, and the rule says so", async () => {
    await ingestFixture(store, TEST_REGISTRY, ZH, { published: "2024-02-19" }, [zhEvent]);
    await ingestFixture(store, TEST_REGISTRY, FIX, { published: "2024-02-22", title: "更正" }, [fixEvent]);
    const [before] = (await report("月之暗面")).rounds;
    await editEventField(store, before!.eventId, "amount", { min: 9e8, max: 9e8, currency: "USD", qualifier: "about" }, { author: "analyst", note: "checked the filing", at: new Date("2024-03-01T00:00:00Z") });
    await editParticipant(store, before!.eventId, (await findEntity(store, TEST_REGISTRY, "红杉中国")).entity!.id, false, null, { author: "analyst", note: "not in this round", at: new Date("2024-03-01T00:00:00Z") });
    const [after] = (await report("月之暗面")).rounds;
    expect(after!.amount).toMatchObject({ value: { min: 9e8, qualifier: "about" }, rule: "human_edit" });
    expect(after!.investors).toEqual(["阿里巴巴"]);
    expect((await store.event(after!.eventId))!.rules.amount).toBe("human_edit");
    // before the edit was made, the knowledge base said what the sources said
    expect((await report("月之暗面", "2024-02-29")).rounds[0]!.amount).toMatchObject({ value: { min: 8e8 }, rule: "correction" });
  });

  it("a source saying an investor withdrew keeps it out of the round, whatever another source says", async () => {
    const a = "MiniMax完成6亿美元融资，阿里领投，字节跟投。";
    const b = "字节曾有意投资MiniMax，但最终还是退出了。";
    await ingestFixture(store, TEST_REGISTRY, a, { published: "2024-03-05" }, [{ company: "MiniMax", amount: ["6亿美元", 6e8, 6e8, "USD", "exact"], investors: ["阿里", "字节"], lead: ["阿里"] }]);
    expect((await report("MiniMax")).rounds[0]!.investors).toEqual(["阿里巴巴", "字节跳动"]);
    const { relation } = await import("../support/fixtures.js");
    await ingestFixture(store, TEST_REGISTRY, b, { published: "2024-03-10" }, [], [relation(b, "字节", "MiniMax", true)]);
    const r = await report("MiniMax");
    expect(r.rounds[0]!.investors).toEqual(["阿里巴巴"]);
    expect(r.withdrawn.map((w) => w.name)).toEqual(["字节跳动"]);
  });
});

it("stakes are stored with their holder and sentence", async () => {
  const t = "有投资人称，阿里将成为月之暗面持股40%的单一大股东。";
  await ingestFixture(store, TEST_REGISTRY, t, { published: "2024-02-25" }, [{ company: "月之暗面", investors: ["阿里"], stakes: [["阿里", "持股40%", 40]] }]);
  const [s] = (await report("月之暗面")).stakes;
  expect(s).toMatchObject({ holderName: "阿里巴巴", percent: 40, text: "持股40%", quote: t });
});

describe("as of a date", () => {
  it("shows what the knowledge base said on each day", async () => {
    await ingestFixture(store, TEST_REGISTRY, ZH, { published: "2024-02-19" }, [zhEvent]);
    await ingestFixture(store, TEST_REGISTRY, EN, { published: "2024-02-20" }, [enEvent]);
    await ingestFixture(store, TEST_REGISTRY, FIX, { published: "2024-02-22", title: "更正" }, [fixEvent]);
    const on = async (day: string) => {
      const r = await report("月之暗面", day);
      return r.rounds.map((x) => [x.amount?.value?.min, x.amount?.rule, x.sources]);
    };
    expect(await on("2024-02-18")).toEqual([]);
    expect(await on("2024-02-19")).toEqual([[1e9, "single", 1]]);
    expect(await on("2024-02-21")).toEqual([[1e9, "agreed", 2]]);
    expect(await on("2024-02-22")).toEqual([[8e8, "correction", 3]]);
  });
});

describe("documents", () => {
  it("re-ingesting the same bytes is a no-op", async () => {
    const first = await ingestFixture(store, TEST_REGISTRY, ZH, { published: "2024-02-19" }, [zhEvent]);
    const before = await store.counts();
    const again = await ingestFixture(store, TEST_REGISTRY, ZH, { published: "2024-02-19" }, [zhEvent]);
    expect(again).toMatchObject({ status: "unchanged", documentId: first.documentId });
    expect(await store.counts()).toEqual(before);
  });

  it("a changed document at the same URL is a new version that replaces what the old one said", async () => {
    const url = "https://news.example.com/moonshot";
    const v1 = "月之暗面完成超10亿美元融资，阿里领投。";
    const v2 = "月之暗面完成8亿美元融资，阿里领投。（本文已更新）";
    await ingestFixture(store, TEST_REGISTRY, v1, { published: "2024-02-19", url }, [{ company: "月之暗面", amount: ["超10亿美元", 1e9, null, "USD", "at_least"], investors: ["阿里"], lead: ["阿里"] }]);
    const out = await ingestFixture(store, TEST_REGISTRY, v2, { published: "2024-02-21", url }, [{ company: "月之暗面", amount: ["8亿美元", 8e8, 8e8, "USD", "exact"], investors: ["阿里"], lead: ["阿里"] }]);
    expect(out.previousVersion).not.toBeNull();
    const old = (await store.document(out.previousVersion!))!;
    expect(old.replacedOn).toBe("2024-02-21");
    expect((await store.document(out.documentId!))!.originId).toBe(old.id);
    const [round] = (await report("月之暗面")).rounds;
    expect(round).toMatchObject({ sources: 1, amount: { value: { min: 8e8 } } });
    expect(round!.claims.find((c) => c.text === "超10亿美元")).toMatchObject({ superseded: true, supersededReason: expect.stringMatching(/newer version/u) });
    expect((await report("月之暗面", "2024-02-20")).rounds[0]!.amount?.value?.min).toBe(1e9);
  });

  it("a failed document is stored with its error, and tried again next time", async () => {
    const p = { ...processed(ZH, { published: "2024-02-19" }, [zhEvent]), error: "Error: the extractor crashed" };
    const raw = new TextEncoder().encode(ZH);
    const out = await store.transaction(() => writeDocument(store, p, raw, TEST_REGISTRY));
    expect(out.status).toBe("failed");
    expect((await store.document(out.documentId!))).toMatchObject({ status: "failed", error: "Error: the extractor crashed" });
    const retry = await store.transaction(() => writeDocument(store, { ...p, error: null }, raw, TEST_REGISTRY));
    expect(retry.status).toBe("stored");
    expect((await store.counts()).documents).toBe(1);
  });
});
