import type { MappedText } from "../../core/mapped-text.js";
import { toIso } from "./datetime.js";
import { removedSpan, type Extraction } from "./extraction.js";
import { layout, type Page } from "./6-html-layout.js";
import { descendants, hasClass, isWithin, type HtmlElement, type HtmlText } from "./6-html-tree.js";
import { DISCUZ_OFFSET, discuzText } from "./8-discuz-text.js";

/** A Discuz! page: the footer credit, the generator meta, or the post list's ids. */
export function looksLikeDiscuz(source: string): boolean {
  return (
    /Powered by[\s\S]{0,300}?Discuz!/i.test(source) ||
    /<meta[^>]{0,200}generator[^>]{0,200}Discuz/i.test(source) ||
    (/\bid=["']?postlist\b/i.test(source) && /\bid=["']?postmessage_\d/i.test(source))
  );
}

// inside a post body but not the post: "本帖最後由 … 編輯", attachment and permission notices
const BODY_CHROME = ["pstatus", "tip", "attach_nopermission", "locked", "a_pr", "a_pt"];

/**
 * The thread view (div#postlist, td.t_f#postmessage_N post bodies) from the DOM; the print view
 * (viewthread.php?action=printable) by laying the page out as text and reading that like the
 * text rendering. Null when neither shape is there.
 */
export function discuzHtml(base: MappedText, page: Page, url: string | null): Extraction | null {
  const bodies = page.tree.elements.filter((e) => /^postmessage_\d+$/.test(e.attrs.id ?? "") || (e.name === "td" && hasClass(e, "t_f")));
  if (bodies.length > 0) return threadView(base, page, bodies);
  if (/\[(?:打印本頁|打印本页|Print This Page)\]/i.test(page.tree.source) || /action=printable/i.test(url ?? "")) return printView(base, page);
  return null;
}

function printView(base: MappedText, page: Page): Extraction | null {
  const laid = layout(page, () => true);
  const read = discuzText(base.rebuild(laid.pieces));
  if (!read) return null;
  const removed = [...laid.removed.map((r) => removedSpan(base, r.span, r.reason)), ...read.removed];
  removed.sort((a, b) => a.span.start - b.span.start);
  return { ...read, removed };
}

function threadView(base: MappedText, page: Page, bodies: HtmlElement[]): Extraction {
  const subject = page.tree.elements.find((e) => e.attrs.id === "thread_subject") ?? page.tree.elements.find((e) => e.name === "h1" && hasClass(e, "ts")) ?? null;
  const bodySet = new Set(bodies);
  const inBody = (t: HtmlText) => {
    for (let e: HtmlElement | null = t.parent; e; e = e.parent) {
      if (bodySet.has(e)) return true;
      if (BODY_CHROME.some((c) => hasClass(e!, c))) return false;
    }
    return false;
  };
  const keep = (t: HtmlText) => inBody(t) || (subject !== null && isWithin(t.parent, subject));
  const laid = layout(page, keep);
  const text = base.rebuild(laid.pieces);
  const titlePieces = subject ? layout(page, () => true, subject).pieces : [];
  const title = titlePieces.map((p) => p.text).join("").trim() || null;
  const first = titlePieces[0];
  const last = titlePieces[titlePieces.length - 1];
  const post = firstPost(page, bodies[0]!);
  return {
    text,
    removed: laid.removed.map((r) => removedSpan(base, r.span, r.reason)),
    issues: [],
    title,
    titleSpan: first && last ? base.toOriginal({ start: first.start, end: last.end }) : null,
    titleLine: title && text.text.startsWith(title) ? title.length : 0,
    author: post.author,
    published: post.time ? toIso(post.time, DISCUZ_OFFSET) : null,
  };
}

/** Author and time of the first post: its `.authi` link and `#authorpostonN` ("發表於 2024-5-21 14:08"). */
function firstPost(page: Page, body: HtmlElement): { author: string | null; time: string | null } {
  let box: HtmlElement | null = body;
  while (box && !/^(?:post_|pid)\d+$/.test(box.attrs.id ?? "")) box = box.parent;
  // without a post container, the heads just before the first body
  const scope = box ? [...descendants(box)] : [...descendants(page.tree.root)].filter((n) => n.kind === "element" && n.start < body.start);
  let author: string | null = null;
  let time: string | null = null;
  for (const n of scope) {
    if (n.kind !== "element") continue;
    if (!author && n.name === "a" && n.parent && (hasClass(n.parent, "authi") || hasClass(n, "xw1"))) author = textOf(page, n) || null;
    if (!time && /^authorposton\d+$/.test(n.attrs.id ?? "")) {
      // relative times ("3 天前") carry the exact time in a title attribute
      const titled = [...descendants(n)].find((c) => c.kind === "element" && c.attrs.title);
      time = (titled?.kind === "element" ? titled.attrs.title : null) ?? textOf(page, n);
    }
  }
  return { author, time };
}

function textOf(page: Page, el: HtmlElement): string {
  return layout(page, () => true, el).pieces.map((p) => p.text).join("").trim();
}
