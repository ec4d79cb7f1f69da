import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryOutput } from "../../src/cli/output.js";
import { csvField } from "../../src/pipeline/4-extract/formats/csv.js";
import { FIXTURES } from "./helpers.js";

async function run(args: string[]) {
  const io = memoryOutput();
  const code = await main(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe("extract --format duee", () => {
  let lines: { id: string; event_list: { arguments: { role: string; argument: string }[] }[] }[] = [];
  beforeAll(async () => {
    const { code, stdout } = await run(["extract", "--format", "duee", FIXTURES + "zh.jsonl"]);
    expect(code).toBe(0);
    lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
  });

  it("writes one line per input record, keeping the record id", () => {
    expect(lines.map((l) => l.id)).toContain("noisy");
    expect(lines).toHaveLength(22);
  });

  it("cuts arguments from the original input: Traditional script and full-width forms stay", () => {
    const args = lines.find((l) => l.id === "noisy")!.event_list[0]!.arguments;
    expect(args).toEqual(
      expect.arrayContaining([
        { role: "被投资方", argument: "西風科技（深圳）有限公司" },
        { role: "融资金额", argument: "１.２億元" },
        { role: "融资轮次", argument: "Ａ" },
        { role: "领投方", argument: "經緯創投" },
        { role: "投资方", argument: "經緯創投" },
      ]),
    );
  });

  it("lists a lead twice (领投方 and 投资方), drops 轮, and gives bonds no round", () => {
    const one = lines.find((l) => l.id === "single-lead-follow")!.event_list[0]!.arguments;
    expect(one.filter((a) => a.argument === "启明创投").map((a) => a.role).sort()).toEqual(["投资方", "领投方"]);
    expect(one).toContainEqual({ role: "融资轮次", argument: "B" });
    const bond = lines.find((l) => l.id === "bond")!.event_list[0]!.arguments;
    expect(bond.some((a) => a.role === "融资轮次")).toBe(false);
  });

  it("exports no totals, no undisclosed amounts and nothing for negatives", () => {
    expect(lines.find((l) => l.id === "cumulative")!.event_list).toEqual([]);
    expect(lines.find((l) => l.id === "margin-trading")!.event_list).toEqual([]);
    const roundup = lines.find((l) => l.id === "roundup")!.event_list;
    expect(roundup.flatMap((e) => e.arguments).some((a) => a.argument.includes("未披露"))).toBe(false);
  });
});

describe("extract --format json and csv", () => {
  it("follows the output contract: documents with events, spans into the original", async () => {
    const { stdout } = await run(["extract", "--format", "json", FIXTURES + "en.jsonl"]);
    const out = JSON.parse(stdout) as { documents: { id: string; events: Record<string, unknown>[] }[] };
    const doc = out.documents.find((d) => d.id === "en-single")!;
    expect(doc.events[0]).toMatchObject({
      kind: "financing",
      company: { name: "Brightwave", text: "Brightwave" },
      round: { stage: "b", label: "Series B" },
      amount: { min: 30_000_000, max: 30_000_000, currency: "USD", qualifier: "exact", text: "$30 million" },
      status: "completed",
    });
  });

  it("writes one CSV row per event after a header, quoting fields that need it", async () => {
    const { stdout } = await run(["extract", "--format", "csv", FIXTURES + "en.jsonl"]);
    const rows = stdout.trim().split("\n");
    expect(rows[0]).toMatch(/^document_id,source,company,/u);
    expect(rows.filter((r) => r.startsWith("en-roundup,"))).toHaveLength(2);
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("plain")).toBe("plain");
  });
});

describe("extract: bad input", () => {
  it("reports broken JSON lines and empty texts, extracts the rest, exits 0", async () => {
    const { code, stdout, stderr } = await run(["extract", "--format", "duee", FIXTURES + "broken.jsonl"]);
    expect(code).toBe(0);
    const ids = stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toContain("ok-1");
    expect(ids).toContain("ok-2");
    expect(stderr).toMatch(/broken\.jsonl:2/u);
    expect(stderr.split("\n").every((l) => !/^\s+at /u.test(l))).toBe(true);
  });

  it("survives 5 MB of one repeated character and random bytes", async () => {
    const { acquire, normalize } = await import("../../src/pipeline/index.js");
    const { extract } = await import("../../src/pipeline/4-extract/index.js");
    const { MappedText } = await import("../../src/core/mapped-text.js");
    for await (const item of acquire([FIXTURES + "zh.jsonl"])) {
      if (!("meta" in item)) continue;
      const long = normalize({ ...item, text: MappedText.identity("融".repeat(5_000_000)) });
      expect(extract(long).value.events).toEqual([]);
      let seed = 7;
      const noise = Array.from({ length: 200_000 }, () => String.fromCharCode((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 0xffff));
      const random = normalize({ ...item, text: MappedText.identity(noise.join("")) });
      expect(() => extract(random)).not.toThrow();
      break;
    }
  });
});

describe("extract --registry", () => {
  it("a registry file that cannot be read is one line and a non-zero exit", async () => {
    const { code, stderr } = await run(["extract", "--format", "json", "--registry", FIXTURES + "no-such-registry.jsonl", FIXTURES + "en.jsonl"]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/no-such-registry\.jsonl/u);
  });

  it("the user's entities are recognized, in this process and in workers started later", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { Lexicon } = await import("../../src/pipeline/3-recognize/org/lexicon.js");
    const file = join(mkdtempSync(join(tmpdir(), "dealgraph-registry-")), "mine.jsonl");
    writeFileSync(file, '{"id":"lanling","kind":"investor","name":"兰陵","aliases":["Lanling"]}\n');
    const before = process.env.DEALGRAPH_REGISTRY;
    try {
      expect(Lexicon.active().lookup("兰陵")).toBeNull();
      await run(["extract", "--format", "json", "--registry", file, FIXTURES + "en.jsonl"]);
      expect(Lexicon.active().lookup("兰陵")?.id).toBe("lanling");
    } finally {
      if (before === undefined) delete process.env.DEALGRAPH_REGISTRY;
      else process.env.DEALGRAPH_REGISTRY = before;
    }
  });
});
