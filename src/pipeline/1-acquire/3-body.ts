import { InputError } from "../../core/issue.js";
import { describeFsError } from "./1-inputs.js";
import type { ByteSource } from "./byte-source.js";
import { formatBytes } from "./options.js";

/** The first bytes of a source (to sniff JSON lines) and the source again, replaying them. */
export async function peek(source: ByteSource, want: number): Promise<{ head: Uint8Array; complete: boolean; source: ByteSource }> {
  const it = source.chunks[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let have = 0;
  let done = false;
  while (have < want) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    have += next.value.length;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (done) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  return { head: Buffer.concat(taken).subarray(0, want), complete: done, source: { ...source, chunks: replay() } };
}

const tooLarge = (source: ByteSource, maxBytes: number) =>
  new InputError("too_large", source.name, `larger than the ${formatBytes(maxBytes)} limit (--max-bytes)`);

/**
 * A download whose Content-Length is over the limit is refused before reading (a JSON-lines
 * download is limited per record instead). Files are sniffed first: reading their head is cheap.
 */
export function refuseEarly(source: ByteSource, maxBytes: number, jsonLines: boolean): InputError | null {
  if (source.url === null || source.size === null || source.size <= maxBytes || jsonLines) return null;
  source.close();
  return tooLarge(source, maxBytes);
}

/** All bytes of a source, refusing (not truncating) anything over the limit. */
export async function readAll(source: ByteSource, maxBytes: number): Promise<Uint8Array | InputError> {
  if (source.size !== null && source.size > maxBytes) {
    source.close();
    return tooLarge(source, maxBytes);
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of source.chunks) {
      total += chunk.length;
      if (total > maxBytes) {
        source.close();
        return tooLarge(source, maxBytes);
      }
      parts.push(chunk);
    }
  } catch (e) {
    if (e instanceof InputError) return e;
    return new InputError("unreadable", source.name, `cannot read: ${describeFsError(e)}`);
  }
  return new Uint8Array(Buffer.concat(parts));
}
