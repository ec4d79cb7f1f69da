import { span as makeSpan, type Span } from "../../../core/span.js";
import type { Mention, Organization, RecognizeContext, Recognizer } from "../types.js";
import { aliasCandidates, renamedCandidates, repeatedForms } from "./alias.js";
import { settle, type Candidate } from "./candidate.js";
import { brandBefore, chineseCandidates, LexIndex } from "./chinese.js";
import { englishCandidates, latinNameBefore } from "./english.js";
import { foldScript } from "./fold.js";
import { Lexicon } from "./lexicon.js";
import { lookup } from "../scan.js";

/**
 * Organizations in clean text, in four passes:
 *   1. registry names (Lexicon.findAll)
 *   2. names by their ending: Chinese ("…资本", "…有限公司") and English ("… Capital", "… Inc.")
 *   3. aliases written beside a name ("X（以下简称“Y”）", "MiniMax（稀宇科技）", "Y, formerly X")
 *   4. later occurrences of those aliases and of short forms of registered names
 * Overlaps are settled longest-first, the registry winning ties.
 */
export function findOrganizations(text: string, lexicon: Lexicon = Lexicon.builtin()): Mention<"org">[] {
  const folded = foldScript(text);
  const hits = lexicon.findAllFolded(text, folded);
  const lex = new LexIndex(hits, text.length);
  const fromLexicon: Candidate[] = hits.map((h) => ({
    start: h.start,
    end: h.end,
    kind: h.entry.kind,
    source: "lexicon",
    confidence: 0.95,
    lexiconId: h.entry.id,
    name: h.entry.name,
    alias: null,
  }));
  const first = settle(
    [...fromLexicon, ...chineseCandidates(folded, lex), ...englishCandidates(folded), ...renamedCandidates(folded)],
    text.length,
  );
  // (settling candidates that do not overlap changes nothing: a pass that adds none is skipped)
  const aliases = aliasCandidates(folded, first, lex);
  const second = aliases.length ? settle([...first, ...aliases], text.length) : first;
  const repeated = repeatedForms(folded, second);
  const all = repeated.length ? settle([...second, ...repeated], text.length) : second;
  return all.map((c) => toMention(text, folded, c));
}

/**
 * A brand with no ending of its own that ends at `end`, for a caller that knows from context
 * that a company is named there ("萌爪宠物|完成千万元融资"): 2–8 characters after a word that
 * ends names, reading as a brand (unknown words), optionally after a place ("杭州和域医药");
 * or one to three capitalized words ("Nimbus Ledger| has raised").
 */
export function brandEndingAt(text: string, end: number, lexicon: Lexicon = Lexicon.builtin()): Span | null {
  const folded = foldScript(text);
  // "Kirana | has raised", "Nimbus Ledger, a … startup,": capitalized words before the trigger.
  if (/[a-z\d] *$/i.test(folded.slice(Math.max(0, end - 2), end))) {
    const latin = latinNameBefore(folded, end);
    return latin ? makeSpan(latin[0], latin[1]) : null;
  }
  const lex = new LexIndex(lexicon.findAllFolded(text, folded), text.length);
  const start = brandBefore(folded, end, lex, true);
  return start === null ? null : makeSpan(start, end);
}

function toMention(text: string, folded: string, c: Candidate): Mention<"org"> {
  const value: Organization = {
    name: c.name ?? folded.slice(c.start, c.end),
    kind: c.kind,
    lexiconId: c.lexiconId,
    alias: c.alias,
    source: c.source,
    confidence: c.confidence,
  };
  return { kind: "org", span: makeSpan(c.start, c.end), text: text.slice(c.start, c.end), value };
}

/**
 * The organization recognizer. `find` and `parse` share one analysis of the last text seen, so
 * calling `parse` for each span `find` returned does the work once.
 */
export function createOrgRecognizer(lexicon?: Lexicon): Recognizer<"org"> {
  let lastText: string | null = null;
  let lastMentions: Mention<"org">[] = [];
  const analyze = (text: string) => {
    if (text !== lastText) {
      lastMentions = findOrganizations(text, lexicon ?? Lexicon.active());
      lastText = text;
    }
    return lastMentions;
  };
  return {
    provides: "org",
    find(text: string, _ctx: RecognizeContext): Span[] {
      return analyze(text).map((m) => m.span);
    },
    parse(text: string, s: Span, _ctx: RecognizeContext): Organization | null {
      const hit = lookup(analyze(text), s);
      if (hit) return hit.value;
      // A span found some other way: judge its words alone.
      const words = text.slice(s.start, s.end);
      const alone = findOrganizations(words, lexicon ?? Lexicon.active());
      const whole = alone.find((m) => m.span.start === 0 && m.span.end === words.length);
      return whole ? whole.value : null;
    },
  };
}

export const orgRecognizer: Recognizer<"org"> = createOrgRecognizer();
