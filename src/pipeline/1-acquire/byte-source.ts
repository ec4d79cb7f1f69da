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
