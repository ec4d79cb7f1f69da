export interface AcquireOptions {
  /** Largest single document accepted, in bytes (a JSON-lines file is limited per record, not as a whole). */
  readonly maxBytes: number;
  /** Time allowed for one URL, from request to the last byte, in milliseconds. */
  readonly timeoutMs: number;
  /** Redirects followed for one URL before giving up. */
  readonly maxRedirects: number;
  /** What `-` reads (process.stdin unless a test or an embedding program passes another stream). */
  readonly stdin?: AsyncIterable<Uint8Array>;
}

export const DEFAULT_ACQUIRE_OPTIONS: AcquireOptions = {
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
};

/** "20 MiB", "512 KiB", "300 bytes": limits are stated in messages the way users set them. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
