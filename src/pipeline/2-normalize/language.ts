import { isHan } from "./step.js";

const SAMPLE = 4096;

/**
 * BCP 47 primary tag of a clean text by the scripts it is written in: "zh" when Han characters
 * carry the text (one Han character weighs about as much as a three-letter word), "ja" when kana
 * are common among them, "ko" for Hangul, "en" for Latin text, "und" when there is nothing to go on.
 */
export function detectLanguage(s: string): string {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let latin = 0;
  // a long text is judged on an even sample of SAMPLE characters: the proportions are what matter
  const step = Math.max(1, Math.floor(s.length / SAMPLE));
  for (let i = 0; i < s.length; i += step) {
    const c = s.charCodeAt(i);
    if (isHan(c)) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  const cjk = han + kana;
  if (hangul > cjk && hangul * 3 >= latin) return "ko";
  if (cjk === 0 && latin === 0 && hangul === 0) return "und";
  if (cjk * 3 >= latin) return kana * 5 > cjk ? "ja" : "zh";
  return "en";
}
