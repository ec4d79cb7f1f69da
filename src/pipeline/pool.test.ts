import { describe, expect, it } from "vitest";
import { MappedText } from "../core/mapped-text.js";
import { pipelineDoc } from "../../test/support/fixtures.js";
import { inlinePool, workerPool } from "./pool.js";

describe("the pipeline pool", () => {
  it("worker threads give the same result as this thread (MappedText crosses and is revived)", async () => {
    const docs = [
      pipelineDoc("北京月之暗面科技有限公司（以下简称“月之暗面”）完成融资。", { source: "a.txt" }),
      pipelineDoc("MiniMax(稀宇科技)完成新一轮融资。", { source: "b.txt" }),
      pipelineDoc("更正：本轮融资额为8亿美元。", { source: "c.txt", title: "更正" }),
    ];
    const inline = inlinePool();
    const workers = workerPool(2);
    try {
      for (const d of docs) {
        const hash = `h-${d.meta.source}`;
        const a = await inline.process(d, hash);
        const b = await workers.process(d, hash);
        expect({ ...b, reportedOn: a.reportedOn }).toEqual(a);
        expect(b.aliases.length + Number(b.correction)).toBeGreaterThan(0);
      }
    } finally {
      await workers.close();
    }
  });

  it("a revived map still answers (the structured clone keeps its fields)", () => {
    const m = MappedText.identity("abc").edit([{ start: 1, end: 2, text: "XY" }]);
    const clone = structuredClone(m);
    Object.setPrototypeOf(clone, MappedText.prototype);
    expect(clone.originalSlice({ start: 1, end: 3 })).toBe("b");
    clone.checkInvariants();
  });
});
