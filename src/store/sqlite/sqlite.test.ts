import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { storeContract } from "../contract.js";
import { StoreError } from "../errors.js";
import { SqliteStore } from "./sqlite-store.js";
import { SCHEMA_VERSION } from "./migrations.js";

const dir = mkdtempSync(join(tmpdir(), "dealgraph-sqlite-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract("sqlite file", () => SqliteStore.open(join(dir, `contract-${++n}.db`)));
storeContract("sqlite memory", () => SqliteStore.open(":memory:"));

describe("sqlite backend", () => {
  const open = async (name: string) => SqliteStore.open(join(dir, name));
  const failure = async (path: string, opts = {}) => {
    try {
      await (await SqliteStore.open(path, opts)).close();
    } catch (e) {
      return e;
    }
    return null;
  };

  it("applies the migrations once, in WAL mode, and keeps data across opens", async () => {
    const s = await open("persist.db");
    await s.create({ name: "月之暗面", kind: "company", registryId: null });
    await s.close();
    const raw = new Database(join(dir, "persist.db"));
    expect(raw.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();
    const again = await open("persist.db");
    expect((await again.counts()).entities).toBe(1);
    await again.close();
  });

  it.each([
    ["a text file", "corrupt.db", "this is not a database, just text\n".repeat(200), "not_a_database"],
    ["random bytes", "random.db", Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 37 + 11) % 256)), "not_a_database"],
  ])("refuses %s with one clear error", async (_label, name, content, code) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const e = await failure(path);
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe(code);
    expect((e as StoreError).message).toContain(path);
    expect((e as StoreError).message.split("\n")).toHaveLength(1);
  });

  it("refuses another program's SQLite database and a newer schema", async () => {
    const foreign = join(dir, "foreign.db");
    const f = new Database(foreign);
    f.exec("CREATE TABLE things (x)");
    f.close();
    expect(((await failure(foreign)) as StoreError).code).toBe("foreign_database");

    const newer = join(dir, "newer.db");
    (await open("newer.db")).close();
    const nw = new Database(newer);
    nw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    nw.close();
    expect(((await failure(newer)) as StoreError).code).toBe("too_new");
  });

  it("a query on a missing database does not create one", async () => {
    const path = join(dir, "missing.db");
    expect(((await failure(path, { mustExist: true })) as StoreError).code).toBe("missing");
    expect(() => new Database(path, { fileMustExist: true })).toThrow();
  });

  it("two connections on one file: the second waits for the first one's write lock", async () => {
    const path = join(dir, "two.db");
    const a = await SqliteStore.open(path);
    const b = await SqliteStore.open(path, { busyTimeoutMs: 5000 });
    await a.create({ name: "a", kind: "company", registryId: null });
    await b.create({ name: "b", kind: "company", registryId: null });
    expect((await a.counts()).entities).toBe(2);
    await a.close();
    await b.close();
  });
});
