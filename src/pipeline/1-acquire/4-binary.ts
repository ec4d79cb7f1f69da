/** Magic numbers of formats people feed a text tool by mistake. */
const MAGIC: readonly [string, readonly number[]][] = [
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["ZIP archive or Office document", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["SQLite database", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

/**
 * What kind of binary this is, or null for text. Text has no NUL bytes (UTF-16 is checked
 * before this) and few control characters.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return kind;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return "contains NUL bytes";
    // tab, line feed, form feed, carriage return and ESC appear in text files
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > n * 0.1 ? "too many control characters" : null;
}
