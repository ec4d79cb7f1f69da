import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { issue, type Issue } from "../../core/issue.js";
import type { MappedText } from "../../core/mapped-text.js";
import { removedSpan, withTitleLine, type Extraction } from "./extraction.js";
import { layout, type Page } from "./6-html-layout.js";
import { explicitAncestor, isWithin, type HtmlText, type HtmlTree } from "./6-html-tree.js";
import { pageMeta } from "./7-page-meta.js";

/**
 * An ordinary news page: Readability decides WHICH elements are the article; their text nodes
 * are then taken from our own positioned parse, so every character keeps its source offset.
 * Everything else visible is reported as boilerplate.
 */
export function article(base: MappedText, page: Page): Extraction {
  const issues: Issue[] = [];
  const { elements } = page.tree;
  // Readability on a DOM of this size takes many seconds; such pages fall back to <article>/<main>
  const kept = elements.length <= READABILITY_MAX_ELEMENTS ? readabilityElements(page.tree) : null;
  const container = elements.find((e) => e.name === "article") ?? elements.find((e) => e.name === "main" || e.attrs.role === "main") ?? null;
  if (!kept) {
    const why = elements.length > READABILITY_MAX_ELEMENTS ? `the page has ${elements.length} elements, too many for article extraction` : "no article found";
    issues.push(issue("content_not_found", `${why}; kept all visible text${container ? ` of <${container.name}>` : ""}`));
  }
  const meta = pageMeta(page);
  const heading = meta.title?.heading ?? null;
  const keep = (t: HtmlText) =>
    (kept ? kept.has(explicitAncestor(t.parent)?.id ?? -1) : !container || isWithin(t.parent, container)) ||
    (heading !== null && isWithin(t.parent, heading));
  return finish(base, page, keep, issues, meta);
}

const READABILITY_MAX_ELEMENTS = 25_000;

/** An HTML fragment (a JSON-lines `text` like "<p>…</p><p>…</p>"): all of its visible text. */
export function fragment(base: MappedText, page: Page): Extraction {
  return finish(base, page, () => true, [], { title: null, author: null, published: null });
}

function finish(base: MappedText, page: Page, keep: (t: HtmlText) => boolean, issues: Issue[], meta: ReturnType<typeof pageMeta>): Extraction {
  const body = layout(page, keep);
  const title = meta.title;
  let text: MappedText;
  let titleLine = 0;
  if (title && !title.heading) ({ text, titleLine } = withTitleLine(base, title.pieces, title.sep, body.pieces));
  else {
    text = base.rebuild(body.pieces);
    if (title && text.text.startsWith(title.text)) titleLine = title.text.length;
  }
  const first = title?.pieces[0];
  const last = title?.pieces[title.pieces.length - 1];
  if (page.tree.truncated) issues.push(issue("html_truncated", "the HTML ends abruptly (cut inside a tag or before </body>); extracted what is there"));
  return {
    text,
    removed: body.removed.map((r) => removedSpan(base, r.span, r.reason)),
    issues,
    title: title?.text ?? null,
    titleSpan: first && last ? base.toOriginal({ start: first.start, end: last.end }) : null,
    titleLine,
    author: meta.author,
    published: meta.published,
  };
}

interface DomElement {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/**
 * Ids of the elements Readability keeps. Each start tag gets a `data-dg` attribute carrying our
 * element id before linkedom parses it, so the article Readability returns names our elements.
 */
function readabilityElements(tree: HtmlTree): Set<number> | null {
  const { source } = tree;
  const parts: string[] = [];
  let pos = 0;
  for (const el of tree.elements) {
    const at = el.start + 1 + el.name.length;
    if (el.implied || source.slice(el.start + 1, at).toLowerCase() !== el.name) continue;
    parts.push(source.slice(pos, at), ` data-dg="${el.id}"`);
    pos = at;
  }
  parts.push(source.slice(pos));
  try {
    const { document } = parseHTML(parts.join(""));
    // the narrow slice of the DOM used here (the project compiles without the DOM library)
    const reader = new Readability<DomElement>(document as never, { serializer: (el) => el as unknown as DomElement, charThreshold: 100 });
    const root = reader.parse()?.content;
    if (!root || typeof root.querySelectorAll !== "function") return null;
    const ids = new Set<number>();
    for (const el of [root, ...root.querySelectorAll("[data-dg]")]) {
      const id = el.getAttribute("data-dg");
      if (id !== null) ids.add(Number(id));
    }
    return ids.size > 0 ? ids : null;
  } catch {
    // Readability gives up on some malformed pages; the caller keeps all visible text then
    return null;
  }
}
