import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryOutput } from "../../src/cli/output.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { buildWorld, WORLD_REGISTRY_LINES } from "../support/world.js";

/** The query commands, run in memory (no process) against a knowledge base built from fixtures. */
const dir = mkdtempSync(join(tmpdir(), "dealgraph-cli-"));
const db = join(dir, "world.db");
const registry = join(dir, "registry.jsonl");

beforeAll(async () => {
  writeFileSync(registry, `${WORLD_REGISTRY_LINES.join("\n")}\n`);
  const store = await SqliteStore.open(db);
  await buildWorld(store);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = memoryOutput();
  const code = await main([...args, ...(args[0] === "demo" || args.includes("--db") ? [] : ["--db", db]), "--registry", registry], io);
  return { code, out: io.stdout(), err: io.stderr() };
}
const json = async (...args: string[]) => {
  const r = await run(...args, "--json");
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};

describe("dealgraph company", () => {
  it("shows the funding history as a table, with the corrected amount", async () => {
    const r = await run("company", "月之暗面");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^月之暗面 \(company\) — also: .*Moonshot AI/u);
    expect(r.out).toMatch(/Total raised: \$800M · Latest valuation: \$2\.5B \(2024-02\)/u);
    expect(r.out).toMatch(/2024-02\s+new round\s+\$800M\s+\$2\.5B\s+阿里巴巴\s+阿里巴巴, 红杉中国\s+3/u);
    expect(r.out).not.toMatch(/超10亿美元/u);
  });

  it("--claims shows every claim with its source sentence and the rule", async () => {
    const r = await run("company", "Moonshot AI", "--claims");
    expect(r.out).toMatch(/amount: rule correction \(a correction beats what it corrects\)/u);
    expect(r.out).toMatch(/✗ ≥ \$1B {2}2024-02-19 {2}doc \d+ .*\[superseded: correction notice/u);
    expect(r.out).toMatch(/“2月，月之暗面完成新一轮超10亿美元融资/u);
    expect(r.out).toMatch(/✓ \$800M {2}2024-02-22/u);
  });

  it("--as-of shows what the knowledge base said then; --json carries it", async () => {
    const then = await json("company", "月之暗面", "--as-of", "2024-02-20");
    expect(then.asOf).toBe("2024-02-20");
    expect(then.rounds[0].amount).toMatchObject({ value: { min: 1e9, max: null, qualifier: "at_least" }, rule: "agreed" });
    const now = await json("company", "月之暗面", "--claims");
    expect(now.rounds[0].amount.value.min).toBe(8e8);
    expect(now.rounds[0].claims.length).toBeGreaterThan(5);
  });

  it("totals are honest about what is not known", async () => {
    const r = await run("company", "智谱AI");
    expect(r.out).toMatch(/Total raised: unknown, 2 rounds undisclosed \(not counted: 1 cumulative\)/u);
  });

  describe("must fail with one line", () => {
    it.each([
      [["company", "无此公司"], 1, /^dealgraph: no company named "无此公司" in the knowledge base\n$/u],
      [["company", "月之暗面", "--as-of", "yesterday"], 2, /^dealgraph: --as-of needs a date/u],
    ])("%j", async (args, code, err) => {
      const r = await run(...(args as string[]));
      expect([r.code, r.out]).toEqual([code, ""]);
      expect(r.err).toMatch(err);
    });
  });
});

describe("dealgraph investor", () => {
  it("阿里 lists 月之暗面, MiniMax, 零一万物, 智谱AI and 百川智能", async () => {
    const r = await run("investor", "阿里");
    for (const c of ["月之暗面", "MiniMax", "零一万物", "智谱AI", "百川智能"]) expect(r.out).toContain(c);
    expect(r.out).toMatch(/Counting its units: 阿里云/u);
    expect(r.out).toMatch(/5 portfolio companies · 5 rounds · 2 led/u);
    expect(r.out).toMatch(/零一万物\s+1\s+0\s+2023-11-06\s+rounds \+ statement\s+阿里云/u);
    expect(r.out).toMatch(/Co-investors \(by shared rounds\)\n.*\n.*\n腾讯\s+3/u);
  });

  it("腾讯 lists 智谱AI, 百川智能, MiniMax; 字节跳动 is not an investor of MiniMax", async () => {
    const t = await json("investor", "腾讯");
    expect(t.portfolio.map((p: { company: string }) => p.company).sort()).toEqual(["MiniMax", "智谱AI", "百川智能"].sort());
    const b = await run("investor", "字节跳动");
    expect(b.out).toMatch(/0 portfolio companies/u);
    expect(b.out).toMatch(/Not an investor of \(withdrew or denied\): MiniMax/u);
  });
});

describe("dealgraph rounds", () => {
  it("filters combine", async () => {
    const r = await json("rounds", "--since", "2023-01", "--min", "100m", "--currency", "USD", "--investor", "腾讯");
    expect(r.events.map((e: { companyName: string }) => e.companyName)).toEqual(["MiniMax", "百川智能"]);
    expect(r.filter).toMatchObject({ since: "2023-01-01", minAmount: 1e8, currency: "USD" });
    const b = await json("rounds", "--stage", "b", "--investor", "腾讯");
    expect(b.events.map((e: { companyName: string }) => e.companyName)).toEqual(["智谱AI"]);
  });

  it("a table for people, with a note on approximate USD", async () => {
    const r = await run("rounds", "--min", "1亿");
    expect(r.out).toMatch(/^date\s+company\s+round\s+amount/u);
    expect(r.out).toMatch(/--min compares approximate US dollars/u);
  });

  describe("must fail with a usage line", () => {
    it.each([
      [["rounds", "--min", "lots"], /not an amount: "lots"/u],
      [["rounds", "--stage", "z"], /unknown stage "z"/u],
      [["rounds", "--currency", "BTC"], /unknown currency "BTC"/u],
      [["rounds", "--since", "last year"], /--since needs a date/u],
      [["rounds", "--investor", "无此机构"], /no investor named "无此机构"/u],
    ])("%j", async (args, err) => {
      const r = await run(...(args as string[]));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(err);
      expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    });
  });
});

describe("dealgraph export", () => {
  it("json: one value with entities, events and claims", async () => {
    const r = await run("export", "--format", "json");
    const v = JSON.parse(r.out);
    expect(Object.keys(v)).toEqual(["entities", "events", "claims"]);
    expect(v.events).toHaveLength(8);
    expect(v.entities.find((e: { name: string }) => e.name === "阿里巴巴").aliases).toContain("Alibaba");
    expect(v.claims.some((c: { superseded_on: string | null; text: string }) => c.text === "超10亿美元" && c.superseded_on)).toBe(true);
  });

  it("jsonl: one record per line, each naming its table", async () => {
    const lines = (await run("export", "--format", "jsonl")).out.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(new Set(lines.map((l) => l.table))).toEqual(new Set(["entities", "events", "claims"]));
    expect(lines.filter((l) => l.table === "events")).toHaveLength(8);
  });

  it("csv: one table with a header, fields quoted when needed", async () => {
    const r = await run("export", "--format", "csv", "--table", "events");
    const rows = r.out.trimEnd().split("\r\n");
    expect(rows[0]!.split(",").slice(0, 3)).toEqual(["id", "company_id", "company"]);
    expect(rows).toHaveLength(9);
    expect(r.out).toMatch(/"\[""阿里巴巴"",""腾讯""\]"/u); // a JSON list inside a CSV field
    const claims = await run("export", "--format", "csv", "--table", "claims");
    expect(claims.out).toContain(',"In May 2023 Anthropic raised $450 million in a Series C led by Spark Capital, with Google and Salesforce Ventures.",');
    expect(claims.out).toContain(",2月，月之暗面完成新一轮超10亿美元融资，由阿里领投，红杉中国跟投，估值达25亿美元。,"); // full-width commas need no quotes
  });

  it("must not accept an unknown format", async () => {
    expect((await run("export", "--format", "xml")).code).toBe(2);
  });
});

describe("a database that is not one", () => {
  it.each([
    ["text", "this is not a database\n".repeat(100), /not a dealgraph database/u],
    ["a missing file", null, /no database here/u],
  ])("%s gives one clear line", async (_label, content, err) => {
    const path = join(dir, `bad-${Math.random()}.db`);
    if (content !== null) writeFileSync(path, content);
    const r = await run("company", "月之暗面", "--db", path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(err);
    expect(r.err).toContain(path);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat \S+:\d+/u); // no stack trace
  });

  it("a bad registry file gives one clear line", async () => {
    const bad = join(dir, "bad-registry.jsonl");
    writeFileSync(bad, "{oops\n");
    const io = memoryOutput();
    expect(await main(["company", "月之暗面", "--db", db, "--registry", bad], io)).toBe(1);
    expect(io.stderr()).toMatch(/bad-registry\.jsonl: line 1: not valid JSON/u);
  });
});

describe("dealgraph edit", () => {
  it("a human edit changes the current value and shows as the rule", async () => {
    const path = join(dir, "edit.db");
    const store = await SqliteStore.open(path);
    await buildWorld(store);
    await store.close();
    const before = await json("company", "MiniMax", "--db", path);
    const event = String(before.rounds[0].eventId);
    const e = await run("edit", "set", event, "amount", "6.5亿美元", "--note", "press release", "--author", "tester", "--db", path);
    expect(e.code).toBe(0);
    const after = await json("company", "MiniMax", "--db", path, "--claims");
    expect(after.rounds[0].amount).toMatchObject({ value: { min: 6.5e8, currency: "USD" }, rule: "human_edit" });
    expect((await run("edit", "set", "999", "amount", "1亿美元", "--db", path)).err).toMatch(/no event 999/u);
  });
});
