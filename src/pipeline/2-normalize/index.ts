import { issue, type Issue } from "../../core/issue.js";
import type { MappedText } from "../../core/mapped-text.js";
import { makeDocument, type PipelineDocument, type RemovedSpan } from "../../core/records.js";
import { removeInvisible } from "./1-invisible.js";
import { toHalfWidth } from "./2-width.js";
import { removePinyin } from "./3-pinyin.js";
import { removeAntiCopy } from "./4-anti-copy.js";
import { toSimplified } from "./5-script.js";
import { removeSpamPhrases } from "./6-spam-phrase.js";
import { removeSpamLines } from "./7-spam-line.js";
import { unifyWhitespace } from "./8-whitespace.js";
import { detectLanguage } from "./language.js";
import type { Step } from "./step.js";

/**
 * The steps, in the order they must run:
 * 1. invisible characters first: a zero-width space inside "融\u200B资" or "%46\u200BQ71%" would
 *    hide every shape the later steps look for;
 * 2. width next, so later steps see one form: "％４６Ｑ７１％" is a code, "點（diǎn）" a gloss;
 * 3–4. pinyin glosses and anti-copy codes come out before script conversion and segmentation,
 *    so "大模%F3x13%子" and "億(yì)元" are whole words again for the steps that read words;
 * 5. Traditional → Simplified before the spam steps: jieba's dictionary is Simplified;
 * 6–7. spam phrases and lines, judged on the words around them;
 * 8. whitespace last: removals leave gaps and empty lines, and re-joining hard-wrapped lines
 *    needs the final words.
 */
export const STEPS: readonly { readonly name: string; readonly run: Step }[] = [
  { name: "invisible", run: removeInvisible },
  { name: "width", run: toHalfWidth },
  { name: "pinyin", run: removePinyin },
  { name: "anti-copy", run: removeAntiCopy },
  { name: "script", run: toSimplified },
  { name: "spam-phrase", run: removeSpamPhrases },
  { name: "spam-line", run: removeSpamLines },
  { name: "whitespace", run: unifyWhitespace },
];

export interface Normalized {
  readonly text: MappedText;
  readonly removed: readonly RemovedSpan[];
  readonly language: string;
}

/** Run every step over a mapped text; `afterStep` sees each intermediate result (tests check invariants there). */
export function normalizeText(text: MappedText, afterStep?: (name: string, text: MappedText) => void): Normalized {
  let current = text;
  const removed: RemovedSpan[] = [];
  for (const step of STEPS) {
    const r = step.run(current);
    current = r.text;
    removed.push(...r.removed);
    afterStep?.(step.name, current);
  }
  removed.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { text: current, removed, language: detectLanguage(current.text) };
}

/** Clean a document's text; every step records its edits in the one offset map. */
export function normalize(doc: PipelineDocument): PipelineDocument {
  const { text, removed, language } = normalizeText(doc.text);
  const issues = removed.length ? [...doc.issues, noiseIssue(removed)] : doc.issues;
  return makeDocument({ ...doc, text, language, removed: [...doc.removed, ...removed], issues });
}

/** One line for the user: "removed 24 anti_copy_code, 5 spam_phrase spans" (details are in `removed`). */
function noiseIssue(removed: readonly RemovedSpan[]): Issue {
  const counts = new Map<string, number>();
  for (const r of removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, n]) => `${n} ${reason}`);
  return issue("noise_removed", `removed ${parts.join(", ")} span${removed.length > 1 ? "s" : ""}`);
}
