import { Parser } from "htmlparser2";

/** A run of text with the source range it came from. An entity is its own node ("&nbsp;" → "\u00a0"). */
export interface HtmlText {
  readonly kind: "text";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly parent: HtmlElement;
}

/** An element with the source ranges of its start tag `[start, openEnd)` and end tag `[closeStart, end)`. */
export interface HtmlElement {
  readonly kind: "element";
  /** Document order; the key that ties this tree to the DOM Readability works on. */
  readonly id: number;
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** True when the parser made the element up (a stray `</p>`): it has no start tag in the source. */
  readonly implied: boolean;
  readonly start: number;
  readonly openEnd: number;
  closeStart: number;
  end: number;
  readonly parent: HtmlElement | null;
  readonly children: (HtmlElement | HtmlText)[];
}

export interface HtmlTree {
  readonly source: string;
  readonly root: HtmlElement;
  readonly elements: readonly HtmlElement[];
  /** The input stops inside a tag, or a page that opened <html>/<body> never closes them. */
  readonly truncated: boolean;
  /** A whole page (doctype, <html>, <head> or <body>), not a fragment. */
  readonly isDocument: boolean;
}

/** Parse with htmlparser2, keeping every node's offsets into `source`. */
export function parseHtml(source: string): HtmlTree {
  const root: HtmlElement = { kind: "element", id: -1, name: "#root", attrs: {}, implied: true, start: 0, openEnd: 0, closeStart: source.length, end: source.length, parent: null, children: [] };
  const elements: HtmlElement[] = [];
  let current = root;
  let ending = false;
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs, isImplied) {
        const start = parser.startIndex;
        const openEnd = isImplied ? start : parser.endIndex + 1;
        const el: HtmlElement = { kind: "element", id: elements.length, name, attrs, implied: isImplied, start, openEnd, closeStart: openEnd, end: openEnd, parent: current, children: [] };
        elements.push(el);
        current.children.push(el);
        current = el;
      },
      onclosetag(name, isImplied) {
        const el = current;
        if (el === root) return;
        if (isImplied) {
          // void elements close at their own end; others where something else closed them
          const at = VOID.has(name) ? el.openEnd : ending ? source.length : parser.startIndex;
          el.closeStart = at;
          el.end = at;
        } else {
          el.closeStart = parser.startIndex;
          el.end = parser.endIndex + 1;
        }
        current = el.parent ?? root;
      },
      ontext(text) {
        current.children.push({ kind: "text", text, start: parser.startIndex, end: parser.endIndex + 1, parent: current });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(source);
  ending = true;
  parser.end();
  const isDocument = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(source) || /<body\b/i.test(source);
  return { source, root, elements, truncated: isTruncated(source, isDocument), isDocument };
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen"]);

function isTruncated(source: string, isDocument: boolean): boolean {
  // cut inside a tag: "…<p class=\"le" at the very end
  const lastOpen = source.lastIndexOf("<");
  if (lastOpen > source.lastIndexOf(">") && /^<[a-z/!]/i.test(source.slice(lastOpen, lastOpen + 2))) return true;
  if (!isDocument) return false;
  const opened = /<(?:html|body)\b/i.test(source);
  return opened && !/<\/(?:html|body)\s*>/i.test(source);
}

/** Depth-first, in document order. */
export function* descendants(el: HtmlElement): Generator<HtmlElement | HtmlText> {
  for (const child of el.children) {
    yield child;
    if (child.kind === "element") yield* descendants(child);
  }
}

export function hasClass(el: HtmlElement, name: string): boolean {
  return (el.attrs.class ?? "").split(/\s+/).includes(name);
}

/** The nearest element, from `el` up, that was written in the source (implied ones have no id there). */
export function explicitAncestor(el: HtmlElement): HtmlElement | null {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (!e.implied) return e;
  return null;
}

/** Is `el` inside `outer` (or `outer` itself)? */
export function isWithin(el: HtmlElement, outer: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (e === outer) return true;
  return false;
}
