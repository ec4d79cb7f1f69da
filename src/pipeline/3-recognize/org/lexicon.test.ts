import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, toEntry, type LexiconEntry } from "./entries.js";
import { Lexicon } from "./lexicon.js";

const entry = (o: object) => toEntry(o) as LexiconEntry;

describe("the built-in registry", () => {
  const lex = Lexicon.builtin();

  it("parses without issues or name conflicts, and every parent exists", () => {
    expect(Lexicon.builtinIssues()).toEqual([]);
    for (const e of lex.entries()) if (e.parent) expect(lex.get(e.parent), `${e.id} → ${e.parent}`).not.toBeNull();
  });

  it("holds several hundred entries of every kind", () => {
    expect(lex.size).toBeGreaterThanOrEqual(300);
    const kinds = new Set(lex.entries().map((e) => e.kind));
    for (const k of ENTITY_KINDS) expect(kinds.has(k), k).toBe(true);
  });

  it.each([
    ["红杉中国", "hongshan"],
    ["紅杉中國", "hongshan"],
    ["ＩＤＧ资本", "idg-capital"],
    ["idg资本", "idg-capital"],
    ["  Sequoia Capital ", "sequoia-capital"],
    ["ANDREESSEN HOROWITZ", "a16z"],
    ["大基金二期", "big-fund-ii"],
    ["稀宇科技", "minimax"],
    ["腾讯投资", "tencent-investment"],
  ])("lookup(%s) → %s (case, width and script do not matter)", (name, id) => {
    expect(lex.lookup(name)?.id).toBe(id);
  });

  it("lookup is exact: no partial names", () => {
    expect(lex.lookup("红杉")).toBeNull();
    expect(lex.lookup("红杉中国领投")).toBeNull();
  });

  it("gives a parent for investment arms", () => {
    expect(lex.lookup("腾讯投资")?.parent).toBe("tencent");
    expect(lex.lookup("晨道资本")?.parent).toBe("catl");
  });
});

describe("findAll", () => {
  const lex = Lexicon.builtin();
  const names = (text: string) => lex.findAll(text).map((m) => [m.text, m.entry.id]);

  it("finds the longest name, left to right, without overlaps", () => {
    expect(names("大基金二期和大基金")).toEqual([["大基金二期", "big-fund-ii"], ["大基金", "big-fund"]]);
    expect(names("京东方与京东")).toEqual([["京东方", "boe"], ["京东", "jd"]]);
  });

  it("matches Latin names only at word boundaries", () => {
    expect(names("Accel led; Accelerate and Accelerator did not")).toEqual([["Accel", "accel"]]);
    expect(names("xAIs")).toEqual([]);
  });

  it("matches one-word Latin names as written or in capitals, not in lower case", () => {
    expect(names("Benchmark, BENCHMARK, benchmark")).toEqual([["Benchmark", "benchmark"], ["BENCHMARK", "benchmark"]]);
  });

  it("matches Traditional and full-width forms, with spans into the text as given", () => {
    const [m] = lex.findAll("由深創投領投");
    expect(m).toMatchObject({ start: 1, end: 4, text: "深創投" });
    expect(m?.entry.name).toBe("深创投");
  });
});

describe("a user's registry file", () => {
  const dir = mkdtempSync(join(tmpdir(), "dealgraph-lexicon-"));

  it("extends the built-in registry and reports bad lines as issues", () => {
    const path = join(dir, "mine.jsonl");
    writeFileSync(
      path,
      [
        '{"id":"blue-harbor","kind":"investor","name":"蓝港资本","en":"Blue Harbor Capital","aliases":["Blue Harbor"]}',
        "not json",
        '{"id":"Bad Id","kind":"investor","name":"某某"}',
        '{"id":"x-fund","kind":"hedge","name":"某基金"}',
        "",
        "# a comment",
        '{"id":"tencent","kind":"corporate","name":"腾讯","aliases":["鹅厂"]}',
      ].join("\n"),
    );
    const { value: lex, issues } = Lexicon.fromFile(path);
    expect(issues.map((i) => [i.code, i.message.replace(path, "F")])).toEqual([
      ["registry_line_malformed", "F:2: not valid JSON"],
      ["registry_line_malformed", 'F:3: "id" must be lowercase words joined by "-"'],
      ["registry_line_malformed", 'F:4: "kind" must be one of company, investor, fund, corporate, government, bank'],
    ]);
    expect(lex.lookup("blue harbor")?.id).toBe("blue-harbor");
    // same id: names are added to the built-in ones
    expect(lex.lookup("鹅厂")?.id).toBe("tencent");
    expect(lex.lookup("Tencent Holdings")?.id).toBe("tencent");
    expect(Lexicon.builtin().lookup("鹅厂")).toBeNull();
  });

  it("reports a name taken from another entry and a missing parent", () => {
    const lex = Lexicon.empty()
      .extend([entry({ id: "a", kind: "company", name: "甲公司" })])
      .extend([entry({ id: "b", kind: "company", name: "乙公司", aliases: ["甲公司"], parent: "zzz" })]);
    expect(lex.lookup("甲公司")?.id).toBe("b");
    expect(lex.conflicts).toEqual(['"甲公司" moved from a to b', 'b: parent "zzz" is not in the registry']);
  });
});
