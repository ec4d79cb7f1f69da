import { open as openFile } from "node:fs/promises";
import { InputError } from "../../core/issue.js";
import { describeFsError, type InputRef } from "./1-inputs.js";
import { fetchUrl } from "./2-fetch.js";
import type { AcquireOptions } from "./options.js";

/** An opened input: a stream of bytes plus what the transport told us about them. */
export interface ByteSource {
  /** How messages and `meta.source` name it: the path, "stdin", or the URL as given. */
  readonly name: string;
  /** File path or URL path, for sniffing by extension. */
  readonly path: string | null;
  /** The URL the bytes finally came from (after redirects). */
  readonly url: string | null;
  /** HTTP Content-Type, when there was one. */
  readonly contentType: string | null;
  /** Size known before reading (files, HTTP Content-Length). */
  readonly size: number | null;
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Release the file handle or connection when the bytes are not all read. */
  readonly close: () => void;
}

export async function openInput(ref: InputRef, options: AcquireOptions): Promise<ByteSource | InputError> {
  switch (ref.kind) {
    case "stdin":
      return { name: "stdin", path: null, url: null, contentType: null, size: null, chunks: options.stdin ?? process.stdin, close: () => {} };
    case "url":
      return fetchUrl(ref.url, options);
    case "file":
      try {
        const handle = await openFile(ref.path, "r");
        const { size } = await handle.stat().catch(async (e: unknown) => {
          await handle.close();
          throw e;
        });
        const stream = handle.createReadStream();
        return { name: ref.path, path: ref.path, url: null, contentType: null, size, chunks: stream, close: () => stream.destroy() };
      } catch (e) {
        return new InputError("unreadable", ref.path, `cannot read: ${describeFsError(e)}`);
      }
  }
}
