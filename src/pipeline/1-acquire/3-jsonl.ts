import { createHash } from "node:crypto";
import { extname } from "node:path";
import { InputError, issue, type Issue } from "../../core/issue.js";
import { describeFsError } from "./1-inputs.js";
import type { ByteSource } from "./byte-source.js";
import { formatBytes } from "./options.js";

/** One JSON-lines record (DuEE-Fin layout: `text`, optional `id`, `title`, `url`, `published`). */
export interface JsonRecord {
  /** `path:LINE`, 1-based. */
  readonly source: string;
  /** The record's `id`, else the sha256 of the line. */
  readonly id: string;
  /** The line's bytes, without its line ending. */
  readonly raw: Uint8Array;
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly issues: readonly Issue[];
}

const JSONL_TYPES = /^application\/(?:x-)?(?:ndjson|jsonl|json-lines|jsonlines)\b/i;

/** JSON lines by name (.jsonl, .ndjson), by Content-Type, or by a first line that is a record with `text`. */
export function looksLikeJsonLines(source: ByteSource, head: Uint8Array, complete: boolean): boolean {
  if (namedJsonLines(source)) return true;
  const text = new TextDecoder().decode(head);
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== "{") return false;
  const nl = text.indexOf("\n", start);
  if (nl < 0 && !complete) return false;
  try {
    const first = JSON.parse(text.slice(start, nl < 0 ? undefined : nl)) as unknown;
    return typeof first === "object" && first !== null && typeof (first as { text?: unknown }).text === "string";
  } catch {
    return false;
  }
}

/** JSON lines by name or Content-Type alone, before any byte is read. */
export function namedJsonLines(source: ByteSource): boolean {
  const ext = source.path ? extname(source.path).toLowerCase() : "";
  return ext === ".jsonl" || ext === ".ndjson" || (source.contentType !== null && JSONL_TYPES.test(source.contentType));
}

/** Records one line at a time: memory stays flat whatever the file size. */
export async function* jsonLines(source: ByteSource, maxBytes: number): AsyncGenerator<JsonRecord | InputError> {
  let lineNo = 0;
  try {
    for await (const line of splitLines(source.chunks, maxBytes)) {
      lineNo++;
      const where = `${source.name}:${lineNo}`;
      if (line === null) {
        yield new InputError("too_large", where, `line is larger than the ${formatBytes(maxBytes)} limit (--max-bytes)`);
        continue;
      }
      const bytes = lineNo === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf ? line.subarray(3) : line;
      const record = parseRecord(where, bytes);
      if (record) yield record;
    }
  } catch (e) {
    yield new InputError("unreadable", source.name, `cannot read after line ${lineNo}: ${e instanceof InputError ? e.message : describeFsError(e)}`);
  }
}

function parseRecord(where: string, bytes: Uint8Array): JsonRecord | InputError | null {
  const issues: Issue[] = [];
  let line: string;
  try {
    line = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    line = new TextDecoder("utf-8").decode(bytes);
    issues.push(issue("encoding_invalid_bytes", "the line is not valid UTF-8; bad bytes became U+FFFD"));
  }
  if (line.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return new InputError("json_line_malformed", where, `malformed JSON line (${(e as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return new InputError("json_line_malformed", where, "JSON line is not an object");
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec.text !== "string") return new InputError("json_line_no_text", where, 'record has no "text" string');
  if (rec.text.trim() === "") return new InputError("json_line_no_text", where, 'record has an empty "text"');
  const id = typeof rec.id === "string" || typeof rec.id === "number" ? String(rec.id) : null;
  return {
    source: where,
    id: id ?? createHash("sha256").update(bytes).digest("hex"),
    raw: bytes,
    text: rec.text,
    title: stringField(rec.title),
    url: stringField(rec.url),
    published: stringField(rec.published),
    issues,
  };
}

function stringField(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/** Lines as bytes (without "\n" or "\r\n"); a line over the limit is skipped and reported as null. */
async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array | null> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const finish = (): Uint8Array | null => {
    // a copy, so a record never pins the whole read chunk in memory
    const line = over ? null : stripCr(new Uint8Array(Buffer.concat(parts)));
    parts = [];
    size = 0;
    over = false;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      add(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) add(chunk.subarray(from));
  }
  if (size > 0 || over) yield finish();

  function add(piece: Uint8Array): void {
    size += piece.length;
    if (size > maxBytes) {
      over = true;
      parts = [];
    } else if (!over) parts.push(piece);
  }
}

function stripCr(line: Uint8Array): Uint8Array {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
