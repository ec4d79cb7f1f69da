import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { acquire } from "../../src/pipeline/1-acquire/index.js";
import { InputError } from "../../src/core/issue.js";
import { collect, expectWordsMapBack, fixture, tempDir } from "./helpers.js";

describe("files and directories", () => {
  it("walks a directory recursively in sorted order and skips dotfiles", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "b-sub", "deeper"), { recursive: true });
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, "c.txt"), "第三篇");
    writeFileSync(join(dir, "a.txt"), "第一篇");
    writeFileSync(join(dir, "b-sub", "deeper", "x.txt"), "第二篇");
    writeFileSync(join(dir, ".hidden.txt"), "不该读到");
    writeFileSync(join(dir, ".git", "HEAD"), "ref: refs/heads/main");
    const { docs, errors } = await collect([dir]);
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.text.text)).toEqual(["第一篇", "第二篇", "第三篇"]);
    expect(docs[1]!.meta.source).toBe(join(dir, "b-sub", "deeper", "x.txt"));
  });

  it("an empty directory is reported, not silently skipped", async () => {
    const dir = tempDir();
    const { docs, errors } = await collect([dir]);
    expect(docs).toEqual([]);
    expect(errors[0]).toMatchObject({ code: "empty_input", input: dir });
  });

  it("a missing path is one error and the batch goes on", async () => {
    const { docs, errors } = await collect(["/no/such/file.txt", fixture("discuz-print.txt")]);
    expect(errors.map((e) => [e.code, e.input, e.message])).toEqual([["unreadable", "/no/such/file.txt", "cannot read: no such file or directory"]]);
    expect(docs).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission is unreadable", async () => {
    const path = join(tempDir(), "locked.txt");
    writeFileSync(path, "秘密");
    chmodSync(path, 0o000);
    const { errors } = await collect([path]);
    expect(errors[0]).toMatchObject({ code: "unreadable", message: "cannot read: permission denied" });
  });

  it("a file over the size limit is refused, stating the limit", async () => {
    const path = join(tempDir(), "big.txt");
    writeFileSync(path, "融".repeat(2000));
    const { docs, errors } = await collect([path], { maxBytes: 1024 });
    expect(docs).toEqual([]);
    expect(errors[0]).toMatchObject({ code: "too_large", message: "larger than the 1 KiB limit (--max-bytes)" });
  });

  it("the document id is the sha256 of the raw bytes", async () => {
    const { docs } = await collect([fixture("discuz-print.txt")]);
    const hash = createHash("sha256").update(docs[0]!.raw).digest("hex");
    expect(docs[0]!.meta.id).toBe(hash);
  });
});

describe("stdin", () => {
  it("`-` reads stdin", async () => {
    const stdin = Readable.from([Buffer.from("标题: 测试 [打印本页]\n作者: a    时间: 2024-1-2 3:04\n"), Buffer.from("正文一句。\nPowered by Discuz! X3.4\n")]);
    const { docs } = await collect(["-"], { stdin });
    expect(docs[0]!.meta).toMatchObject({ source: "stdin", title: "测试", author: "a", published: "2024-01-02T03:04:00+08:00" });
    expectWordsMapBack(docs[0]!, ["正文一句。"]);
  });

  it("JSON lines on stdin are records too", async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"甲公司完成融资。"}\n{"id":"s2","text":"乙公司完成融资。"}\n')]);
    const { docs } = await collect(["-"], { stdin });
    expect(docs.map((d) => [d.meta.id, d.meta.source])).toEqual([["s1", "stdin:1"], ["s2", "stdin:2"]]);
  });
});

describe("JSON lines", () => {
  it("each good line is a document, each bad line one error, and the file goes on", async () => {
    const { docs, errors } = await collect([fixture("records.jsonl")]);
    const path = fixture("records.jsonl");
    expect(errors.map((e) => [e.code, e.input])).toEqual([
      ["json_line_malformed", `${path}:3`],
      ["json_line_no_text", `${path}:5`],
      ["json_line_no_text", `${path}:6`],
      ["json_line_malformed", `${path}:7`],
    ]);
    expect(errors[0]!.message).toMatch(/^malformed JSON line \(/);
    expect(docs.map((d) => d.meta.source)).toEqual([`${path}:1`, `${path}:2`, `${path}:8`]);
  });

  it("a record with a title: the original is title + blank line + text, and the title has a span", async () => {
    const { docs } = await collect([fixture("records.jsonl")]);
    const doc = docs[0]!;
    expect(doc.meta).toMatchObject({
      id: "r-1",
      format: "jsonl",
      title: "雲帆航運完成5000萬元天使輪融資",
      titleSpan: { start: 0, end: 17 },
      url: "https://news.example/a/1",
      published: "2024-04-02T10:00:00",
    });
    expect(doc.text.original).toBe("雲帆航運完成5000萬元天使輪融資\n\n雲帆航運科技（寧波）有限公司宣布完成5000萬元天使輪融資，由東海資本獨家投資。");
    expectWordsMapBack(doc, ["雲帆航運完成5000萬元天使輪融資", "東海資本"]);
    const lineBytes = Buffer.from(doc.raw).toString("utf8");
    expect(JSON.parse(lineBytes).id).toBe("r-1");
  });

  it("an HTML fragment in `text` is laid out, hidden parts removed; no id means the sha256 of the line", async () => {
    const { docs } = await collect([fixture("records.jsonl")]);
    const doc = docs[1]!;
    expect(doc.meta.id).toBe(createHash("sha256").update(doc.raw).digest("hex"));
    expect(doc.text.text).toBe("\u00a0\u00a0【融资快讯】深圳微光传感有限公司完成数千万元Pre-A轮融资。\n本轮由青松资本领投，老股东跟投。");
    expect(doc.text.originalSlice({ start: 0, end: 1 })).toBe("&nbsp;");
    expectWordsMapBack(doc, ["深圳微光传感有限公司", "青松资本"]);
    expect(doc.removed.map((r) => [r.reason, r.text])).toEqual([["hidden_element", '<span style="display:none">abc123</span>']]);
  });

  it("a forum page in `text` repeating the record's title keeps one title line", async () => {
    const dir = tempDir();
    const text = "某论坛\n\n标题: 甲公司完成A轮融资 [打印本页]\n\n作者: admin    时间: 2024-6-3 9:12\n标题: 甲公司完成A轮融资\n甲公司近日完成A轮融资。\n\n欢迎光临 某论坛 Powered by Discuz! X3.3";
    writeFileSync(join(dir, "forum.jsonl"), `${JSON.stringify({ id: "f1", title: "甲公司完成A轮融资", text })}\n`);
    const { docs } = await collect([join(dir, "forum.jsonl")]);
    expect(docs[0]!.text.text).toBe("甲公司完成A轮融资\n\n甲公司近日完成A轮融资。");
    expect(docs[0]!.meta).toMatchObject({ author: "admin", published: "2024-06-03T09:12:00+08:00", titleSpan: { start: 0, end: 9 } });
    expect(docs[0]!.removed.some((r) => r.text === "甲公司完成A轮融资")).toBe(true);
  });

  it("is recognized by its content without a .jsonl name; a line over the limit is refused alone", async () => {
    const dir = tempDir();
    const long = JSON.stringify({ id: "big", text: "长".repeat(600) });
    writeFileSync(join(dir, "export.txt"), `{"id":"a","text":"第一条"}\n${long}\r\n{"id":"c","text":"第三条"}`);
    const { docs, errors } = await collect([join(dir, "export.txt")], { maxBytes: 1024 });
    expect(docs.map((d) => d.text.text)).toEqual(["第一条", "第三条"]);
    expect(errors.map((e) => [e.code, e.input])).toEqual([["too_large", `${join(dir, "export.txt")}:2`]]);
  });

  it("streams: a 100k-record source is read only as far as the consumer has gone", async () => {
    let produced = 0;
    async function* lines() {
      for (let i = 0; i < 100_000; i++) {
        produced++;
        yield Buffer.from(`${JSON.stringify({ id: `n${i}`, text: `第${i}家公司完成融资。` })}\n`);
      }
    }
    const seen: string[] = [];
    for await (const item of acquire(["-"], { stdin: lines() })) {
      if (item instanceof InputError) throw item;
      seen.push(item.meta.id);
      if (seen.length === 5) break;
    }
    expect(seen).toEqual(["n0", "n1", "n2", "n3", "n4"]);
    // the 64 KiB sniff plus the five records, not the whole source
    expect(produced).toBeLessThan(2_000);
  });
});
