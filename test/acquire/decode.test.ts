import { writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/issue.js";
import { decode } from "../../src/pipeline/1-acquire/4-decode.js";
import { collect, expectWordsMapBack, one, tempDir } from "./helpers.js";

// Pages written for these tests and encoded here, so the fixtures are the bytes a legacy site sends.
const GBK_PAGE = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>赤霞生物完成6000万元Pre-A轮融资</title></head>
<body><article><h1>赤霞生物完成6000万元Pre-A轮融资</h1>
<p>南京赤霞生物科技有限公司近日完成6000万元Pre-A轮融资，本轮由紫金创投领投，钟山资本跟投。公司主要研发用于水产养殖的微生物制剂。</p>
<p>创始人王启明表示，本轮资金将用于扩充发酵产能，并在广东、福建建立示范基地。</p></article></body></html>`;
const BIG5_PAGE = `<!DOCTYPE html><html><head><meta charset="big5"><title>鯨躍科技獲1.5億元B輪融資</title></head>
<body><article><h1>鯨躍科技獲1.5億元B輪融資</h1>
<p>臺北鯨躍科技股份有限公司宣布完成新臺幣1.5億元B輪融資，由玉山創投領投，國發基金與老股東啟航資本跟投。</p>
<p>鯨躍科技專注於港口自動化設備，資金將用於擴大東南亞的業務團隊。</p></article></body></html>`;
const GBK_TEXT = "杭州青屿数据有限公司宣布完成数千万元天使轮融资，由西湖资本领投，钱塘基金跟投。本轮资金将用于产品研发和团队建设。";
const BIG5_TEXT = "高雄海岸能源股份有限公司宣布完成新臺幣八千萬元A輪融資，由港都創投領投。本輪資金將用於擴建儲能工廠。";

function write(name: string, bytes: Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

describe("encodings", () => {
  it("a GBK page with a meta charset decodes as GB18030, not a guess", async () => {
    const doc = await one(write("gbk.html", iconv.encode(GBK_PAGE, "gbk")));
    expect(doc.meta.encoding).toBe("gb18030");
    expect(doc.issues).toEqual([]);
    expect(doc.meta.title).toBe("赤霞生物完成6000万元Pre-A轮融资");
    expectWordsMapBack(doc, ["南京赤霞生物科技有限公司", "紫金创投领投", "王启明"]);
  });

  it("a Big5 page with a meta charset", async () => {
    const doc = await one(write("big5.html", iconv.encode(BIG5_PAGE, "big5")));
    expect(doc.meta.encoding).toBe("big5");
    expect(doc.issues).toEqual([]);
    expectWordsMapBack(doc, ["臺北鯨躍科技股份有限公司", "新臺幣1.5億元B輪融資", "玉山創投領投", "啟航資本"]);
  });

  const guessed: [string, string, string][] = [
    ["GBK text without a declaration", GBK_TEXT, "gbk"],
    ["Big5 text without a declaration", BIG5_TEXT, "big5"],
    ["a short GBK headline", "星衡医疗获近亿元B轮融资", "gbk"],
    ["a short Big5 headline", "寧波甬嘉新材完成1.2億元B輪融資", "big5"],
  ];
  it.each(guessed)("%s is guessed from the content and the guess reported", (_name, text, enc) => {
    const d = decode("x", iconv.encode(text, enc), null);
    if (d instanceof InputError) throw d;
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(enc === "gbk" ? "gb18030" : "big5");
    expect(d.issues.map((i) => i.code)).toEqual(["encoding_guessed"]);
  });

  const byBom: [string, Uint8Array, string][] = [
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GBK_TEXT)]), "utf-8"],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(BIG5_TEXT, "utf-16le")]), "utf-16le"],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(BIG5_TEXT, "utf-16be")]), "utf-16be"],
  ];
  it.each(byBom)("%s: the BOM decides and is not part of the original", async (_name, bytes, enc) => {
    const doc = await one(write("bom.txt", bytes));
    expect(doc.meta.encoding).toBe(enc);
    expect(doc.issues).toEqual([]);
    expect(doc.text.original.charCodeAt(0)).not.toBe(0xfeff);
    expect(doc.raw).toEqual(new Uint8Array(bytes));
  });

  it("UTF-16LE without a BOM is recognized by its NUL bytes, as a guess", () => {
    const d = decode("x", iconv.encode("Series A: $12 million for Harbor Robotics", "utf-16le"), null);
    if (d instanceof InputError) throw d;
    expect(d.text).toBe("Series A: $12 million for Harbor Robotics");
    expect(d.issues.map((i) => i.code)).toEqual(["encoding_guessed"]);
  });

  it("plain UTF-8 is not a guess", () => {
    const d = decode("x", Buffer.from(GBK_TEXT), null);
    expect(d).toMatchObject({ text: GBK_TEXT, encoding: "utf-8", issues: [] });
  });

  it("the HTTP header wins over the meta charset", () => {
    const page = GBK_PAGE.replace("charset=gbk", "charset=big5");
    const d = decode("x", iconv.encode(page, "gbk"), "text/html; charset=GBK");
    expect(d).toMatchObject({ encoding: "gb18030", issues: [] });
  });

  it("a declaration that does not fit the bytes is overruled and that is reported", () => {
    const page = GBK_PAGE.replace("charset=gbk", "charset=gb2312");
    const d = decode("x", Buffer.from(page), null);
    if (d instanceof InputError) throw d;
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe(page);
    expect(d.issues.map((i) => i.code)).toEqual(["encoding_guessed"]);
  });

  it("undecodable bytes become U+FFFD and an encoding_invalid_bytes issue at their place", () => {
    const bytes = Buffer.concat([Buffer.from("融资完成"), Buffer.from([0xff]), Buffer.from("后续")]);
    const d = decode("x", bytes, "text/plain; charset=utf-8");
    if (d instanceof InputError) throw d;
    expect(d.text).toBe("融资完成\ufffd后续");
    expect(d.issues).toEqual([expect.objectContaining({ code: "encoding_invalid_bytes", span: { start: 4, end: 5 } })]);
  });
});

describe("binary and empty input", () => {
  const bad: [string, Uint8Array, string, RegExp][] = [
    ["a PNG image", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "binary_input", /PNG image/],
    ["a PDF", Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "binary_input", /PDF/],
    ["bytes with NULs", Buffer.from([0x41, 0x00, 0x00, 0x00, 0x42, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03]), "binary_input", /NUL/],
    ["an empty file", new Uint8Array(0), "empty_input", /empty/],
  ];
  it.each(bad)("%s is refused with a clear reason", async (_name, bytes, code, message) => {
    const path = write("input.bin", bytes);
    const { docs, errors } = await collect([path]);
    expect(docs).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code, input: path });
    expect(errors[0]!.message).toMatch(message);
  });

  it("must not refuse text with tabs, form feeds or an escape character", () => {
    expect(decode("x", Buffer.from("甲\t乙\f丙\x1b[0m丁\r\n"), null)).not.toBeInstanceOf(InputError);
  });
});
