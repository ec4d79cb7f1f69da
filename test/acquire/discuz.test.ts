import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collect, expectAbsent, expectWordsMapBack, fixture, one, tempDir } from "./helpers.js";

// The forum chrome every Discuz! page carries; none of it may reach the clean text.
const CHROME = ["Powered by", "Discuz!", "打印本", "只看", "發表於", "发表于", "歡迎光臨", "欢迎光临", "Comsenz", "作者:", "時間:", "时间:", "回復", "举报", "舉報", "編輯", "编辑", "返回列表"];

describe("Discuz! print view", () => {
  it("HTML (Traditional labels): title, author, Beijing time, posts in order", async () => {
    const doc = await one(fixture("discuz-print.html"));
    expect(doc.meta).toMatchObject({ title: "嘉禾科技獲8000萬元A輪融資", author: "chayuan", published: "2024-07-02T10:05:00+08:00" });
    expect(doc.text.text.startsWith("嘉禾科技獲8000萬元A輪融資\n")).toBe(true);
    const first = doc.text.text.indexOf("蘇州嘉禾智能科技有限公司");
    const reply = doc.text.text.indexOf("恭喜！無人機賽道今年很熱。");
    expect(first).toBeGreaterThan(0);
    expect(reply).toBeGreaterThan(first);
    expectWordsMapBack(doc, ["蘇州嘉禾智能科技有限公司", "8000萬元A輪融資", "松濤資本領投", "農業無人機", "恭喜！無人機賽道今年很熱。"]);
    expectAbsent(doc, [...CHROME, "財經茶館", "x7Kq2", "mq83"]);
    expect(doc.removed.filter((r) => r.reason === "hidden_element").map((r) => r.text)).toEqual([
      '<font class="jammer">x7Kq2</font>',
      '<span style="display:none">mq83</span>',
    ]);
  });

  it("text rendering (Simplified labels)", async () => {
    const doc = await one(fixture("discuz-print.txt"));
    expect(doc.meta).toMatchObject({ format: "text", title: "启航电池完成2亿元B轮融资", author: "dianchi", published: "2024-09-18T08:45:00+08:00" });
    expect(doc.text.text).toBe(
      "启航电池完成2亿元B轮融资\n\n合肥启航电池科技有限公司昨日宣布完成2亿元B轮融资，本轮由恒远资本领投，晨星创投跟投。\n\n启航电池专注固态电解质材料，本轮资金将用于中试线建设。\n\n固态电池还要几年才能量产吧。",
    );
    expectWordsMapBack(doc, ["启航电池完成2亿元B轮融资", "合肥启航电池科技有限公司", "恒远资本领投"]);
    const t = doc.meta.titleSpan!;
    expect(doc.text.original.slice(t.start - 4, t.end + 7)).toBe("标题: 启航电池完成2亿元B轮融资 [打印本页]");
    expectAbsent(doc, [...CHROME, "新能源交流论坛", "dianchi", "路人甲"]);
    expect(doc.removed.every((r) => r.reason === "boilerplate")).toBe(true);
  });
});

describe("Discuz! thread view", () => {
  it("HTML: subject, first post's author and time, post bodies without chrome", async () => {
    const doc = await one(fixture("discuz-thread.html"));
    expect(doc.meta).toMatchObject({ title: "星耀醫療獲2億元B輪融資", author: "海風", published: "2024-05-21T14:08:00+08:00" });
    expect(doc.text.text).toBe(
      "星耀醫療獲2億元B輪融資\n廣州星耀醫療器械有限公司近日完成2億元B輪融資，由粵港創投領投，深灣資本、老股東南嶺基金跟投。\n星耀醫療主要生產手術機器人用的精密器械，本輪資金將用於新廠房建設。公司預計明年開始向東南亞出口。\n恭喜，醫療器械賽道今年融資不少。",
    );
    expectWordsMapBack(doc, ["廣州星耀醫療器械有限公司", "2億元B輪融資", "粵港創投領投", "恭喜，醫療器械賽道今年融資不少。"]);
    expectAbsent(doc, [...CHROME, "港灣生活論壇", "查看", "設為首頁", "複製鏈接", "g8Qe1", "hx02", "GMT+8", "Archiver", "[融資快訊]"]);
    const hidden = doc.removed.filter((r) => r.reason === "hidden_element").map((r) => r.text);
    expect(hidden).toEqual(['<font class="jammer">g8Qe1</font>', '<span class="xk9">hx02</span>']);
    // the jammer sat between two investors: their names stay apart and exact
    const at = doc.text.text.indexOf("領投，深灣資本");
    expect(doc.text.originalSlice({ start: at, end: at + 7 })).toBe('領投，<font class="jammer">g8Qe1</font>深灣資本');
  });

  it("text rendering: breadcrumb title, author above the floor, edit notice and buttons removed", async () => {
    const doc = await one(fixture("discuz-thread.txt"));
    expect(doc.meta).toMatchObject({ title: "云杉机器人完成1.5亿元A+轮融资", author: "yunshan", published: "2024-08-06T16:20:00+08:00" });
    expect(doc.text.text).toBe(
      "云杉机器人完成1.5亿元A+轮融资\n\n深圳云杉机器人有限公司近日完成1.5亿元A+轮融资，由远航资本领投，老股东星河创投追加投资。\n\n云杉机器人主要研发仓储搬运机器人，本轮资金将用于海外交付团队建设。\n\n仓储机器人这两年确实卷。",
    );
    expectWordsMapBack(doc, ["深圳云杉机器人有限公司", "远航资本领投", "仓储机器人这两年确实卷。"]);
    expectAbsent(doc, [...CHROME, "湾区创投论坛", "1#", "2#", "楼主", "路人乙", "快速回复", "立即注册"]);
  });

  it("recognizes the shape under another forum name and labels in either script", async () => {
    const dir = tempDir();
    const page = [
      "某某車友會 › 新聞 › 測試主題",
      "",
      "1#",
      "樓主| 發表於 2023-12-1 9:05 | 只看該作者",
      "這是第一帖的正文。",
      "",
      "Powered by Discuz! X3.5",
    ].join("\r\n");
    writeFileSync(join(dir, "thread.txt"), page);
    const doc = await one(join(dir, "thread.txt"));
    expect(doc.meta).toMatchObject({ title: "測試主題", author: null, published: "2023-12-01T09:05:00+08:00" });
    expect(doc.text.text).toBe("測試主題\r\n\r\n這是第一帖的正文。");
  });
});

describe("must not be taken for a forum page", () => {
  const notForum: [string, string][] = [
    ["an article quoting an author line", "作者: 张三    时间: 2024-1-5 10:00\n这是一篇普通文章，没有论坛的任何标记。"],
    ["a news item with a date", "發表於 2024-5-21 14:08 的一篇報道說，某公司完成了融資。"],
    ["a floor-like number in text", "1#\n这只是一个编号。"],
  ];
  it.each(notForum)("%s", async (_name, text) => {
    const dir = tempDir();
    writeFileSync(join(dir, "plain.txt"), text);
    const { docs } = await collect([join(dir, "plain.txt")]);
    expect(docs[0]!.text.text).toBe(text);
    expect(docs[0]!.removed).toEqual([]);
    expect(docs[0]!.meta.title).toBeNull();
  });
});
