import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DocumentMeta } from "../core/records.js";
import type { EventCurrent, NewClaim, NewDocument, RoundFilter, Store } from "./store.js";

/**
 * The storage contract, written once (hono's `common.case.test.ts` is the model). Every backend's
 * test file calls `storeContract("name", factory)`; the factory returns a fresh, empty store.
 */
export type StoreFactory = () => Promise<Store>;

let docSeq = 0;
export function newDocument(over: Omit<Partial<NewDocument>, "meta"> & { text?: string; meta?: Partial<DocumentMeta> } = {}): NewDocument {
  const n = ++docSeq;
  // an assertion, not an annotation: fields other branches add to DocumentMeta (titleSpan) may be set here
  const meta = {
    source: `doc-${n}.txt`,
    id: `ext-${n}`,
    title: null,
    titleSpan: null,
    author: null,
    published: null,
    url: null,
    encoding: "utf-8",
    format: "text",
    ...(over.meta ?? {}),
  } as DocumentMeta;
  return {
    hash: `hash-${n}-${Math.random()}`,
    raw: new TextEncoder().encode(over.text ?? `document ${n}`),
    language: "zh",
    reportedOn: "2024-02-20",
    versionKey: null,
    textHash: `text-${n}-${Math.random()}`,
    minhash: Array.from({ length: 60 }, (_, i) => (n * 7919 + i) >>> 0),
    bands: Array.from({ length: 12 }, (_, i) => n * 100 + i),
    numbers: ["2024", String(n)],
    textLength: 100,
    correction: false,
    status: "ok",
    error: null,
    issues: [],
    previousVersion: null,
    repostOf: null,
    repostReason: null,
    similarity: null,
    ingestedAt: "2024-03-01T00:00:00.000Z",
    ...over,
    meta,
  };
}

export function current(over: Partial<EventCurrent> = {}): EventCurrent {
  return {
    live: true,
    stage: "b",
    roundLabel: "B",
    dateValue: "2024-02",
    datePrecision: "month",
    sortDay: "2024-02-01",
    amount: { min: 1e8, max: 1e8, currency: "USD", qualifier: "exact" },
    amountUsd: 1e8,
    valuation: null,
    status: "completed",
    sources: 1,
    firstReported: "2024-02-20",
    lastReported: "2024-02-20",
    rules: { amount: "single" },
    ...over,
  };
}

function claim(eventId: number, over: Partial<NewClaim> = {}): NewClaim {
  return {
    eventId,
    field: "amount",
    value: { min: 8e8, max: 8e8, currency: "USD", qualifier: "exact" },
    text: "8亿美元",
    documentId: null,
    mentionId: null,
    span: { start: 3, end: 8 },
    quote: "完成8亿美元融资。",
    qualifiers: { status: "completed" },
    reportedOn: "2024-02-20",
    correction: false,
    ...over,
  };
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });

    describe("documents", () => {
      it("stores raw bytes byte-exact, including bytes that are not valid UTF-8", async () => {
        const raw = new Uint8Array([0xe6, 0x9c, 0x88, 0xff, 0x00, 0xfe, 0x0a]);
        const d = await store.insertDocument(newDocument({ raw }));
        expect(d).not.toBeNull();
        expect(Array.from((await store.rawBytes(d!.id))!)).toEqual(Array.from(raw));
      });

      it("re-inserting the same hash is a no-op", async () => {
        const doc = newDocument();
        const first = await store.insertDocument(doc);
        expect(await store.insertDocument({ ...doc, meta: { ...doc.meta, source: "elsewhere.txt" } })).toBeNull();
        expect((await store.documentByHash(doc.hash))!.id).toBe(first!.id);
        expect((await store.counts()).documents).toBe(1);
      });

      it("keeps metadata and points reposts and versions at one independent source", async () => {
        const a = (await store.insertDocument(newDocument({ meta: { source: "a.html", id: "a", title: "月之暗面融资", author: "x", published: "2024-02-20T10:00:00+08:00", url: "https://example.test/a", encoding: "gb18030", format: "html" }, versionKey: "https://example.test/a" })))!;
        expect(a).toMatchObject({ title: "月之暗面融资", encoding: "gb18030", format: "html", originId: a.id, url: "https://example.test/a" });
        const repost = (await store.insertDocument(newDocument({ repostOf: a.id, repostReason: "near_duplicate", similarity: 0.9 })))!;
        expect(repost).toMatchObject({ originId: a.id, repostOf: a.id, repostReason: "near_duplicate" });
        const repostOfRepost = (await store.insertDocument(newDocument({ repostOf: repost.id, repostReason: "same_text" })))!;
        expect(repostOfRepost.originId).toBe(a.id);
        const v2 = (await store.insertDocument(newDocument({ versionKey: "https://example.test/a", previousVersion: a.id })))!;
        expect(v2.originId).toBe(a.id);
        expect((await store.latestVersion("https://example.test/a"))!.id).toBe(v2.id);
        await store.markReplaced(a.id, "2024-03-01");
        expect((await store.document(a.id))!.replacedOn).toBe("2024-03-01");
        const c = await store.counts();
        expect([c.reposts, c.versions]).toEqual([2, 1]);
      });

      it("finds duplicate candidates by text hash or by any shared band, never unrelated documents", async () => {
        const a = (await store.insertDocument(newDocument({ textHash: "T1", bands: [1, 2, 3] })))!;
        const b = (await store.insertDocument(newDocument({ textHash: "T2", bands: [4, 5, 6] })))!;
        await store.insertDocument(newDocument({ textHash: "T3", bands: [7, 8, 9] }));
        const ids = (await store.duplicateCandidates("T2", [3, 99])).map((c) => c.id).sort();
        expect(ids).toEqual([a.id, b.id].sort());
        expect(await store.duplicateCandidates("none", [100])).toEqual([]);
        const [cand] = await store.duplicateCandidates("T1", []);
        expect(cand!.minhash).toHaveLength(60);
        expect(cand!.numbers).toEqual(["2024", expect.any(String)]);
      });

      it("deletes a failed document (to retry it) but never a stored one", async () => {
        const ok = (await store.insertDocument(newDocument()))!;
        const bad = (await store.insertDocument(newDocument({ status: "failed", error: "boom" })))!;
        expect(bad).toMatchObject({ status: "failed", error: "boom" });
        await store.deleteFailedDocument(ok.id);
        await store.deleteFailedDocument(bad.id);
        expect(await store.document(ok.id)).not.toBeNull();
        expect(await store.document(bad.id)).toBeNull();
      });

      it("records mentions with their spans and values", async () => {
        const d = (await store.insertDocument(newDocument()))!;
        const ids = await store.insertMentions(d.id, [
          { kind: "org", span: { start: 0, end: 4 }, text: "月之暗面", value: { name: "月之暗面", role: "company" } },
          { kind: "money", span: { start: 10, end: 15 }, text: "8亿美金", value: { min: 8e8, max: 8e8, currency: "USD" } },
        ]);
        expect(ids).toHaveLength(2);
        const ms = await store.mentions(d.id);
        expect(ms.map((m) => [m.kind, m.text, m.span.start, m.span.end])).toEqual([["org", "月之暗面", 0, 4], ["money", "8亿美金", 10, 15]]);
        expect(ms[1]!.value).toEqual({ min: 8e8, max: 8e8, currency: "USD" });
      });
    });

    describe("entities", () => {
      it("finds entities by alias key, core and registry id; duplicate aliases are ignored", async () => {
        const e = await store.create({ name: "月之暗面", kind: "company", registryId: "moonshot-ai" });
        const alias = { entityId: e.id, name: "Moonshot AI", key: "moonshotai", core: "moonshot", source: "registry" as const, documentId: null, evidence: null };
        await store.addAlias(alias);
        await store.addAlias(alias);
        expect((await store.aliases(e.id)).length).toBe(1);
        expect((await store.byKey("moonshotai")).map((x) => x.id)).toEqual([e.id]);
        expect((await store.byCore("moonshot")).map((x) => x.id)).toEqual([e.id]);
        expect((await store.byRegistryId("moonshot-ai"))!.name).toBe("月之暗面");
        expect(await store.byKey("nothing")).toEqual([]);
      });

      it("adopts a registry id only when the entity has none", async () => {
        const e = await store.create({ name: "x", kind: "company", registryId: null });
        await store.adoptRegistryId(e.id, "reg-x");
        await store.adoptRegistryId(e.id, "reg-y");
        expect((await store.entity(e.id))!.registryId).toBe("reg-x");
      });

      it("keeps candidate links once per pair, never to itself", async () => {
        const a = await store.create({ name: "月之暗面", kind: "company", registryId: null });
        const b = await store.create({ name: "北京月之暗面科技有限公司", kind: "company", registryId: null });
        await store.link({ a: b.id, b: a.id, reason: "same core", documentId: null, evidence: null });
        await store.link({ a: a.id, b: b.id, reason: "again", documentId: null, evidence: null });
        await store.link({ a: a.id, b: a.id, reason: "self", documentId: null, evidence: null });
        const ls = await store.links(a.id);
        expect(ls).toHaveLength(1);
        expect(ls[0]).toMatchObject({ a: a.id, b: b.id, reason: "same core", status: "open" });
        await store.setLinkStatus(ls[0]!.id, "rejected");
        expect((await store.links(b.id))[0]!.status).toBe("rejected");
        expect((await store.counts()).links).toBe(0);
      });

      it("merges one entity into another: aliases, events, claims and participations follow", async () => {
        const keep = await store.create({ name: "稀宇科技", kind: "company", registryId: null });
        const drop = await store.create({ name: "MiniMax", kind: "company", registryId: "minimax" });
        const inv = await store.create({ name: "腾讯", kind: "corporate", registryId: null });
        await store.addAlias({ entityId: drop.id, name: "MiniMax", key: "minimax", core: "minimax", source: "name", documentId: null, evidence: null });
        await store.link({ a: keep.id, b: drop.id, reason: "r", documentId: null, evidence: null });
        const ev = await store.createEvent(drop.id, "2024-01-01T00:00:00Z");
        await store.setEventCurrent(ev, current(), [{ entityId: inv.id, lead: true }]);
        const ev2 = await store.createEvent(inv.id, "2024-01-01T00:00:00Z");
        await store.addClaims([claim(ev2, { field: "investor", value: { entityId: drop.id }, text: "MiniMax" })]);
        await store.mergeEntities(keep.id, drop.id);
        expect((await store.byKey("minimax")).map((e) => e.id)).toEqual([keep.id]);
        expect((await store.entity(drop.id))!.id).toBe(keep.id);
        expect((await store.entity(keep.id))!.registryId).toBe("minimax");
        expect((await store.eventsForCompany(keep.id)).map((e) => e.id)).toEqual([ev]);
        expect(((await store.claims([ev2]))[0]!.value as { entityId: number }).entityId).toBe(keep.id);
        expect((await store.links(keep.id))[0]!.status).toBe("merged");
        expect((await store.counts()).entities).toBe(2);
      });
    });

    describe("events and claims", () => {
      it("stores claims with spans, quotes and qualifiers; investor claims carry the entity", async () => {
        const co = await store.create({ name: "月之暗面", kind: "company", registryId: null });
        const inv = await store.create({ name: "阿里巴巴", kind: "corporate", registryId: null });
        const d = (await store.insertDocument(newDocument({ meta: { source: "s.txt", id: "s", title: "T", author: null, published: null, url: null, encoding: "utf-8", format: "text" } })))!;
        const ev = await store.createEvent(co.id, "2024-02-20T00:00:00Z");
        const [a, i] = await store.addClaims([
          claim(ev, { documentId: d.id }),
          claim(ev, { field: "investor", value: { entityId: inv.id }, text: "阿里", documentId: d.id, qualifiers: {} }),
        ]);
        const cs = await store.claims([ev]);
        expect(cs.map((c) => c.id)).toEqual([a, i]);
        expect(cs[0]).toMatchObject({ field: "amount", text: "8亿美元", quote: "完成8亿美元融资。", span: { start: 3, end: 8 }, origin: d.id, human: false, supersededOn: null, source: "s.txt", title: "T" });
        expect(cs[1]!.value).toEqual({ entityId: inv.id });
        expect(await store.eventsForDocument(d.id)).toEqual([ev]);
      });

      it("supersedes claims once, and folds a replaced document into the claim's superseded day", async () => {
        const co = await store.create({ name: "c", kind: "company", registryId: null });
        const d = (await store.insertDocument(newDocument()))!;
        const ev = await store.createEvent(co.id, "2024-02-20T00:00:00Z");
        const [old, fix, other] = await store.addClaims([claim(ev, { documentId: d.id }), claim(ev, { correction: true }), claim(ev, { documentId: d.id, field: "round", value: { stage: "b", label: "B" } })]);
        await store.supersedeClaims([old!], { claimId: fix!, on: "2024-02-22", reason: "corrected" });
        await store.supersedeClaims([old!], { claimId: null, on: "2030-01-01", reason: "later" });
        await store.markReplaced(d.id, "2024-03-01");
        const cs = await store.claims([ev]);
        expect(cs.find((c) => c.id === old)).toMatchObject({ supersededBy: fix, supersededOn: "2024-02-22", supersededReason: "corrected" });
        expect(cs.find((c) => c.id === fix)).toMatchObject({ correction: true, supersededOn: null });
        expect(cs.find((c) => c.id === other)!.supersededOn).toBe("2024-03-01");
      });

      it("stores an already-superseded claim and a human edit claim", async () => {
        const co = await store.create({ name: "c", kind: "company", registryId: null });
        const ev = await store.createEvent(co.id, "2024-02-20T00:00:00Z");
        const edit = await store.addEdit({ action: "set_field", eventId: ev, field: "amount", value: 1, note: "checked", author: "me", at: "2024-05-01T00:00:00Z" });
        const [a, b] = await store.addClaims([claim(ev, { supersededBy: { claimId: null, on: "2024-02-20", reason: "same doc" } }), claim(ev, { editId: edit })]);
        const cs = await store.claims([ev]);
        expect(cs.find((c) => c.id === a)).toMatchObject({ supersededOn: "2024-02-20", supersededReason: "same doc", human: false });
        expect(cs.find((c) => c.id === b)).toMatchObject({ human: true, editId: edit });
        expect((await store.edits(ev)).map((e) => [e.action, e.note, e.value])).toEqual([["set_field", "checked", 1]]);
      });

      it("keeps the decided columns and participants of an event", async () => {
        const co = await store.create({ name: "月之暗面", kind: "company", registryId: null });
        const a = await store.create({ name: "阿里巴巴", kind: "corporate", registryId: null });
        const h = await store.create({ name: "红杉中国", kind: "investor", registryId: null });
        const ev = await store.createEvent(co.id, "2024-02-20T00:00:00Z");
        expect((await store.event(ev))!.live).toBe(false);
        await store.setEventCurrent(ev, current({ valuation: { min: 2.5e9, max: 2.5e9, currency: "USD", qualifier: "exact", basis: "post" } }), [{ entityId: a.id, lead: true }, { entityId: h.id, lead: false }]);
        const e = (await store.event(ev))!;
        expect(e).toMatchObject({ companyName: "月之暗面", live: true, stage: "b", sortDay: "2024-02-01", amount: { min: 1e8, currency: "USD", qualifier: "exact" }, rules: { amount: "single" } });
        expect(e.valuation).toMatchObject({ min: 2.5e9, basis: "post" });
        expect((await store.participants([ev])).map((p) => [p.name, p.lead])).toEqual([["阿里巴巴", true], ["红杉中国", false]]);
        await store.setEventCurrent(ev, current(), [{ entityId: h.id, lead: true }]);
        expect((await store.participants([ev])).map((p) => [p.name, p.lead])).toEqual([["红杉中国", true]]);
      });

      it("stores relations (negated too) and stakes", async () => {
        const co = await store.create({ name: "MiniMax", kind: "company", registryId: null });
        const by = await store.create({ name: "字节跳动", kind: "corporate", registryId: null });
        const d = (await store.insertDocument(newDocument()))!;
        await store.addRelation({ investorId: by.id, companyId: co.id, negated: true, status: "completed", documentId: d.id, span: { start: 1, end: 9 }, quote: "字节最终退出了", reportedOn: "2024-02-20" });
        const [r] = await store.relations({ companyId: co.id });
        expect(r).toMatchObject({ investorName: "字节跳动", companyName: "MiniMax", negated: true, quote: "字节最终退出了", originId: d.id });
        expect(await store.relations({ investorId: co.id })).toEqual([]);
        await store.addStake({ companyId: co.id, holderId: by.id, eventId: null, percent: 40, min: null, max: null, qualifier: "exact", text: "持股40%", documentId: d.id, span: { start: 0, end: 5 }, quote: null, reportedOn: "2024-02-20" });
        expect((await store.stakes(co.id))[0]).toMatchObject({ holderName: "字节跳动", percent: 40 });
      });
    });

    describe("queries", () => {
      async function world() {
        const [moon, mini, zhipu] = [
          await store.create({ name: "月之暗面", kind: "company", registryId: null }),
          await store.create({ name: "MiniMax", kind: "company", registryId: null }),
          await store.create({ name: "智谱AI", kind: "company", registryId: null }),
        ];
        const [ali, ten, hs] = [
          await store.create({ name: "阿里巴巴", kind: "corporate", registryId: null }),
          await store.create({ name: "腾讯", kind: "corporate", registryId: null }),
          await store.create({ name: "红杉中国", kind: "investor", registryId: null }),
        ];
        const ev = async (co: number, cur: Partial<EventCurrent>, parts: [number, boolean][]) => {
          const id = await store.createEvent(co, "2024-01-01T00:00:00Z");
          await store.setEventCurrent(id, current(cur), parts.map(([entityId, lead]) => ({ entityId, lead })));
          return id;
        };
        const e1 = await ev(moon.id, { stage: "unnamed", sortDay: "2024-02-01", amount: { min: 8e8, max: 8e8, currency: "USD", qualifier: "exact" }, amountUsd: 8e8 }, [[ali.id, true], [hs.id, false]]);
        const e2 = await ev(mini.id, { stage: "b", sortDay: "2024-03-05", amount: { min: 6e8, max: null, currency: "USD", qualifier: "at_least" }, amountUsd: 6e8 }, [[ali.id, true], [ten.id, false]]);
        const e3 = await ev(zhipu.id, { stage: "b", sortDay: "2023-06-01", amount: { min: 2.5e9, max: null, currency: "CNY", qualifier: "at_least" }, amountUsd: 3.5e8 }, [[ali.id, false], [ten.id, false], [hs.id, false]]);
        const e4 = await ev(zhipu.id, { stage: "a", sortDay: "2022-01-01", amount: null, amountUsd: null }, [[hs.id, true]]);
        const gone = await ev(moon.id, { live: false, stage: "c", sortDay: "2024-05-01" }, [[ten.id, true]]);
        return { moon, mini, zhipu, ali, ten, hs, e1, e2, e3, e4, gone };
      }
      const all: RoundFilter = { since: null, until: null, stages: null, minAmount: null, currency: null, investorId: null, companyId: null, limit: 100 };

      it("lists an investor's live rounds with its role, newest first", async () => {
        const w = await world();
        const rows = await store.eventsForInvestor(w.ten.id);
        expect(rows.map((r) => [r.id, r.lead])).toEqual([[w.e2, false], [w.e3, false]]);
      });

      it("ranks co-investors by shared deals", async () => {
        const w = await world();
        const co = await store.coInvestors(w.ali.id, 10);
        expect(co.map((c) => [c.name, c.shared])).toEqual([["红杉中国", 2], ["腾讯", 2]]);
        expect(await store.coInvestors(w.ali.id, 1)).toHaveLength(1);
      });

      it("filters rounds; filters combine; the total ignores the limit", async () => {
        const w = await world();
        const ids = async (f: Partial<RoundFilter>) => (await store.searchEvents({ ...all, ...f })).events.map((e) => e.id);
        expect(await ids({})).toEqual([w.e2, w.e1, w.e3, w.e4]);
        expect(await ids({ since: "2024-01-01" })).toEqual([w.e2, w.e1]);
        expect(await ids({ stages: ["b"] })).toEqual([w.e2, w.e3]);
        expect(await ids({ minAmount: 5e8 })).toEqual([w.e2, w.e1]);
        expect(await ids({ minAmount: 1e9, currency: "CNY" })).toEqual([w.e3]);
        expect(await ids({ currency: "USD" })).toEqual([w.e2, w.e1]);
        expect(await ids({ investorId: w.ten.id, stages: ["b"], since: "2024-01-01" })).toEqual([w.e2]);
        expect(await ids({ companyId: w.zhipu.id })).toEqual([w.e3, w.e4]);
        const page = await store.searchEvents({ ...all, limit: 1 });
        expect([page.events.length, page.total, page.more]).toEqual([1, 4, false]);
      });

      it("an investor's rounds, searches and co-investors include its units'", async () => {
        const w = await world();
        const unit = await store.create({ name: "腾讯投资", kind: "investor", registryId: null, parentId: w.ten.id });
        const sub = await store.create({ name: "腾讯投资一期基金", kind: "fund", registryId: null, parentId: unit.id });
        expect((await store.entity(unit.id))!.parentId).toBe(w.ten.id);
        expect((await store.units(w.ten.id)).map((u) => u.name)).toEqual(["腾讯投资", "腾讯投资一期基金"]);
        const id = await store.createEvent(w.moon.id, "2024-01-01T00:00:00Z");
        await store.setEventCurrent(id, current({ sortDay: "2024-06-01" }), [{ entityId: sub.id, lead: true }, { entityId: w.ali.id, lead: false }]);
        const rows = await store.eventsForInvestor(w.ten.id);
        expect(rows.map((r) => [r.id, r.lead, r.via.name])).toEqual([[id, true, "腾讯投资一期基金"], [w.e2, false, "腾讯"], [w.e3, false, "腾讯"]]);
        expect((await store.eventsForInvestor(unit.id)).map((r) => r.id)).toEqual([id]);
        expect((await store.searchEvents({ ...all, investorId: w.ten.id, since: "2024-04-01" })).events.map((e) => e.id)).toEqual([id]);
        expect((await store.coInvestors(w.ten.id, 10)).map((c) => [c.name, c.shared])).toEqual([["阿里巴巴", 3], ["红杉中国", 1]]);
      });

      it("counts matches up to 10,000 and then says there are more", async () => {
        const co = await store.create({ name: "c", kind: "company", registryId: null });
        await store.transaction(async () => {
          for (let i = 0; i < 10_002; i++) await store.setEventCurrent(await store.createEvent(co.id, "2024-01-01T00:00:00Z"), current(), []);
        });
        const r = await store.searchEvents({ ...all, limit: 3 });
        expect([r.events.length, r.total, r.more]).toEqual([3, 10_000, true]);
      });

      it("ranks companies by raised and investors by deals", async () => {
        const w = await world();
        expect((await store.topCompanies(10)).map((c) => [c.name, c.rounds])).toEqual([["月之暗面", 1], ["MiniMax", 1], ["智谱AI", 2]]);
        expect((await store.topInvestors(2)).map((i) => [i.entityId, i.deals, i.led])).toEqual([[w.ali.id, 3, 2], [w.hs.id, 3, 1]]);
      });

      it("streams every row of a table for export, past one page", async () => {
        for (let i = 0; i < 1005; i++) await store.create({ name: `公司${i}`, kind: "company", registryId: null });
        const rows = await collect(store.exportRows("entities"));
        expect(rows).toHaveLength(1005);
        expect(rows[1004]).toMatchObject({ name: "公司1004", kind: "company" });
      });

      it("exports events with their investors and claims with their source", async () => {
        const w = await world();
        const events = await collect(store.exportRows("events"));
        expect(events.map((e) => e.id)).toEqual([w.e1, w.e2, w.e3, w.e4]);
        expect(events[0]).toMatchObject({ company: "月之暗面", leads: ["阿里巴巴"], amount_currency: "USD" });
        const d = (await store.insertDocument(newDocument()))!;
        await store.addClaims([claim(w.e1, { documentId: d.id })]);
        const [c] = await collect(store.exportRows("claims"));
        expect(c).toMatchObject({ event_id: w.e1, field: "amount", text: "8亿美元", source: d.source, correction: false });
        expect(c!.value).toEqual({ min: 8e8, max: 8e8, currency: "USD", qualifier: "exact" });
      });
    });

    describe("transactions", () => {
      it("rolls everything back when the function throws", async () => {
        await expect(
          store.transaction(async () => {
            await store.insertDocument(newDocument());
            await store.create({ name: "x", kind: "company", registryId: null });
            throw new Error("boom");
          }),
        ).rejects.toThrow("boom");
        const c = await store.counts();
        expect([c.documents, c.entities]).toEqual([0, 0]);
      });

      it("commits; nested transactions join the outer one; a savepoint rolls back alone", async () => {
        await store.transaction(async () => {
          await store.insertDocument(newDocument());
          await store.transaction(async () => void (await store.insertDocument(newDocument())));
          await expect(
            store.savepoint(async () => {
              await store.insertDocument(newDocument());
              throw new Error("inner");
            }),
          ).rejects.toThrow("inner");
        });
        expect((await store.counts()).documents).toBe(2);
      });

      it("serializes concurrent transactions", async () => {
        const order: string[] = [];
        await Promise.all(
          ["a", "b", "c"].map((k) =>
            store.transaction(async () => {
              order.push(`${k}<`);
              await new Promise((r) => setTimeout(r, 5));
              await store.insertDocument(newDocument());
              order.push(`${k}>`);
            }),
          ),
        );
        expect(order).toEqual(["a<", "a>", "b<", "b>", "c<", "c>"]);
      });
    });
  });
}
