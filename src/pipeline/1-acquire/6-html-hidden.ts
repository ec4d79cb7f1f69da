import type { RemovalReason } from "../../core/records.js";
import { descendants, type HtmlElement, type HtmlTree } from "./6-html-tree.js";

/** Code and embedded things that are never text a reader sees. */
const CODE = new Set(["script", "style", "noscript", "template", "svg", "math", "object", "embed", "iframe", "canvas"]);

/** Not rendered at all; their words serve as metadata (the title) or nothing. */
export const UNRENDERED = new Set(["head", "title", "meta", "link", "base"]);

// Anti-copy "jammer" text (Discuz: <font class="jammer">) and the usual hide-me classes.
const HIDING_CLASS = /^(?:jammer\w*|\w*-?jammer|hidden|hide|d-none|is-hidden|invisible|sr-only|visually-hidden|screen-reader-text)$/i;

// `display:none`, `visibility:hidden`, `font-size:0`: the ways a page hides text from readers.
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em|rem)?\s*(?:;|!|$)/i;

/**
 * Elements whose text is not shown: code (reason "markup") and hidden elements
 * ("hidden_element"), including classes a <style> block of the page hides. Descendants of an
 * excluded element are not listed separately.
 */
export function excludedElements(tree: HtmlTree): Map<HtmlElement, RemovalReason> {
  const hiddenClasses = classesHiddenByStyles(tree);
  const out = new Map<HtmlElement, RemovalReason>();
  const visit = (el: HtmlElement): void => {
    for (const child of el.children) {
      if (child.kind !== "element") continue;
      const reason = CODE.has(child.name) ? "markup" : isHidden(child, hiddenClasses) ? "hidden_element" : null;
      if (reason) out.set(child, reason);
      else visit(child);
    }
  };
  visit(tree.root);
  return out;
}

function isHidden(el: HtmlElement, hiddenClasses: ReadonlySet<string>): boolean {
  const a = el.attrs;
  if ("hidden" in a) return true;
  if (el.name === "input" && a.type?.toLowerCase() === "hidden") return true;
  if (a.style && HIDING_STYLE.test(a.style)) return true;
  for (const cls of (a.class ?? "").split(/\s+/)) if (cls && (HIDING_CLASS.test(cls) || hiddenClasses.has(cls))) return true;
  return false;
}

/** `.jm{display:none}` in the page's own <style>: class names whose rule hides them. */
function classesHiddenByStyles(tree: HtmlTree): Set<string> {
  const out = new Set<string>();
  for (const node of descendants(tree.root)) {
    if (node.kind !== "element" || node.name !== "style") continue;
    const css = node.children.map((c) => (c.kind === "text" ? c.text : "")).join("");
    for (const rule of css.matchAll(/([^{}]{1,500})\{([^{}]{0,2000})\}/g)) {
      if (!HIDING_STYLE.test(rule[2]!)) continue;
      for (const sel of rule[1]!.split(",")) {
        const m = /^\s*[a-z]*\.([-\w]+)\s*$/i.exec(sel);
        if (m) out.add(m[1]!);
      }
    }
  }
  return out;
}
