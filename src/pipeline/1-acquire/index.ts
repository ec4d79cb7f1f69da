import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { InputError } from "../../core/issue.js";
import { MappedText } from "../../core/mapped-text.js";
import { makeDocument, type PipelineDocument } from "../../core/records.js";

export interface AcquireOptions {
  /** Largest input accepted, in bytes. */
  readonly maxBytes: number;
}

export const DEFAULT_ACQUIRE_OPTIONS: AcquireOptions = { maxBytes: 20 * 1024 * 1024 };

/**
 * Turn the user's inputs into decoded documents, one at a time. A bad input yields an
 * InputError value (not a throw) so the rest of the batch goes on.
 */
export async function* acquire(
  inputs: readonly string[],
  options: AcquireOptions = DEFAULT_ACQUIRE_OPTIONS,
): AsyncGenerator<PipelineDocument | InputError> {
  for (const input of inputs) {
    try {
      const raw = new Uint8Array(await readFile(input));
      if (raw.length > options.maxBytes) {
        yield new InputError("too_large", input, `larger than ${options.maxBytes} bytes`);
        continue;
      }
      const original = new TextDecoder("utf-8").decode(raw);
      yield makeDocument({
        meta: {
          source: input,
          id: createHash("sha256").update(raw).digest("hex"),
          title: null,
          author: null,
          published: null,
          url: null,
          encoding: "utf-8",
          format: "text",
        },
        raw,
        text: MappedText.identity(original),
        language: "und",
        removed: [],
        issues: [],
      });
    } catch (e) {
      yield new InputError("unreadable", input, (e as Error).message);
    }
  }
}
