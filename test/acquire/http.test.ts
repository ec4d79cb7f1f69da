import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, expectWordsMapBack } from "./helpers.js";

// A local server with the cases the fetcher must survive; no test goes to the network.
const PAGE = `<html><head><title>北岭半导体完成10亿元C轮融资</title></head><body><article><h1>北岭半导体完成10亿元C轮融资</h1>
<p>无锡北岭半导体有限公司今天宣布完成10亿元C轮融资，由太湖产业基金领投，梁溪资本和两家老股东跟投。</p>
<p>北岭半导体主要设计车规级功率器件，本轮资金将投向新一代碳化硅产品线。</p></article></body></html>`;

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case "/gbk":
        // the charset is only in the HTTP header; the page itself declares nothing
        res.writeHead(200, { "content-type": "text/html; charset=GBK" });
        return res.end(iconv.encode(PAGE, "gbk"));
      case "/moved":
        res.writeHead(301, { location: "/gbk" });
        return res.end();
      case "/loop":
        res.writeHead(302, { location: "/loop" });
        return res.end();
      case "/slow":
        // headers, a little body, then nothing
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        return res.write("开始了");
      case "/silent":
        return; // never answers
      case "/huge":
        res.writeHead(200, { "content-type": "text/plain" });
        for (let i = 0; i < 64; i++) res.write(Buffer.alloc(32 * 1024, 0x61));
        return res.end();
      case "/huge-declared":
        res.writeHead(200, { "content-type": "text/plain", "content-length": String(5 * 1024 * 1024) });
        return res.write("a");
      case "/records":
        res.writeHead(200, { "content-type": "application/x-ndjson" });
        return res.end('{"id":"h1","text":"甲公司完成融资。"}\n{"id":"h2","text":"乙公司完成融资。"}\n');
      default:
        res.writeHead(404, { "content-type": "text/plain" });
        return res.end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("http(s) inputs", () => {
  it("decodes by the charset in the HTTP header and extracts the article", async () => {
    const { docs, errors } = await collect([`${base}/gbk`]);
    expect(errors).toEqual([]);
    const doc = docs[0]!;
    expect(doc.meta).toMatchObject({ source: `${base}/gbk`, url: `${base}/gbk`, encoding: "gb18030", format: "html", title: "北岭半导体完成10亿元C轮融资" });
    expect(doc.issues).toEqual([]);
    expectWordsMapBack(doc, ["无锡北岭半导体有限公司", "太湖产业基金领投", "碳化硅"]);
  });

  it("follows a redirect and records where the page finally came from", async () => {
    const { docs } = await collect([`${base}/moved`]);
    expect(docs[0]!.meta).toMatchObject({ source: `${base}/moved`, url: `${base}/gbk` });
  });

  it("reads JSON lines served as ndjson", async () => {
    const { docs } = await collect([`${base}/records`]);
    expect(docs.map((d) => d.meta.source)).toEqual([`${base}/records:1`, `${base}/records:2`]);
  });

  const failures: [string, string, object, RegExp][] = [
    ["a redirect loop", "/loop", { maxRedirects: 3 }, /^more than 3 redirects/],
    ["a response that stalls mid-body", "/slow", { timeoutMs: 300 }, /no complete answer within 0.3 s \(--timeout\)/],
    ["a server that never answers", "/silent", { timeoutMs: 300 }, /no answer within 0.3 s \(--timeout\)/],
    ["a body over the size limit", "/huge", { maxBytes: 1024 * 1024 }, /larger than the 1 MiB limit/],
    ["a declared length over the size limit", "/huge-declared", { maxBytes: 1024 * 1024 }, /larger than the 1 MiB limit/],
    ["a 404", "/nothing", {}, /^HTTP 404 Not Found$/],
  ];
  it.each(failures)("%s is one clear error", async (_name, path, options, message) => {
    const { docs, errors } = await collect([`${base}${path}`, `${base}/gbk`], options);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.input).toBe(`${base}${path}`);
    expect(errors[0]!.message).toMatch(message);
    // the batch goes on
    expect(docs).toHaveLength(1);
  });

  it("a connection refused is one clear error", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { errors } = await collect([`http://127.0.0.1:${port}/`]);
    expect(errors[0]).toMatchObject({ code: "fetch_failed", message: "cannot fetch: ECONNREFUSED" });
  });
});
