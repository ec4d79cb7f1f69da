/**
 * A correction notice: a document that says it corrects an earlier report. Its figures beat the
 * conflicting figures reported before it for the same event. Deliberately narrow: the notice must
 * say so at the start of the title or text, or in a stock phrase.
 *   "更正：月之暗面本轮融资额应为8亿美元" / "【更正】…" / "Correction: Moonshot AI raised $800 million"
 *   "……特此更正。" / "An earlier version of this article misstated the amount"
 */
const OPENING = /^[\s【[（(]*(?:更正|勘误|订正|correction|corrected|clarification)(?:[】\]）):：\s]|声明|启事)/iu;
const STOCK_PHRASE =
  /特此更正|更正声明|更正启事|此前报道有误|(?:this|the) (?:article|story|report) (?:has been|was) (?:corrected|updated to correct)|an earlier version of this (?:article|story|report)/iu;

/** Every pattern of this module, for the ReDoS walk in test/redos.test.ts. */
export const CORRECTION_PATTERNS = { OPENING, STOCK_PHRASE };

export function isCorrectionNotice(title: string | null, text: string): boolean {
  const head = text.slice(0, 200);
  return OPENING.test(title ?? "") || OPENING.test(head) || STOCK_PHRASE.test(text.slice(0, 4000));
}
