import type { MappedText, Piece } from "../../core/mapped-text.js";
import type { RemovalReason, RemovedSpan } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import { toIso } from "./datetime.js";
import { removedSpan, type Extraction } from "./extraction.js";

// Discuz! prints times in the forum's zone, which for the Chinese-language forums is Beijing time.
export const DISCUZ_OFFSET = "+08:00";

const TIME = String.raw`\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?`;
// "標題: 中國大模型融資暗战 [打印本頁]": the print view's headline (Traditional, Simplified, English)
const TITLE_LABEL = /^\s*(?:標題|标题|主題|主题|Title|Subject)\s*[:：]\s*/i;
const PRINT_MARK = /\s*\[(?:打印本頁|打印本页|Print This Page|Print)\]\s*$/i;
// "作者: admin    時間: 2024-10-15 16:57": one post in the print view
const AUTHOR_LABEL = /^\s*(?:作者|Author)\s*[:：]/i;
const TIME_LABEL = new RegExp(String.raw`\s(?:時間|时间|Time)\s*[:：]\s*(${TIME})\s*$`, "i");
// "1#", "樓主", "沙發": floor markers of the thread view
const FLOOR = /^\s*(?:\d{1,6}\s*#|樓主|楼主|沙發|沙发|板凳|地板|藤椅|報紙|报纸)\s*$/;
// "發表於 2024-5-21 14:08": the time part of a thread-view post head
const POSTED = new RegExp(String.raw`^(?:發表於|发表于|Posted on|Posted at)\s*(${TIME})$`, "i");
// the other parts of a post head line, between "|"
const HEAD_WORDS = /^(?:樓主|楼主|只看該作者|只看该作者|倒序瀏覽|倒序浏览|閱讀模式|阅读模式|顯示全部樓層|显示全部楼层|電梯直達|电梯直达|只看大圖|只看大图|Only author|Reverse order)$/i;
// a user name on a line of its own: one token, no sentence punctuation
const AUTHOR_LINE = /^\s*[^\s，。！？：；,.!?:;|#]{1,20}\s*$/;
// "本帖最後由 admin 於 2024-5-21 14:10 編輯": an edit notice inside a post
const EDIT_NOTICE = new RegExp(String.raw`^\s*本帖最[後后]由\s*\S[^於于]{0,40}[於于]\s*${TIME}\s*(?:編輯|编辑)\s*$`);
// "成都生活論壇 › 財經新聞 › [融资快讯] …": breadcrumbs
const CRUMB = /\s[›»>]\s/;
// page footer: "歡迎光臨 … Powered by Discuz! X3.3", "© 2001-2023 Comsenz Inc.", "GMT+8, …, Processed in 0.05 second(s)"
const FOOTER = /Powered by\s+Discuz!|Comsenz Inc|^\s*(?:歡迎光臨|欢迎光临|Welcome to)\s|^\s*GMT[+-]\d{1,2},|Processed in [\d.]+ second/i;
// buttons and counters around posts: "回復 舉報", "查看: 1234|回復: 5", "您需要登錄後才可以回帖 登錄 | 立即註冊"
const CHROME_WORDS = new Set(
  "回復 回复 舉報 举报 使用道具 返回列表 發新帖 发新帖 快速回復 快速回复 發表回復 发表回复 高級模式 高级模式 收藏 分享 評分 评分 支持 反對 反对 上一主題 上一主题 下一主題 下一主题 [複製鏈接] [复制链接] Reply Report Archiver 手機版 手机版 小黑屋".split(" "),
);
const CHROME = /^\s*(?:查看|閱讀|阅读)\s*[:：]\s*\d+\s*\|\s*(?:回復|回复)\s*[:：]\s*\d+\s*$|^\s*(?:您需要登[錄录][後后]?才可以回帖|回帖後跳轉到最後一頁|回帖后跳转到最后一页)/;

function isChrome(text: string): boolean {
  const words = text.split(/[\s|]+/).filter(Boolean);
  return CHROME.test(text) || (words.length > 0 && words.every((w) => CHROME_WORDS.has(w)));
}

/** "標題: X [打印本頁]" → the range of X in the line. */
function printTitle(text: string): Span | null {
  const label = TITLE_LABEL.exec(text);
  const mark = PRINT_MARK.exec(text);
  if (!label || !mark || mark.index <= label[0].length) return null;
  return { start: label[0].length, end: mark.index };
}

/** "作者: admin    時間: 2024-10-15 16:57" → author and time. */
function printPost(text: string): { author: string; time: string } | null {
  const label = AUTHOR_LABEL.exec(text);
  const time = label ? TIME_LABEL.exec(text) : null;
  if (!label || !time) return null;
  const author = text.slice(label[0].length, time.index).trim();
  return author ? { author, time: time[1]! } : null;
}

interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Post {
  /** First header line (floor marker or post head) and first body line. */
  readonly head: number;
  readonly body: number;
  readonly author: string | null;
  readonly time: string;
  readonly subject: Span | null;
}

/**
 * The text rendering of a Discuz! print view ("標題: … [打印本頁]", "作者: …  時間: …") or
 * thread view ("1#", "發表於 … | 只看該作者"), recognized by shape: title, author and time come
 * from the heads, the content is the title line then the posts, first post first; the forum's
 * chrome is removed as boilerplate. Null when the text has no such shape.
 */
export function discuzText(base: MappedText): Extraction | null {
  const lines = splitLines(base.text);
  const posts = findPosts(lines);
  if (posts.length === 0) return null;
  const footer = lines.findIndex((l) => l.index > posts[posts.length - 1]!.body - 1 && FOOTER.test(l.text));
  const marker = footer >= 0 || lines.some((l) => printTitle(l.text) !== null || FOOTER.test(l.text));
  const floors = posts.some((p) => FLOOR.test(lines[p.head]!.text));
  if (!marker && !floors) return null;

  const keep: { line: Line; span: Span; block: number }[] = [];
  const drop: { span: Span; reason: RemovalReason }[] = [];
  const title = findTitle(lines.slice(0, posts[0]!.head)) ?? (posts[0]!.subject ? { line: lines[posts[0]!.head + 1]!, span: posts[0]!.subject } : null);
  for (const l of lines.slice(0, posts[0]!.head)) {
    if (title && l === title.line) keepPart(l, title.span, 0);
    else dropLine(l);
  }
  const end = footer >= 0 ? footer : lines.length;
  posts.forEach((p, i) => {
    const next = i + 1 < posts.length ? posts[i + 1]!.head : end;
    for (let j = p.head; j < p.body; j++) {
      if (title && lines[j] === title.line) keepPart(lines[j]!, title.span, 0);
      else dropLine(lines[j]!);
    }
    // a post is its lines between the head and the next head, without blank, notice or button lines at either end
    const idle = (l: Line) => l.text.trim() === "" || EDIT_NOTICE.test(l.text) || isChrome(l.text);
    let last = next - 1;
    while (last >= p.body && idle(lines[last]!)) last--;
    let first = p.body;
    while (first <= last && idle(lines[first]!)) first++;
    for (let j = p.body; j < next; j++) {
      const l = lines[j]!;
      if (j >= first && j <= last && !EDIT_NOTICE.test(l.text)) keep.push({ line: l, span: l, block: i + 1 });
      else dropLine(l);
    }
  });
  for (const l of lines.slice(end)) dropLine(l);

  const first = posts[0]!;
  return {
    ...assemble(base, keep, drop),
    title: title ? base.text.slice(title.span.start, title.span.end) : null,
    titleSpan: title ? base.toOriginal(title.span) : null,
    titleLine: title && keep[0]?.line === title.line ? title.span.end - title.span.start : 0,
    author: first.author,
    published: toIso(first.time, DISCUZ_OFFSET),
    issues: [],
  };

  function keepPart(l: Line, span: Span, block: number): void {
    keep.push({ line: l, span, block });
    if (span.start > l.start) drop.push({ span: { start: l.start, end: span.start }, reason: "boilerplate" });
    if (span.end < l.end && /\S/.test(base.text.slice(span.end, l.end))) drop.push({ span: { start: span.end, end: l.end }, reason: "boilerplate" });
  }
  function dropLine(l: Line): void {
    if (l.text.trim() !== "") drop.push({ span: l, reason: "boilerplate" });
  }
}

function findPosts(lines: readonly Line[]): Post[] {
  const posts: Post[] = [];
  for (const l of lines) {
    const print = printPost(l.text);
    if (print) {
      const next = lines[l.index + 1];
      const subject = next ? TITLE_LABEL.exec(next.text) : null;
      const words = subject ? next!.text.slice(subject[0].length).trim() : "";
      const at = subject ? next!.start + subject[0].length : 0;
      posts.push({ head: l.index, body: l.index + (subject ? 2 : 1), author: print.author, time: print.time, subject: words ? { start: at, end: at + words.length } : null });
      continue;
    }
    const head = threadHead(l.text);
    if (head) {
      let first = l.index;
      if (first > 0 && FLOOR.test(lines[first - 1]!.text)) first--;
      // the author column renders as a lone name just above: "admin" / "1#" / "發表於 …"
      const above = lines[first - 1];
      const author = above && first < l.index && AUTHOR_LINE.test(above.text) ? above.text.trim() : null;
      if (author) first--;
      posts.push({ head: first, body: l.index + 1, author: head.author ?? author, time: head.time, subject: null });
    }
  }
  return posts;
}

/** "樓主| 發表於 2024-5-21 14:08 | 只看該作者" or "admin | 發表於 …": every "|" part is a known word, a time, or (first) the author. */
function threadHead(text: string): { author: string | null; time: string } | null {
  const parts = text.split("|").map((p) => p.trim());
  let time: string | null = null;
  let author: string | null = null;
  for (const [i, p] of parts.entries()) {
    const posted = POSTED.exec(p);
    if (posted) time = posted[1]!;
    else if (HEAD_WORDS.test(p) || p === "") continue;
    else if (i === 0 && p.length <= 30 && !/\s/.test(p)) author = p;
    else return null;
  }
  return time ? { author, time } : null;
}

/** The print view's "標題: … [打印本頁]", else the last breadcrumb of the thread view. */
function findTitle(preamble: readonly Line[]): { line: Line; span: Span } | null {
  for (const l of preamble) {
    const t = printTitle(l.text);
    if (t) return { line: l, span: { start: l.start + t.start, end: l.start + t.end } };
  }
  for (const l of preamble) {
    const parts = l.text.split(CRUMB);
    if (parts.length < 3) continue;
    const lastCrumb = parts[parts.length - 1]!.trim();
    const at = l.text.lastIndexOf(lastCrumb);
    if (lastCrumb) return { line: l, span: { start: l.start + at, end: l.start + at + lastCrumb.length } };
  }
  return null;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

/**
 * Kept line parts joined by the source's own line breaks: lines next to each other keep the break
 * between them; a gap inside a post (a dropped notice) becomes one break, a gap between blocks
 * (title, posts) two: the break after the last kept line and the one before the next.
 */
function assemble(base: MappedText, keep: { line: Line; span: Span; block: number }[], drop: { span: Span; reason: RemovalReason }[]): { text: MappedText; removed: RemovedSpan[] } {
  const { text } = base;
  const pieces: Piece[] = [];
  let prev: { line: Line; span: Span; block: number } | null = null;
  for (const k of keep) {
    if (prev) {
      const after = { start: prev.line.end, end: nextLineStart(text, prev.line.end) };
      pieces.push({ text: text.slice(after.start, after.end), ...after });
      if (k.line.index > prev.line.index + 1 && k.block !== prev.block) {
        const before = { start: prevLineEnd(text, k.line.start), end: k.line.start };
        if (before.start >= after.end) pieces.push({ text: text.slice(before.start, before.end), ...before });
      }
    }
    pieces.push({ text: text.slice(k.span.start, k.span.end), start: k.span.start, end: k.span.end });
    prev = k;
  }
  // dropped lines merge into one removed span unless kept text or a kept line break lies between
  drop.sort((a, b) => a.span.start - b.span.start);
  const merged: { span: Span; reason: RemovalReason }[] = [];
  let pi = 0;
  for (const d of drop) {
    const last = merged[merged.length - 1];
    if (last) while (pi < pieces.length && pieces[pi]!.end <= last.span.end) pi++;
    const between = pi < pieces.length && pieces[pi]!.start < d.span.start;
    if (last && last.reason === d.reason && !between) merged[merged.length - 1] = { span: { start: last.span.start, end: d.span.end }, reason: d.reason };
    else merged.push(d);
  }
  return { text: base.rebuild(pieces), removed: merged.map((d) => removedSpan(base, d.span, d.reason)) };
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text.startsWith("\r\n", lineEnd)) return lineEnd + 2;
  return lineEnd < text.length ? lineEnd + 1 : lineEnd;
}

function prevLineEnd(text: string, lineStart: number): number {
  if (lineStart >= 2 && text.startsWith("\r\n", lineStart - 2)) return lineStart - 2;
  return Math.max(0, lineStart - 1);
}
