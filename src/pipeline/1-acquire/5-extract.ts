import { extname } from "node:path";
import type { MappedText } from "../../core/mapped-text.js";
import { plainText, type Extraction } from "./extraction.js";
import { readPage } from "./6-html-layout.js";
import { article, fragment } from "./7-article.js";
import { discuzHtml, looksLikeDiscuz } from "./8-discuz-html.js";
import { discuzText } from "./8-discuz-text.js";

export interface FormatHints {
  readonly path: string | null;
  readonly contentType: string | null;
  readonly url: string | null;
}

const HTML_EXT = new Set([".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"]);
const TEXT_EXT = new Set([".txt", ".text", ".md", ".csv", ".tsv", ".log"]);
// tags that make a text an HTML fragment: "<p>&nbsp;&nbsp;【投资快讯】…</p><p>…<strong>启明创投</strong>…</p>"
const TAG = /<\/?(?:[abip]|div|br|span|strong|em|font|table|tr|td|th|tbody|h[1-6]|li|ul|ol|img|section|article|blockquote|center|hr|pre)\b[^<>]{0,500}>/gi;

/** HTML or text: by Content-Type, then extension, then content (a page, or a fragment with real tags). */
export function sniffFormat(text: string, hints: FormatHints): "html" | "text" {
  const type = hints.contentType?.toLowerCase() ?? "";
  if (/\bx?html\b/.test(type)) return "html";
  if (type.startsWith("text/plain")) return "text";
  const ext = hints.path ? extname(hints.path).toLowerCase() : "";
  if (HTML_EXT.has(ext)) return "html";
  if (TEXT_EXT.has(ext)) return "text";
  const head = text.slice(0, 65536);
  if (/^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return "html";
  // two tags, one of them a closing tag or <br>, so "A<B轮" in plain text stays text
  const tags = head.match(TAG) ?? [];
  return tags.length >= 2 && tags.some((t) => t.startsWith("</") || /^<br\b/i.test(t)) ? "html" : "text";
}

/** The content of a document's text, by the extractor its shape calls for. */
export function extractContent(base: MappedText, hints: FormatHints): Extraction & { format: "html" | "text" } {
  const format = sniffFormat(base.text, hints);
  if (format === "text") return { ...(discuzText(base) ?? plainText(base)), format };
  const page = readPage(base.text);
  const forum = looksLikeDiscuz(base.text) ? discuzHtml(base, page, hints.url) : null;
  return { ...(forum ?? (page.tree.isDocument ? article(base, page) : fragment(base, page))), format };
}
