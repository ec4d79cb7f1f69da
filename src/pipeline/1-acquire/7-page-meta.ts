import type { Piece } from "../../core/mapped-text.js";
import { toIso } from "./datetime.js";
import { layout, type Page } from "./6-html-layout.js";
import { descendants, type HtmlElement } from "./6-html-tree.js";

/** A page's title with the source pieces it is made of. */
export interface PageTitle {
  readonly text: string;
  readonly pieces: Piece[];
  /** What the line break after a head title maps to (the `</title>` tag, the rest of the meta tag). */
  readonly sep: Piece;
  /** The body heading the title is, if it is one (its words are then part of the body layout). */
  readonly heading: HtmlElement | null;
}

export interface PageMeta {
  readonly title: PageTitle | null;
  readonly author: string | null;
  readonly published: string | null;
}

const PUBLISHED_KEYS = [
  "article:published_time", "og:article:published_time", "og:published_time", "published_time", "article.published",
  "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "pubtime", "dc.date.issued", "dc.date",
  "date", "sailthru.date", "parsely-pub-date", "weibo:article:create_at", "og:release_date", "citation_publication_date",
];
const AUTHOR_KEYS = ["author", "article:author", "og:article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"];
// "星衡医疗获近亿元B轮融资_财经频道", "Title - Site", "标题 | 网站"
const SITE_SUFFIX = /\s[|\-–—·]\s|[_｜]|\s::\s/;

/** Title (h1, og:title, <title>), author and publication time from a page's markup. */
export function pageMeta(page: Page): PageMeta {
  const metas = new Map<string, HtmlElement>();
  const headings: HtmlElement[] = [];
  const stamped: HtmlElement[] = [];
  let titleEl: HtmlElement | null = null;
  for (const node of descendants(page.tree.root)) {
    if (node.kind !== "element") continue;
    const a = node.attrs;
    if (node.name === "meta" && a.content !== undefined) {
      const key = (a.property ?? a.name ?? a.itemprop ?? "").toLowerCase();
      if (key && !metas.has(key)) metas.set(key, node);
    } else if (node.name === "title" && !titleEl) titleEl = node;
    else if (node.name === "h1" && shown(page, node)) headings.push(node);
    else if ((node.name === "time" && "pubdate" in a) || a.itemprop?.toLowerCase() === "datepublished") stamped.push(node);
  }
  const ld = jsonLd(page);
  const metaValue = (keys: string[]) => keys.map((k) => metas.get(k)?.attrs.content?.trim()).find((v) => v);
  const published =
    metaValue(PUBLISHED_KEYS) ?? stamped.map((e) => e.attrs.datetime ?? e.attrs.content ?? textOf(page, e)).find((v) => v) ?? ld.published;
  const author = [metaValue(AUTHOR_KEYS), ld.author].find((v) => v && !/^https?:/i.test(v)) ?? null;
  return {
    title: chooseTitle(page, headings, titleEl, metas.get("og:title") ?? metas.get("twitter:title") ?? null),
    author: author ? author.replace(/^by\s+/i, "").trim() : null,
    published: published ? toIso(published) : null,
  };
}

function chooseTitle(page: Page, headings: HtmlElement[], titleEl: HtmlElement | null, og: HtmlElement | null): PageTitle | null {
  const headTitle = og ? fromAttribute(page, og) : titleEl ? fromTitleElement(page, titleEl) : null;
  const reference = headTitle?.text ?? "";
  const asHeading = (h: HtmlElement): PageTitle => {
    const { pieces } = layout(page, () => true, h);
    return { text: pieces.map((p) => p.text).join("").trim(), pieces, sep: { text: "\n", start: h.closeStart, end: h.end }, heading: h };
  };
  const candidates = headings.map(asHeading).filter((t) => t.text.length > 0);
  // the h1 that matches the head title is the headline; a lone h1 is too (a site logo h1 is rarely alone)
  const match = candidates.find((t) => reference && (reference.includes(t.text) || t.text.includes(reference)));
  if (match) return match;
  if (candidates.length === 1 && !headTitle) return candidates[0]!;
  return headTitle ?? candidates[0] ?? null;
}

/** `<meta property="og:title" content="…">`: the words are the attribute value. */
function fromAttribute(page: Page, el: HtmlElement): PageTitle | null {
  const { source } = page.tree;
  const tag = source.slice(el.start, el.openEnd);
  const m = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
  const value = el.attrs.content?.trim();
  if (!m || !value) return null;
  const raw = m[1] ?? m[2] ?? m[3] ?? "";
  const at = el.start + m.index + m[0].length - raw.length - (m[3] === undefined ? 1 : 0);
  const inner = raw.indexOf(value);
  const piece = inner >= 0 ? { text: value, start: at + inner, end: at + inner + value.length } : { text: value, start: at, end: at + raw.length };
  return { text: value, pieces: [piece], sep: { text: "\n", start: piece.end, end: el.openEnd }, heading: null };
}

/** `<title>标题_频道_网站</title>` → "标题". */
function fromTitleElement(page: Page, el: HtmlElement): PageTitle | null {
  const { pieces } = layout(page, () => true, el);
  const full = pieces.map((p) => p.text).join("");
  const trimmed = full.trim();
  if (!trimmed) return null;
  const cut = SITE_SUFFIX.exec(trimmed);
  const text = cut && cut.index >= 4 ? trimmed.slice(0, cut.index).trim() : trimmed;
  const from = full.indexOf(text);
  return { text, pieces: slicePieces(pieces, from, from + text.length), sep: { text: "\n", start: el.closeStart, end: el.end }, heading: null };
}

/** The pieces covering `[from, to)` of their joined text; exact pieces are cut, others kept whole. */
function slicePieces(pieces: readonly Piece[], from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let pos = 0;
  for (const p of pieces) {
    const a = Math.max(from, pos);
    const b = Math.min(to, pos + p.text.length);
    if (a < b) {
      const exact = p.end - p.start === p.text.length;
      const lo = a - pos;
      const hi = b - pos;
      out.push(exact ? { text: p.text.slice(lo, hi), start: p.start + lo, end: p.start + hi } : p);
    }
    pos += p.text.length;
  }
  return out;
}

function textOf(page: Page, el: HtmlElement): string {
  return layout(page, () => true, el).pieces.map((p) => p.text).join("").trim();
}

function shown(page: Page, el: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (page.excluded.has(e)) return false;
  return true;
}

/** datePublished and author.name from schema.org JSON-LD blocks. */
function jsonLd(page: Page): { published: string | undefined; author: string | undefined } {
  let published: string | undefined;
  let author: string | undefined;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (typeof v !== "object" || v === null) return;
    const o = v as Record<string, unknown>;
    if (!published && typeof o.datePublished === "string") published = o.datePublished;
    const a = Array.isArray(o.author) ? o.author[0] : o.author;
    if (!author && typeof a === "string") author = a;
    if (!author && a && typeof (a as { name?: unknown }).name === "string") author = (a as { name: string }).name;
    if (o["@graph"]) visit(o["@graph"]);
  };
  for (const node of descendants(page.tree.root)) {
    if (node.kind !== "element" || node.name !== "script" || !/ld\+json/i.test(node.attrs.type ?? "")) continue;
    try {
      visit(JSON.parse(node.children.map((c) => (c.kind === "text" ? c.text : "")).join("")));
    } catch {
      // a broken JSON-LD block is just not used
    }
  }
  return { published, author };
}
