import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryOutput } from "../../src/cli/output.js";
import { sampleFiles } from "../../src/cli/commands/demo.js";

const dir = mkdtempSync(join(tmpdir(), "dealgraph-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = memoryOutput();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("dealgraph ingest", () => {
  const files = ["a", "b", "c"].map((n, i) => {
    const p = join(dir, `${n}.txt`);
    writeFileSync(p, `第${i + 1}篇：某公司完成${i + 1}亿元融资。`);
    return p;
  });

  it("stores each document byte-exact; the same bytes again are a no-op", async () => {
    const db = join(dir, "one.db");
    const first = await run("ingest", ...files, "--db", db);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^ingested 3 documents: 3 stored, 0 already stored, 0 failed/u);
    const again = await run("ingest", ...files, "--db", db, "--json");
    expect(JSON.parse(again.out)).toMatchObject({ done: 3, stored: 0, unchanged: 3, failed: 0, interrupted: false });
    const raw = new Database(db).prepare("SELECT r.raw FROM document_raw r JOIN documents d ON d.id = r.document_id WHERE d.source = ?").get(files[0]) as { raw: Buffer };
    expect(raw.raw.toString("utf8")).toBe("第1篇：某公司完成1亿元融资。");
  });

  it("an unreadable input gets one line and is recorded; the rest is stored", async () => {
    const db = join(dir, "two.db");
    const missing = join(dir, "missing.txt");
    const r = await run("ingest", files[0]!, missing, "--db", db);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(new RegExp(`^dealgraph: ${missing.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}: `, "u"));
    expect(r.out).toMatch(/1 stored, 0 already stored, 0 failed, 1 unreadable/u);
    const row = new Database(db).prepare("SELECT source, code FROM input_errors").get();
    expect(row).toEqual({ source: missing, code: "unreadable" });
    expect((await run("ingest", missing, "--db", join(dir, "three.db"))).code).toBe(1);
  });

  it("--jobs 2 stores the same documents as one thread", async () => {
    const a = join(dir, "jobs1.db");
    const b = join(dir, "jobs2.db");
    await run("ingest", ...files, "--db", a);
    expect((await run("ingest", ...files, "--db", b, "--jobs", "2")).code).toBe(0);
    const hashes = (p: string) => new Database(p).prepare("SELECT hash, text_hash FROM documents ORDER BY hash").all();
    expect(hashes(b)).toEqual(hashes(a));
  });

  it("must not accept a bad --jobs", async () => {
    expect((await run("ingest", ...files, "--db", join(dir, "x.db"), "--jobs", "0")).code).toBe(2);
  });
});

describe("dealgraph demo", () => {
  it("ingests the bundled samples into a fresh database and prints the landscape", async () => {
    const db = join(dir, "demo.db");
    const r = await run("demo", "--db", db);
    expect(r.code).toBe(0);
    const n = sampleFiles().length;
    expect(n).toBeGreaterThanOrEqual(8);
    expect(r.out).toContain(`${n} sample articles`);
    expect(r.out).toMatch(new RegExp(`^${n} documents \\(`, "mu"));
    expect(r.out).toMatch(/Explore it: dealgraph company 月之暗面 --db /u);
    const again = await run("demo", "--db", db);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists; demo writes a fresh database/u);
  });
});
