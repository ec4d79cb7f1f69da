import chardet from "chardet";
import iconv from "iconv-lite";

/** A decoder name iconv-lite knows, or null. GB2312 and GBK are decoded as their superset GB18030. */
export function decoderFor(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(name)) return "utf-8";
  if (/^(?:gb2312|gbk|x-gbk|gb18030|cp936|windows-936|euc-cn|csgb2312|chinese)$/.test(name)) return "gb18030";
  if (/^(?:big5|big5-hkscs|x-big5|cn-big5|csbig5|cp950)$/.test(name)) return "big5";
  if (/^(?:utf-?16le|utf-?16)$/.test(name)) return "utf-16le";
  if (/^utf-?16be$/.test(name)) return "utf-16be";
  // WHATWG: "latin1" and "ascii" labels mean windows-1252
  if (/^(?:us-ascii|ascii|iso-8859-1|iso8859-1|latin1|l1|windows-1252|cp1252)$/.test(name)) return "windows-1252";
  return iconv.encodingExists(name) ? name : null;
}

/** Byte order marks: UTF-8, UTF-16LE, UTF-16BE. */
export function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** `text/html; charset=GBK` → "GBK". */
export function headerCharset(contentType: string | null): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return m ? m[1]! : null;
}

/** `<meta charset="big5">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">` near the top. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  for (const tag of head.match(/<meta\b[^>]{0,512}>/gi) ?? []) {
    const m = /\bcharset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(tag);
    if (m) return m[1]!;
  }
  return null;
}

/** UTF-16 without a BOM shows as NUL bytes on one side of each ASCII character ("a\0b\0"). */
export function utf16ByNulPattern(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// Frequent characters of Chinese news, simplified and traditional. A wrong decoding of GBK as
// Big5 (or the reverse) yields valid but rare characters; the right one yields these.
const COMMON =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所" +
  "民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日" +
  "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想" +
  "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指" +
  "几九区强放决西被干做必战先回则任取据处府研們這為個國來時說會對發後動過經頭點實現關機體與當開間還進種學裡應裏樣從業東長麼" +
  "問數無萬億輪資產務創團領總變記據區元万亿融投轮司科技限股份集团金完获宣布估值领跟市场企";
const COMMON_SET = new Set(COMMON);

function commonShare(text: string): number {
  let cjk = 0;
  let common = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x3400 && c <= 0x9fff) {
      cjk++;
      if (COMMON_SET.has(ch)) common++;
    }
  }
  return cjk === 0 ? 0 : common / cjk;
}

export function invalidCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

/**
 * Guess a legacy encoding from the bytes (they are not valid UTF-8). chardet ranks candidates;
 * GB18030 and Big5 are always tried. Fewest undecodable bytes wins, then chardet when it is
 * sure (long texts), then the share of common Chinese characters (short texts, where chardet
 * gives every candidate the same low score).
 */
export function guessEncoding(bytes: Uint8Array): { encoding: string; confidence: number } {
  const sample = bytes.subarray(0, 65536);
  const ranked = chardet.analyse(sample);
  const names = new Map<string, number>([
    ["gb18030", 0],
    ["big5", 0],
  ]);
  for (const r of ranked) {
    const dec = decoderFor(r.name);
    if (dec && dec !== "utf-8" && !dec.startsWith("utf-16") && !names.get(dec)) names.set(dec, r.confidence);
  }
  const scored = [...names].map(([encoding, confidence]) => {
    const text = iconv.decode(Buffer.from(sample), encoding);
    return { encoding, confidence, invalid: invalidCount(text), common: commonShare(text) };
  });
  scored.sort(
    (a, b) =>
      a.invalid - b.invalid ||
      (Math.max(a.confidence, b.confidence) >= 50 ? b.confidence - a.confidence : 0) ||
      b.common - a.common ||
      b.confidence - a.confidence,
  );
  const best = scored[0]!;
  return { encoding: best.encoding, confidence: best.confidence };
}
