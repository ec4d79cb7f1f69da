import type { Piece } from "../../core/mapped-text.js";
import type { RemovalReason } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import { excludedElements, UNRENDERED } from "./6-html-hidden.js";
import { parseHtml, type HtmlElement, type HtmlText, type HtmlTree } from "./6-html-tree.js";

/** A parsed page and what in it is never shown. */
export interface Page {
  readonly tree: HtmlTree;
  readonly excluded: ReadonlyMap<HtmlElement, RemovalReason>;
}

export function readPage(source: string): Page {
  const tree = parseHtml(source);
  return { tree, excluded: excludedElements(tree) };
}

/** A dropped range, in the coordinates of the text the page was parsed from. */
export interface Removal {
  readonly span: Span;
  readonly reason: RemovalReason;
}

export interface Layout {
  /** Pieces of the page source, in order, for `MappedText.rebuild`. */
  readonly pieces: Piece[];
  readonly removed: Removal[];
}

const BLOCK = new Set(
  "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody tfoot thead tr ul".split(" "),
);
const CELL = new Set(["td", "th"]);

type Atom =
  | { readonly kind: "word"; readonly text: string; readonly start: number; readonly end: number }
  | { readonly kind: "space"; readonly start: number; readonly end: number; readonly newline: boolean }
  | { readonly kind: "break"; readonly start: number; readonly end: number; readonly line: boolean }
  | { readonly kind: "removed"; readonly start: number; readonly end: number };

/**
 * The kept text of `from` as lines. Block elements and <br> become "\n" (mapped to their tag),
 * a cell boundary a space, a run of source whitespace one space (mapped to the run), and a source
 * line break between two CJK characters nothing ("拿\n下" → "拿下", as CSS Text 3 says).
 * Hidden and code elements, and visible text that `keep` rejects, are reported as removed.
 */
export function layout(page: Page, keep: (t: HtmlText) => boolean, from: HtmlElement = page.tree.root): Layout {
  const { source } = page.tree;
  const atoms: Atom[] = [];
  const removed: Removal[] = [];
  let keptSinceRemoval = true;
  const remove = (start: number, end: number, reason: RemovalReason): void => {
    const prev = removed[removed.length - 1];
    const merge = prev && !keptSinceRemoval && prev.reason === reason;
    const span = { start: merge ? prev.span.start : start, end };
    if (merge) removed[removed.length - 1] = { span, reason };
    else removed.push({ span, reason });
    keptSinceRemoval = false;
    atoms.push({ kind: "removed", ...span });
  };
  const text = (t: HtmlText, pre: boolean): void => {
    if (!keep(t)) {
      if (/\S/.test(t.text)) remove(t.start, t.end, "boilerplate");
      return;
    }
    keptSinceRemoval = true;
    const exact = t.end - t.start === t.text.length && source.startsWith(t.text, t.start);
    if (!exact || pre) return void atoms.push({ kind: "word", text: t.text, start: t.start, end: t.end });
    for (const m of t.text.matchAll(/[ \t\n\r\f]+|[^ \t\n\r\f]+/g)) {
      const start = t.start + m.index;
      const end = start + m[0].length;
      if (/^[ \t\n\r\f]/.test(m[0])) atoms.push({ kind: "space", start, end, newline: /[\n\r]/.test(m[0]) });
      else atoms.push({ kind: "word", text: m[0], start, end });
    }
  };
  const walk = (el: HtmlElement, pre: boolean): void => {
    for (const child of el.children) {
      if (child.kind === "text") {
        text(child, pre);
        continue;
      }
      if (UNRENDERED.has(child.name)) continue;
      const reason = page.excluded.get(child);
      if (reason) {
        remove(child.start, child.end, reason);
        continue;
      }
      const block = BLOCK.has(child.name) || child.name === "br";
      const edge = block || CELL.has(child.name);
      if (edge) atoms.push({ kind: "break", start: child.start, end: child.openEnd, line: block });
      walk(child, pre || child.name === "pre");
      if (edge && child.name !== "br") atoms.push({ kind: "break", start: child.closeStart, end: child.end, line: block });
    }
  };
  walk(from, false);
  return { pieces: assemble(atoms), removed };
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function assemble(atoms: readonly Atom[]): Piece[] {
  const pieces: Piece[] = [];
  let last = "";
  let space: { start: number; end: number; newline: boolean; sealed: boolean } | null = null;
  let firstBreak: { start: number; end: number; line: boolean } | null = null;
  let lastBreak: { start: number; end: number } | null = null;
  // separators must not point into text reported as removed (a merged run can span a tag)
  let removedRuns: { start: number; end: number }[] = [];
  const clear = (b: { start: number } | null) => b !== null && !removedRuns.some((r) => r.start <= b.start && b.start < r.end);
  for (const a of atoms) {
    if (a.kind === "removed") {
      removedRuns.push(a);
      if (space) space.sealed = true;
      continue;
    }
    if (a.kind === "space") {
      if (!last || firstBreak) continue;
      if (!space) space = { start: a.start, end: a.end, newline: a.newline, sealed: false };
      else if (!space.sealed) space = { start: space.start, end: a.end, newline: space.newline || a.newline, sealed: false };
      continue;
    }
    if (a.kind === "break") {
      if (last && (!firstBreak || (a.line && !firstBreak.line))) firstBreak = a;
      lastBreak = a;
      space = null;
      continue;
    }
    if (last && firstBreak) {
      const at = clear(firstBreak) ? firstBreak : clear(lastBreak) ? lastBreak! : { start: a.start, end: a.start };
      pieces.push({ text: firstBreak.line ? "\n" : " ", start: at.start, end: at.end });
    } else if (last && space && !(space.newline && CJK.test(last) && CJK.test(a.text[0]!))) {
      pieces.push({ text: " ", start: space.start, end: space.end });
    }
    pieces.push({ text: a.text, start: a.start, end: a.end });
    last = a.text[a.text.length - 1]!;
    space = null;
    firstBreak = null;
    lastBreak = null;
    removedRuns = [];
  }
  return pieces;
}
