import { InputError } from "../../core/issue.js";
import type { PipelineDocument } from "../../core/records.js";
import { describeFsError, expandInput } from "./1-inputs.js";
import { openInput } from "./2-open.js";
import { peek, readAll, refuseEarly } from "./3-body.js";
import { jsonLines, looksLikeJsonLines, namedJsonLines } from "./3-jsonl.js";
import { documentFromBytes, documentFromRecord } from "./9-document.js";
import { DEFAULT_ACQUIRE_OPTIONS, type AcquireOptions } from "./options.js";

export { DEFAULT_ACQUIRE_OPTIONS, formatBytes, type AcquireOptions } from "./options.js";

/** Bytes read before deciding whether an input is JSON lines. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Turn the user's inputs into decoded documents, one at a time (JSON-lines files record by
 * record, so memory stays flat). A bad input yields an InputError value, not a throw, so the
 * rest of the batch goes on.
 *
 *   1 inputs     arguments → files (directories walked), stdin, URLs
 *   2 open       a byte stream per input; URLs fetched within limits
 *   3 body       JSON lines split into records, or the whole body read within the size limit
 *   4 decode     BOM, HTTP header, meta charset, else a reported guess
 *   5 extract    text, HTML article, HTML fragment, or Discuz! forum page → content mapped to the original
 *   9 document   the PipelineDocument (id, meta, raw bytes, text, removed spans, issues)
 */
export async function* acquire(inputs: readonly string[], options: Partial<AcquireOptions> = {}): AsyncGenerator<PipelineDocument | InputError> {
  const opts: AcquireOptions = { ...DEFAULT_ACQUIRE_OPTIONS, ...options };
  for (const arg of inputs) {
    for await (const ref of expandInput(arg)) {
      if (ref instanceof InputError) {
        yield ref;
        continue;
      }
      const opened = await openInput(ref, opts);
      if (opened instanceof InputError) {
        yield opened;
        continue;
      }
      const refused = refuseEarly(opened, opts.maxBytes, namedJsonLines(opened));
      if (refused) {
        yield refused;
        continue;
      }
      let sniffed;
      try {
        sniffed = await peek(opened, SNIFF_BYTES);
      } catch (e) {
        yield e instanceof InputError ? e : new InputError("unreadable", opened.name, `cannot read: ${describeFsError(e)}`);
        continue;
      }
      if (looksLikeJsonLines(sniffed.source, sniffed.head, sniffed.complete)) {
        for await (const rec of jsonLines(sniffed.source, opts.maxBytes)) yield rec instanceof InputError ? rec : documentFromRecord(rec);
        continue;
      }
      const bytes = await readAll(sniffed.source, opts.maxBytes);
      yield bytes instanceof InputError ? bytes : documentFromBytes(sniffed.source, bytes);
    }
  }
}
