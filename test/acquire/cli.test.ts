import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { textCommand } from "../../src/cli/commands/text.js";
import { main } from "../../src/cli/main.js";
import { memoryOutput } from "../../src/cli/output.js";
import { fixture, tempDir } from "./helpers.js";

function badInputs() {
  const dir = tempDir();
  const files = {
    binary: join(dir, "image.png"),
    empty: join(dir, "empty.txt"),
    jsonl: join(dir, "records.jsonl"),
    truncated: fixture("truncated.html"),
    missing: join(dir, "missing.html"),
  };
  writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(files.empty, "");
  writeFileSync(files.jsonl, '{"id":"ok","text":"丙公司完成融资。"}\n{"id":"broken","text":\n{"id":"blank","text":""}\n');
  return { dir, files };
}

describe("dealgraph text", () => {
  it("prints the clean text of each input", async () => {
    const io = memoryOutput();
    const code = await textCommand([fixture("discuz-print.txt")], {}, io);
    expect(code).toBe(0);
    expect(io.stdout()).toContain("启航电池完成2亿元B轮融资\n\n合肥启航电池科技有限公司");
    expect(io.stdout()).not.toContain("Powered by");
    expect(io.stderr()).toBe("");
  });

  it("--json prints the document record", async () => {
    const io = memoryOutput();
    await textCommand([fixture("discuz-thread.html")], { json: true }, io);
    const rec = JSON.parse(io.stdout().trim());
    expect(rec).toMatchObject({ title: "星耀醫療獲2億元B輪融資", author: "海風", published: "2024-05-21T14:08:00+08:00", encoding: "utf-8", source: fixture("discuz-thread.html") });
    expect(rec.id).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(rec)).toEqual(["id", "source", "title", "author", "published", "language", "encoding", "text", "removed", "issues"]);
    expect(rec.removed.map((r: { reason: string }) => r.reason)).toContain("hidden_element");
    for (const r of rec.removed) expect(Object.keys(r)).toEqual(["start", "end", "text", "reason"]);
  });

  it("--original prints the decoded original that spans point into", async () => {
    const io = memoryOutput();
    await textCommand([fixture("discuz-thread.html")], { original: true }, io);
    expect(io.stdout()).toContain('<font class="jammer">g8Qe1</font>');
  });

  it("reads `-` from stdin", async () => {
    const io = memoryOutput();
    const code = await textCommand(["-"], {}, io, { stdin: Readable.from([Buffer.from("来自标准输入的一句话。")]) });
    expect(code).toBe(0);
    expect(io.stdout()).toBe("来自标准输入的一句话。\n");
  });

  it("bad inputs: one line each on stderr, the rest of the batch printed, exit 0", async () => {
    const { files } = badInputs();
    const io = memoryOutput();
    const code = await textCommand(
      [files.binary, files.empty, files.missing, files.jsonl, files.truncated, fixture("discuz-print.txt")],
      {},
      io,
      { maxBytes: 1_000_000 },
    );
    expect(code).toBe(0);
    const lines = io.stderr().trimEnd().split("\n");
    expect(lines).toEqual([
      `dealgraph: ${files.binary}: not text (PNG image)`,
      `dealgraph: ${files.empty}: empty input (0 bytes)`,
      `dealgraph: ${files.missing}: cannot read: no such file or directory`,
      expect.stringMatching(new RegExp(`^dealgraph: ${files.jsonl}:2: malformed JSON line \\(.+\\)$`)),
      `dealgraph: ${files.jsonl}:3: record has an empty "text"`,
      `dealgraph: ${files.truncated}: the HTML ends abruptly (cut inside a tag or before </body>); extracted what is there`,
    ]);
    expect(io.stderr()).not.toMatch(/\n\s+at /);
    expect(io.stdout()).toContain("丙公司完成融资。");
    expect(io.stdout()).toContain("成都远帆物流科技有限公司");
    expect(io.stdout()).toContain("合肥启航电池科技有限公司");
  });

  it("exits non-zero only when nothing could be read", async () => {
    const { files } = badInputs();
    const io = memoryOutput();
    expect(await textCommand([files.binary, files.empty, files.missing], {}, io)).toBe(1);
  });

  it("a page over --max-bytes states the limit", async () => {
    const io = memoryOutput();
    const code = await main(["text", "--max-bytes", "1k", fixture("news-page.html")], io);
    expect(code).toBe(1);
    expect(io.stderr()).toBe(`dealgraph: ${fixture("news-page.html")}: larger than the 1 KiB limit (--max-bytes)\n`);
  });

  it("must not accept a nonsense size or timeout", async () => {
    const io = memoryOutput();
    expect(await main(["text", "--max-bytes", "lots", "x"], io)).not.toBe(0);
    expect(io.stderr()).toContain('not a size: "lots"');
    expect(await main(["text", "--timeout", "-3", "x"], memoryOutput())).not.toBe(0);
  });
});
