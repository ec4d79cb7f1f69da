import type { OrgKind } from "../types.js";
import type { Candidate } from "./candidate.js";

/**
 * English organization names by their last word ("Lux Capital", "Kestrel Dynamics",
 * "Valor Equity Partners", "Corvalen Therapeutics"): capitalized words joined by single spaces,
 * ending in a capitalized organization word; sentence words in front are dropped
 * ("Existing investors Lux Capital" → Lux Capital; "The Founders Fund" → Founders Fund).
 */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const ENDINGS: [OrgKind, Set<string>][] = [
  ["investor", words("Capital Ventures Venture Partners Investors Investments Investment Management Advisors Advisers Associates VC Angels")],
  ["fund", words("Fund Funds")],
  ["corporate", words("Group Holdings Holding")],
  ["bank", words("Bank Securities")],
  [
    "company",
    words(`Labs Lab AI Inc. Inc Ltd. Ltd LLC Corp. Corp Corporation Technologies Therapeutics Robotics Bio Biosciences
      Biotech Pharmaceuticals Pharma Health Healthcare Medical Energy Systems Dynamics Motors Automotive Aerospace
      Semiconductor Semiconductors Networks Analytics Foods Materials Genomics Sciences Industries Software Data Pay
      Works Mobility Computing GmbH AG plc Kft. SAS B.V. N.V.`),
  ],
];
const ENDING_KIND = new Map<string, OrgKind>(ENDINGS.flatMap(([k, ws]) => [...ws].map((w) => [w, k] as [string, OrgKind])));
/** Any ending word anywhere in a text (a token is a piece of the text, so without one there is no name). */
const ANY_ENDING = new RegExp([...ENDING_KIND.keys()].map((w) => w.replace(/\./g, "\\.")).join("|"));

/** Sentence words that are capitalized only because of where they stand, or are not names. */
const SENTENCE = words(`
  The A An And Or But If When While After Before Since Although Its It Their His Her Our Your My This That These Those
  Both Each Every All Some Several Many Most Other Another Existing New Returning Investors Investor Backers Backer
  Including Include Includes Led Co-led With From By In On At As For To Of Also Meanwhile According Earlier Last Next
  Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
  June July August September October November December CEO CTO CFO COO Founder Co-founder Cofounder Chairman
  President Partner Managing Chief Executive Series Seed Pre-seed Round Funding Startup Company Firm Deal Deals Why
  How What Who Where Which There Here Then Now So Yet Not No Yes He She They We You I Mr Ms Mrs Dr Notably However
  Separately Elsewhere Overall Together Combined Alongside Participants Participating Other Unnamed Undisclosed Several
`);

/** Words that do not make a name on their own: "Generative AI", "Venture Capital", "Climate Fund". */
const GENERIC = words(`
  Venture Ventures Capital Growth Private Equity Global International Generative Artificial Agentic Conversational
  Enterprise Open Physical Embodied Responsible Sovereign Applied Vertical Frontier Edge Foundation Industrial Medical
  Clinical Legal Financial Consumer Creative Multimodal Autonomous Safe Ethical Human Climate Impact Innovation
  Opportunity Opportunities Strategic Corporate Early Late Stage Seed Angel Big Small Health Digital Smart Green Clean
  New Next Future First Tech Technology Data Quantum Space Defense Energy Solar Crypto Web3 Blockchain Mobile Cloud Cyber
  Security Software Hardware Robotics Bio Life Sciences Pharma Food Agri Retail Commerce Media Fintech Insurtech
  Proptech Edtech Healthtech Deep Hard Regional National Local Federal State Public Family Office Pension Endowment
  Wealth Asset Hedge Mutual Real Estate Infrastructure Debt Credit Loan Series Round Funding Investment Investments
  Investor Investors Partner Partners Fund Funds Group Holdings Labs Lab AI ML LLM GenAI Inc Ltd LLC Corp Management
  Bank Semiconductor Battery Storage Power Mobility Computing Analytics Networks Systems Materials Foods Motors
`);

// "and" is left out: "Lux Capital and Eclipse Ventures" are two names.
const CONNECTORS = words("& of de du von van der la le");

interface Tok {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** "Musk's": a possessive ends a name. */
  readonly possessive: boolean;
}

const ABBREVIATIONS = words("Inc. Ltd. Corp. Co. Kft. B.V. N.V. L.P. S.A.");

/** Tokens as /[A-Z0-9][\w&'’.-]*\/gi reads them (TOKEN_RE), by character: a letter or digit, then word characters, "&", quotes, "." and "-". */
export const TOKEN_RE = /[A-Z0-9][\w&'’.-]*/gi;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isTokenChar = (c: number) => isAlnum(c) || c === 95 || c === 38 || c === 39 || c === 0x2019 || c === 46 || c === 45;
const isQuote = (c: number) => c === 39 || c === 0x2019;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isTokenChar(text.charCodeAt(j))) j++;
    // [i, j) is a match of TOKEN_RE; what follows trims it.
    let e = j;
    let possessive = false;
    // "Musk's" (as /['’]s$/ reads it), then trailing dots but abbreviations', then hyphens and quotes
    if (e - i >= 2 && text.charCodeAt(e - 1) === 115 && isQuote(text.charCodeAt(e - 2))) {
      e -= 2;
      possessive = true;
    }
    while (e > i && text.charCodeAt(e - 1) === 46 && !ABBREVIATIONS.has(text.slice(i, e))) e--;
    while (e > i && (text.charCodeAt(e - 1) === 45 || isQuote(text.charCodeAt(e - 1)))) e--;
    if (e > i) out.push({ text: text.slice(i, e), start: i, end: e, possessive });
    i = j;
  }
  return out;
}

const capitalized = (t: string) => /^[A-Z0-9]/.test(t) || /^[a-z]+[A-Z]/.test(t);

/** Fund numbers after "Fund": "Fund II", "Fund 3". */
const FUND_NUMBER = /^(?:I{1,3}|IV|VI{0,3}|IX|[X1-9])$/;

/** Two tokens one space apart, the first not a possessive: words of one name. */
const joined = (text: string, a: Tok, b: Tok) => b.start - a.end === 1 && text.charCodeAt(a.end) === 32 && !a.possessive;

export function englishCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!ANY_ENDING.test(text)) return out;
  const toks = tokenize(text);
  for (let j = 0; j < toks.length; j++) {
    const end = toks[j] as Tok;
    const kind = ENDING_KIND.get(end.text);
    if (!kind) continue;
    // "Capital Management", "Venture Partners": the last ending of a run speaks for it.
    const after = toks[j + 1];
    if (after && joined(text, end, after) && ENDING_KIND.has(after.text)) continue;
    let last = j;
    if (kind === "fund" && after && joined(text, end, after) && FUND_NUMBER.test(after.text)) last = j + 1;
    let first = j;
    while (first > 0 && j - first < 5) {
      const prev = toks[first - 1] as Tok;
      if (!joined(text, prev, toks[first] as Tok) || prev.possessive) break;
      if (/-based$|-headquartered$/i.test(prev.text) || /^\d+$/.test(prev.text)) break;
      if (CONNECTORS.has(prev.text)) {
        const before = toks[first - 2];
        if (!before || !joined(text, before, prev) || !capitalized(before.text) || SENTENCE.has(before.text)) break;
      } else if (!capitalized(prev.text)) break;
      first--;
    }
    while (first < j && (SENTENCE.has((toks[first] as Tok).text) || CONNECTORS.has((toks[first] as Tok).text))) first++;
    const stem = toks.slice(first, j).filter((t) => !ENDING_KIND.has(t.text) && !CONNECTORS.has(t.text));
    if (!stem.length) continue;
    if (stem.every((t) => GENERIC.has(t.text) || /^[A-Z]$/.test(t.text))) continue;
    const lastTok = toks[last] as Tok;
    out.push({
      start: (toks[first] as Tok).start,
      end: lastTok.end,
      kind,
      source: "suffix",
      confidence: GENERIC.has(end.text) && stem.length === 1 ? 0.7 : 0.75,
      lexiconId: null,
      name: null,
      alias: null,
    });
  }
  return out;
}

/**
 * Capitalized words ending at `end` (spaces before `end` skipped), as in "Kirana | has raised":
 * one to three words, sentence words dropped from the front. For callers that know from context
 * that a name stands there. Returns [start, end) or null.
 */
export function latinNameBefore(text: string, end: number): [number, number] | null {
  let e = end;
  while (e > 0 && text[e - 1] === " ") e--;
  const m = /(?:[A-Z][\w&'’.-]*|[a-z]+[A-Z][\w&'’.-]*)(?: (?:[A-Z0-9][\w&'’.-]*|&)){0,2}$/.exec(text.slice(Math.max(0, e - 60), e));
  if (!m) return null;
  let start = e - m[0].length;
  const parts = m[0].split(" ");
  while (parts.length && SENTENCE.has(parts[0] as string)) start += (parts.shift() as string).length + 1;
  if (!parts.length || (start > 0 && /[\w'’-]/.test(text[start - 1] as string))) return null;
  return [start, e];
}
