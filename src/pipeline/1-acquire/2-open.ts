import { open as openFile } from "node:fs/promises";
import { InputError } from "../../core/issue.js";
import { describeFsError, type InputRef } from "./1-inputs.js";
import { fetchUrl } from "./2-fetch.js";
import type { ByteSource } from "./byte-source.js";
import type { AcquireOptions } from "./options.js";

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
