import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/pipeline/1-acquire/6-html-layout.js";
import { pageMeta } from "../../src/pipeline/1-acquire/7-page-meta.js";
import { collect, expectWordsMapBack, one, tempDir } from "./helpers.js";

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe("page metadata", () => {
  const cases: [string, string, { title: string | null; author: string | null; published: string | null }][] = [
    [
      "the h1 that matches og:title",
      page('<meta property="og:title" content="甲公司完成B轮融资">', '<h1><a href="/">某某网</a></h1><h1>甲公司完成B轮融资</h1>'),
      { title: "甲公司完成B轮融资", author: null, published: null },
    ],
    ["<title> without the site suffix", page("<title>乙公司获战略投资_财经_某某网</title>", "<p>正文</p>"), { title: "乙公司获战略投资", author: null, published: null }],
    ["an English <title> with ' - Site'", page("<title>Harbor Robotics raises $12M - Example News</title>", "<p>x</p>"), { title: "Harbor Robotics raises $12M", author: null, published: null }],
    [
      "time[itemprop=datePublished] and meta author",
      page('<meta name="author" content="李青">', '<time itemprop="datePublished" datetime="2024-02-01T08:00:00+08:00">2月1日</time>'),
      { title: null, author: "李青", published: "2024-02-01T08:00:00+08:00" },
    ],
    [
      "JSON-LD datePublished and author.name",
      page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-06-30 21:15","author":{"@type":"Person","name":"Wang Li"}}</script>', "<p>x</p>"),
      { title: null, author: "Wang Li", published: "2024-06-30T21:15:00" },
    ],
    ["pubdate meta in Chinese date form", page('<meta name="pubdate" content="2024年7月8日 09:30">', "<p>x</p>"), { title: null, author: null, published: "2024-07-08T09:30:00" }],
  ];
  it.each(cases)("%s", (_name, html, expected) => {
    const meta = pageMeta(readPage(html));
    expect({ title: meta.title?.text ?? null, author: meta.author, published: meta.published }).toEqual(expected);
  });

  it("must not take an author that is a profile URL", () => {
    const meta = pageMeta(readPage(page('<meta property="article:author" content="https://example.com/u/1">', "<p>x</p>")));
    expect(meta.author).toBeNull();
  });
});

describe("a title only in the head", () => {
  it("becomes the first line, mapped into <title>", async () => {
    const path = join(tempDir(), "p.html");
    const html = page(
      "<title>丙公司完成数亿元C轮融资 | 某某财经</title>",
      "<div class=nav><a>首页</a><a>快讯</a></div><div class=content><p>丙公司今日宣布完成数亿元C轮融资，本轮由丁资本领投，戊基金跟投。公司表示资金将用于扩大产能和海外市场。</p><p>丙公司成立于2018年，总部位于苏州，主要生产工业传感器。</p></div>",
    );
    writeFileSync(path, html);
    const doc = await one(path);
    expect(doc.text.text.split("\n")[0]).toBe("丙公司完成数亿元C轮融资");
    expectWordsMapBack(doc, ["丙公司完成数亿元C轮融资", "丁资本领投"]);
    const t = doc.meta.titleSpan!;
    expect(html.slice(t.start - 7, t.end)).toBe("<title>丙公司完成数亿元C轮融资");
  });
});

describe("a page with no text", () => {
  it("is refused with a reason", async () => {
    const path = join(tempDir(), "empty.html");
    writeFileSync(path, page("<script>var a = 1;</script>", "<script>render()</script><style>p{}</style>"));
    const { docs, errors } = await collect([path]);
    expect(docs).toEqual([]);
    expect(errors[0]).toMatchObject({ code: "content_not_found", message: "no readable text in it" });
  });
});
