import { createHash } from "node:crypto";
import { InputError } from "../../core/issue.js";
import { MappedText } from "../../core/mapped-text.js";
import { makeDocument, type PipelineDocument, type RemovedSpan } from "../../core/records.js";
import type { ByteSource } from "./byte-source.js";
import type { JsonRecord } from "./3-jsonl.js";
import { decode } from "./4-decode.js";
import { extractContent } from "./5-extract.js";
import { toIso } from "./datetime.js";
import { removedSpan } from "./extraction.js";

/** A whole file, stdin or page: decode, extract, and make the document (id = sha256 of the bytes). */
export function documentFromBytes(source: ByteSource, bytes: Uint8Array): PipelineDocument | InputError {
  const decoded = decode(source.name, bytes, source.contentType);
  if (decoded instanceof InputError) return decoded;
  const content = extractContent(MappedText.identity(decoded.text), source);
  if (content.text.text.trim() === "") return new InputError("content_not_found", source.name, "no readable text in it");
  return makeDocument({
    meta: {
      source: source.name,
      id: createHash("sha256").update(bytes).digest("hex"),
      title: content.title,
      titleSpan: content.titleSpan,
      author: content.author,
      published: content.published,
      url: source.url,
      encoding: decoded.encoding,
      format: content.format,
    },
    raw: bytes,
    text: content.text,
    language: "und",
    removed: content.removed,
    issues: [...decoded.issues, ...content.issues],
  });
}

/**
 * A JSON-lines record. With a title, the decoded original is `title + "\n\n" + text`, so the
 * headline's words have spans too; the text may itself be an HTML fragment or a forum page.
 */
export function documentFromRecord(rec: JsonRecord): PipelineDocument | InputError {
  const title = rec.title;
  const original = title ? `${title}\n\n${rec.text}` : rec.text;
  const full = MappedText.identity(original);
  const offset = title ? title.length + 2 : 0;
  const base = title ? full.rebuild([{ text: rec.text, start: offset, end: original.length }]) : full;
  const content = extractContent(base, { path: null, contentType: null, url: rec.url });
  let body = content.text;
  const removed: RemovedSpan[] = [...content.removed];
  if (title && content.titleLine > 0 && squash(content.title ?? "") === squash(title)) {
    // the forum page repeats the record's title: keep one title line
    const cut = body.text.slice(content.titleLine).search(/\S|$/) + content.titleLine;
    removed.push(removedSpan(body, { start: 0, end: content.titleLine }, "boilerplate"));
    removed.sort((a, b) => a.span.start - b.span.start);
    body = body.rebuild([{ text: body.text.slice(cut), start: cut, end: body.length }]);
  }
  if (body.text.trim() === "") return new InputError("json_line_no_text", rec.source, 'record has no readable "text"');
  const text = title ? MappedText.concat([full.rebuild([{ text: original.slice(0, offset), start: 0, end: offset }]), body]) : body;
  return makeDocument({
    meta: {
      source: rec.source,
      id: rec.id,
      title: title ?? content.title,
      titleSpan: title ? { start: 0, end: title.length } : content.titleSpan,
      author: content.author,
      published: rec.published ? (toIso(rec.published) ?? rec.published) : content.published,
      url: rec.url,
      encoding: "utf-8",
      format: "jsonl",
    },
    raw: rec.raw,
    text,
    language: "und",
    removed,
    issues: [...rec.issues, ...content.issues],
  });
}

function squash(s: string): string {
  return s.replace(/\s+/g, "");
}
