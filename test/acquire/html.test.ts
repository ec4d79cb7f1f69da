import { describe, expect, it } from "vitest";
import { MappedText } from "../../src/core/mapped-text.js";
import { layout, readPage } from "../../src/pipeline/1-acquire/6-html-layout.js";
import { sniffFormat } from "../../src/pipeline/1-acquire/5-extract.js";
import { collect, expectAbsent, expectWordsMapBack, fixture, one, tempDir } from "./helpers.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

describe("an ordinary news page", () => {
  it("keeps only the article, with the headline first", async () => {
    const doc = await one(fixture("news-page.html"));
    expect(doc.meta).toMatchObject({
      format: "html",
      title: "澜舟储能完成3亿元B轮融资",
      author: "周明远",
      published: "2024-03-12T09:30:00+08:00",
      encoding: "utf-8",
    });
    expect(doc.text.text.split("\n")[0]).toBe("澜舟储能完成3亿元B轮融资");
    expectWordsMapBack(doc, ["杭州澜舟储能科技有限公司", "3亿元人民币B轮融资", "青禾资本领投", "远山创投、北辰基金", "陈思源", "当时估值约为8亿元"]);
    const t = doc.meta.titleSpan!;
    expect(doc.text.original.slice(t.start, t.end)).toBe("澜舟储能完成3亿元B轮融资");
  });

  it("must not keep navigation, ads, sidebars, footer, scripts or hidden text", async () => {
    const doc = await one(fixture("news-page.html"));
    expectAbsent(doc, ["首页", "热门文章", "量化交易", "版权所有", "浙ICP备", "关于我们", "trackPage", "广告位招租", "本文来自示例财经网", "转载请注明出处", "科技频道"]);
    const reasons = new Set(doc.removed.map((r) => r.reason));
    expect(reasons).toEqual(new Set(["boilerplate", "hidden_element", "markup"]));
    expect(doc.removed.find((r) => r.reason === "hidden_element" && r.text.includes("转载请注明出处"))).toBeTruthy();
    expect(doc.removed.find((r) => r.reason === "boilerplate" && r.text.includes("量化交易"))).toBeTruthy();
  });

  it("maps entities and text around hidden elements back to the source", async () => {
    const doc = await one(fixture("news-page.html"));
    // “ is written &ldquo; in the source; the hidden span sits inside the sentence
    const at = doc.text.text.indexOf("“澜舟储能在项目交付");
    expect(doc.text.originalSlice({ start: at, end: at + 1 })).toBe("&ldquo;");
    const joined = "澜舟储能在项目交付";
    const j = doc.text.text.indexOf(joined);
    expect(doc.text.originalSlice({ start: j, end: j + joined.length })).toBe('澜舟储能在<span class="hide-me">（本文来自示例财经网）</span>项目交付');
  });
});

describe("HTML layout", () => {
  const cases: [string, string, string][] = [
    ["block elements become lines", "<div>第一段</div><p>第二段</p>", "第一段\n第二段"],
    ["<br> is a line break", "甲<br>乙<br/>丙", "甲\n乙\n丙"],
    ["whitespace runs become one space", "<p>Series   A\n  round</p>", "Series A round"],
    ["a source line break between CJK characters is dropped", "<p>近日拿\n下1.8亿元</p>", "近日拿下1.8亿元"],
    ["table cells are separated by a space", "<table><tr><td>投资方</td><td>金额</td></tr><tr><td>红杉</td><td>1亿</td></tr></table>", "投资方 金额\n红杉 1亿"],
    ["entities decode", "<p>A&amp;B &lt;C&gt; &#x4E2D;</p>", "A&B <C> 中"],
    ["pre keeps its lines", "<pre>a  b\nc</pre>", "a  b\nc"],
    ["jammer inside a word leaves the word whole", '<p>启明<font class="jammer">k2Zq</font>创投</p>', "启明创投"],
    ["a class hidden by the page's style block is hidden", "<style>.q1{display:none}</style><p>红杉<span class=q1>x</span>中国</p>", "红杉中国"],
    ["the hidden attribute hides", "<p>高瓴<span hidden>y</span>创投</p>", "高瓴创投"],
    ["visibility:hidden and font-size:0 hide", '<p>深<i style="visibility: hidden">1</i>创<b style="font-size:0px">2</b>投</p>', "深创投"],
  ];
  it.each(cases)("%s", (_name, html, expected) => {
    const page = readPage(html);
    const m = MappedText.identity(html).rebuild(layout(page, () => true).pieces);
    m.checkInvariants();
    expect(m.text).toBe(expected);
  });

  const mustNotHide: [string, string][] = [
    ["a class that merely contains 'hide' as a word part", '<p class="hideous-banner">可见</p>'],
    ["display:block", '<p style="display:block">可见</p>'],
    ["font-size:10px", '<p style="font-size:10px">可见</p>'],
  ];
  it.each(mustNotHide)("must not hide: %s", (_name, html) => {
    const m = MappedText.identity(html).rebuild(layout(readPage(html), () => true).pieces);
    expect(m.text).toBe("可见");
  });
});

describe("format sniffing", () => {
  const none = { path: null, contentType: null, url: null };
  const cases: [string, string, "html" | "text"][] = [
    ["a page", "<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["a fragment", "<p>&nbsp;快讯</p><p>正文</p>", "html"],
    ["a fragment with br", "第一行<br/>第二行<br/>", "html"],
    ["plain text", "星衡医疗获近亿元B轮融资。", "text"],
    ["text that mentions a tag once", "A<B轮估值高于预期", "text"],
    ["text with a lone opening tag", "使用 <p> 标签分段", "text"],
  ];
  it.each(cases)("%s", (_name, text, format) => expect(sniffFormat(text, none)).toBe(format));
  it("trusts the Content-Type and the file extension", () => {
    expect(sniffFormat("<p>a</p><p>b</p>", { ...none, contentType: "text/plain; charset=utf-8" })).toBe("text");
    expect(sniffFormat("plain", { ...none, path: "x.html" })).toBe("html");
    expect(sniffFormat("<p>a</p><p>b</p>", { ...none, path: "x.txt" })).toBe("text");
  });
});

describe("truncated HTML", () => {
  it("reports html_truncated and still extracts what is there", async () => {
    const doc = await one(fixture("truncated.html"));
    expect(doc.issues.map((i) => i.code)).toContain("html_truncated");
    expectWordsMapBack(doc, ["成都远帆物流科技有限公司", "1亿元A轮融资", "十二个区域仓"]);
  });

  it("must not call a complete fragment truncated", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "whole.html"), "<p>完整的一段。</p><p>第二段。</p>");
    const { docs } = await collect([join(dir, "whole.html")]);
    expect(docs[0]!.issues).toEqual([]);
  });
});

describe("a page too large for Readability", () => {
  it("keeps the visible text of <article> and says so", async () => {
    const path = join(tempDir(), "huge.html");
    const nav = "<i>导航</i>".repeat(26_000);
    writeFileSync(path, `<!DOCTYPE html><html><body><div class="nav">${nav}</div><article><p>己公司完成5亿元D轮融资，庚资本领投。</p></article></body></html>`);
    const { docs } = await collect([path]);
    expect(docs[0]!.text.text).toBe("己公司完成5亿元D轮融资，庚资本领投。");
    expect(docs[0]!.issues.map((i) => i.message)).toEqual([expect.stringMatching(/too many for article extraction; kept all visible text of <article>$/)]);
  });
});
