import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { EMPTY_REGISTRY } from "../../src/pipeline/5-resolve/registry.js";
import { ingest } from "../../src/store/ingest.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";

it("a writer bug on one document rolls back only that document; it is stored as failed and the batch goes on", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dealgraph-batch-"));
  const files = ["a", "b", "c"].map((n) => {
    const p = join(dir, `${n}.txt`);
    writeFileSync(p, `${n}: 某公司完成新一轮融资。`);
    return p;
  });
  const real = await SqliteStore.open(":memory:");
  // the same store, except that storing the mentions of b.txt throws (standing in for a bug)
  const store = new Proxy(real, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (prop !== "insertMentions") return typeof v === "function" ? v.bind(target) : v;
      return async (documentId: number, mentions: never[]) => {
        if ((await target.document(documentId))?.source.endsWith("b.txt")) throw new Error("boom");
        return target.insertMentions(documentId, mentions);
      };
    },
  }) as Store;
  const s = await ingest(store, files, { registry: EMPTY_REGISTRY });
  expect(s).toMatchObject({ done: 3, stored: 2, failed: 1 });
  const b = await real.documentByHash((await real.document(2))!.hash);
  expect(b).toMatchObject({ status: "failed", error: "while storing: Error: boom" });
  expect((await real.counts()).documents).toBe(3);
  await real.close();
});
