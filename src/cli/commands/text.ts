import { InputError, type IssueCode } from "../../core/issue.js";
import { documentToJson } from "../../core/records.js";
import { acquire, type AcquireOptions, normalize } from "../../pipeline/index.js";
import type { Output } from "../output.js";

export interface TextOptions {
  json?: boolean;
  original?: boolean;
  maxBytes?: number;
  timeout?: number;
}

// problems met while reading an input that still gave a document: the user hears of them too
const READING_ISSUES: ReadonlySet<IssueCode> = new Set(["encoding_guessed", "encoding_invalid_bytes", "html_truncated", "content_not_found"]);

/**
 * `dealgraph text <inputs…>`: read, decode and clean inputs. Each bad input gets one line on
 * stderr (`dealgraph: INPUT: reason`) and the batch goes on; the exit code is 1 only when
 * nothing at all could be read.
 */
export async function textCommand(
  inputs: string[],
  opts: TextOptions,
  io: Output,
  acquireOptions: Partial<AcquireOptions> = {},
): Promise<number> {
  let ok = 0;
  const options: Partial<AcquireOptions> = {
    ...acquireOptions,
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout * 1000 } : {}),
  };
  for await (const item of acquire(inputs, options)) {
    if (item instanceof InputError) {
      io.err(`dealgraph: ${item.input}: ${item.message}`);
      continue;
    }
    ok++;
    for (const i of item.issues) if (READING_ISSUES.has(i.code)) io.err(`dealgraph: ${item.meta.source}: ${i.message}`);
    const doc = normalize(item);
    if (opts.json) io.out(`${JSON.stringify(documentToJson(doc))}\n`);
    else if (opts.original) io.out(ensureNewline(doc.text.original));
    else io.out(ensureNewline(doc.text.text));
  }
  return ok > 0 || inputs.length === 0 ? 0 : 1;
}

function ensureNewline(s: string): string {
  return s.endsWith("\n") ? s : `${s}\n`;
}

/** "20MB", "512k", "1048576" → bytes (commander option parser). */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!m) throw new Error(`not a size: "${value}" (use bytes, or a number with K, M or G)`);
  const unit = (m[2] ?? "b")[0]!.toLowerCase();
  const scale = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * scale);
}

export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`not a number of seconds: "${value}"`);
  return n;
}
