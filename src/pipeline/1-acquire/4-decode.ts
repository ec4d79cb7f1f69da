import iconv from "iconv-lite";
import { InputError, issue, type Issue } from "../../core/issue.js";
import { bomOf, decoderFor, guessEncoding, headerCharset, invalidCount, isValidUtf8, metaCharset, utf16ByNulPattern } from "./4-charset.js";
import { binaryKind } from "./4-binary.js";

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly issues: readonly Issue[];
}

/**
 * Bytes → the decoded original. The encoding comes from, in order: a BOM, the HTTP header, an
 * HTML meta charset, the content. Only the last is a guess, and a guess is reported.
 */
export function decode(name: string, bytes: Uint8Array, contentType: string | null): Decoded | InputError {
  if (bytes.length === 0) return new InputError("empty_input", name, "empty input (0 bytes)");
  const bom = bomOf(bytes);
  if (bom) return withInvalid(run(bytes.subarray(bom.length), bom.encoding), bom.encoding, []);

  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return withInvalid(run(bytes, utf16), utf16, [issue("encoding_guessed", `no byte order mark; guessed ${utf16} from the NUL-byte pattern`)]);

  const binary = binaryKind(bytes);
  if (binary) return new InputError("binary_input", name, `not text (${binary})`);

  const fromHeader = headerCharset(contentType);
  const declared = fromHeader ?? metaCharset(bytes);
  const where = fromHeader ? "the HTTP header" : "the page's meta charset";
  const decoder = decoderFor(declared);
  if (declared && decoder) {
    const text = run(bytes, decoder);
    // a declaration that does not fit the bytes: a UTF-8 page still saying gb2312 or iso-8859-1
    const misfit = invalidCount(text) > 0 || (decoder === "windows-1252" && hasHighBytes(bytes) && isValidUtf8(bytes));
    if (!misfit) return withInvalid(text, decoder, []);
    const other = isValidUtf8(bytes) ? "utf-8" : guessEncoding(bytes).encoding;
    const guessed = run(bytes, other);
    if (other === decoder || invalidCount(guessed) > 0) return withInvalid(text, decoder, []);
    return withInvalid(guessed, other, [
      issue("encoding_guessed", `${where} says ${declared}, but the bytes fit ${other} better; decoded as ${other}`),
    ]);
  }
  const unknown = declared ? `unknown charset "${declared}" in ${where}; ` : "";
  if (isValidUtf8(bytes)) {
    return withInvalid(run(bytes, "utf-8"), "utf-8", unknown ? [issue("encoding_guessed", `${unknown}the bytes are valid UTF-8`)] : []);
  }
  const guess = guessEncoding(bytes);
  return withInvalid(run(bytes, guess.encoding), guess.encoding, [
    issue("encoding_guessed", `${unknown || "no declared encoding; "}guessed ${guess.encoding} from the content (confidence ${guess.confidence}%)`),
  ]);
}

function hasHighBytes(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

function run(bytes: Uint8Array, encoding: string): string {
  // BOMs were handled above; a later U+FEFF is content and stays
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

function withInvalid(text: string, encoding: string, issues: Issue[]): Decoded {
  const bad = invalidCount(text);
  if (bad === 0) return { text, encoding, issues };
  const at = text.indexOf("\ufffd");
  return {
    text,
    encoding,
    issues: [
      ...issues,
      issue("encoding_invalid_bytes", `${bad} undecodable byte sequence(s) in ${encoding} became U+FFFD`, { start: at, end: at + 1 }),
    ],
  };
}
