import { words } from "../segment.js";
import type { Candidate } from "./candidate.js";
import { brandBefore, type LexIndex } from "./chinese.js";
import { GENERIC, INDUSTRY, PLACES, STOP_WORDS } from "./words.js";

/**
 * Names a text gives twice: "深圳云帆智能科技有限公司（以下简称“云帆智能”）", "MiniMax（稀宇科技）",
 * "Parla, formerly Talkbox", "Northwind Robotics (\"Northwind\")". The second name becomes a
 * mention of its own (`source: "alias"`), both carry each other in `alias`, and short forms of a
 * registered name ("云帆智能" for 深圳云帆智能科技有限公司) are found again further on.
 */

// "以下简称“云帆智能”", "简称：云帆", "下称"星衡"", "以下统称为“公司”"
const CALLED = /^(?:以下|下文)?(?:简称|称|统称)为?\s*[：:]?\s*[“"「『‘']?([^“”"「」『』‘’'，,、；;或及和）)]{2,20})/u;
const QUOTED = /^[“"「]([^“”"「」]{2,40})[”"」]$/u;
const LATIN_NAME = /^[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3}$/i;
const TICKER = /^[A-Z]{1,5}$|\d{4,}|\.(?:HK|SH|SZ|US|O|N)$|NASDAQ|NYSE|HKEX|股票代码|证券代码/;
/** Roles a document gives a party, not names: "（以下简称“公司”）", "（以下简称“甲方”）". */
const ROLE = /^(?:本|该|标的|目标)?(?:公司|集团|基金|企业|合伙企业|发行人|投资方|投资人|增资方|受让方|转让方|甲方|乙方|丙方|丁方|本次交易|本协议|协议)$/;

const CJK_NAME = /^[\u4e00-\u9fff]{2,12}$/;

function nameLike(s: string): boolean {
  if (ROLE.test(s)) return false;
  if (CJK_NAME.test(s)) {
    const ws = words(s);
    return !ws.some((w) => STOP_WORDS.has(w.word)) && !ws.every((w) => GENERIC.has(w.word));
  }
  return LATIN_NAME.test(s) && /[A-Z]/.test(s) && !TICKER.test(s);
}

function closeParen(text: string, open: number): number {
  for (let i = open + 1; i < text.length && i <= open + 44; i++) {
    const c = text[i];
    if (c === "）" || c === ")") return i;
    if (c === "（" || c === "(" || c === "\n" || c === "。") return -1;
  }
  return -1;
}

function aliasOf(c: Candidate, start: number, end: number, name: string): Candidate {
  return { start, end, kind: c.kind, source: "alias", confidence: Math.min(c.confidence, 0.85), lexiconId: c.lexiconId, name: null, alias: name };
}

/** The words a mention has in the text (an alias names the other mention as written). */
const displayName = (text: string, c: Candidate) => text.slice(c.start, c.end);

// "Parla, formerly Talkbox," when neither name has an ending or a registry entry.
const FORMERLY = /\b([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}),? \(?formerly (?:known as |called )?([A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,2})/g;
const SENTENCE_START = /^(?:The|A|An|Its|Their|This|That)$/;

export function renamedCandidates(folded: string): Candidate[] {
  const out: Candidate[] = [];
  if (!folded.includes("formerly")) return out;
  for (const m of folded.matchAll(FORMERLY)) {
    const [, now, before] = m;
    if (!now || !before || SENTENCE_START.test(now) || TICKER.test(now)) continue;
    const nowStart = m.index;
    const beforeStart = m.index + m[0].length - before.length;
    const base = { kind: "company" as const, source: "alias" as const, confidence: 0.7, lexiconId: null, name: null };
    out.push({ ...base, start: nowStart, end: nowStart + now.length, alias: before });
    out.push({ ...base, start: beforeStart, end: beforeStart + before.length, alias: now });
  }
  return out;
}

const FORMERLY_AFTER = /^,? \(?formerly (?:known as )?([A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3})/;

/** Aliases written beside the mentions in `found` (which must not overlap); sets `alias` on them. */
export function aliasCandidates(folded: string, found: Candidate[], lex: LexIndex): Candidate[] {
  const out: Candidate[] = [];
  let byStart: Map<number, Candidate> | null = null;
  for (const m of found) {
    const open = folded.charCodeAt(m.end) === 0x20 && folded.charCodeAt(m.end + 1) === 0x28 ? m.end + 1 : m.end;
    const ch = folded.charCodeAt(open);
    if (ch !== 0xff08 && ch !== 0x28) {
      // "Parla, formerly Talkbox" / "Parla (formerly Talkbox)" (which start with "," or " ")
      const formerly = ch === 0x2c || ch === 0x20 ? FORMERLY_AFTER.exec(folded.slice(open, open + 80)) : null;
      if (formerly?.[1]) {
        const s = open + formerly[0].length - formerly[1].length;
        const y = aliasOf(m, s, s + formerly[1].length, displayName(folded, m));
        m.alias = formerly[1];
        out.push(y);
      }
      continue;
    }
    const close = closeParen(folded, open);
    if (close < 0) continue;
    const content = folded.slice(open + 1, close).trim();
    const offset = open + 1 + folded.slice(open + 1, close).indexOf(content);
    const called = CALLED.exec(content) ?? QUOTED.exec(content);
    let y: string | null = called?.[1]?.trim() ?? null;
    let yStart = called && y ? offset + called.index + called[0].indexOf(y) : -1;
    // A bare name in brackets: "MiniMax（稀宇科技）", "月之暗面（Moonshot AI）"; between two
    // Chinese names a bracket says too many other things ("国投招商（领投）").
    const crossScript = /^[\x20-\x7e]+$/.test(displayName(folded, m)) !== /^[\x20-\x7e]+$/.test(content);
    if (!y && crossScript && nameLike(content)) {
      y = content;
      yStart = offset;
    }
    if (!y || !nameLike(y)) continue;
    byStart ??= new Map(found.map((c) => [c.start, c]));
    const inside = byStart.get(yStart);
    if (inside && inside.end === yStart + y.length) {
      // "稀宇科技（MiniMax）": both already names; link them.
      inside.alias ??= displayName(folded, m);
      m.alias ??= displayName(folded, inside);
      continue;
    }
    m.alias = y;
    out.push(aliasOf(m, yStart, yStart + y.length, displayName(folded, m)));
  }
  // "MiniMax（稀宇科技有限公司）": the name before the bracket has no ending of its own.
  for (const m of found) {
    const open = m.start - 1;
    if (open < 1 || (folded.charCodeAt(open) !== 0xff08 && folded.charCodeAt(open) !== 0x28) || closeParen(folded, open) !== m.end) continue;
    const before = folded.slice(Math.max(0, open - 40), open);
    const latin = /(?:^|[^\w.&'’-])([A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3}) ?$/.exec(before);
    let xStart: number | null = null;
    if (latin?.[1] && !TICKER.test(latin[1])) xStart = open - latin[0].length + latin[0].indexOf(latin[1]);
    else xStart = brandBefore(folded, open, lex);
    if (xStart === null) continue;
    const xEnd = folded[open - 1] === " " ? open - 1 : open;
    if (found.some((c) => c.start < xEnd && xStart < c.end)) continue;
    m.alias ??= folded.slice(xStart, xEnd);
    out.push(aliasOf(m, xStart, xEnd, displayName(folded, m)));
  }
  return out;
}

const REGISTERED_END = /(?:[（(][\u4e00-\u9fff]{2,3}[)）])?(?:股份有限公司|有限责任公司|有限公司|合伙企业[（(]有限合伙[)）])$/u;
const TECH_TAIL = /(?:科技发展|科技|技术)$/u;
const SI = "司".charCodeAt(0);
const INDUSTRY_WORDS = [...INDUSTRY];

/** Short forms of a registered name: "深圳云帆智能科技有限公司" → 云帆智能科技, 云帆智能. */
export function shortForms(name: string): string[] {
  // (every registered ending ends in 司 or a closing bracket: most names are passed over at once)
  const last = name.charCodeAt(name.length - 1);
  if ((last !== SI && last !== 0x29 && last !== 0xff09) || !REGISTERED_END.test(name)) return [];
  let core = name.replace(REGISTERED_END, "");
  for (let again = true; again; ) {
    again = false;
    for (let n = 4; n >= 2; n--) {
      const head = core.slice(0, n);
      if (PLACES.has(head)) {
        core = core.slice(n).replace(/^[省市区县]/, "");
        again = true;
        break;
      }
    }
  }
  // 云帆智能科技 → 云帆智能 → 云帆: drop "科技"/"技术", then one industry word.
  const forms = [core];
  let rest = core.replace(TECH_TAIL, "");
  if (rest !== core) forms.push(rest);
  const industry = INDUSTRY_WORDS.find((w) => rest.endsWith(w) && rest.length - w.length >= 2);
  if (industry) forms.push((rest = rest.slice(0, -industry.length)));
  return forms.filter((f) => {
    if (f.length < 2 || GENERIC.has(f)) return false;
    if (f.length > 4) return true;
    const ws = words(f);
    if (ws.every((w) => GENERIC.has(w.word))) return false;
    // A two-character form must be an unknown word ("析言"), not a dictionary one ("未来").
    return f.length >= 3 || ws.length === 2;
  });
}

/** What /\w/ matches: ASCII letters, digits and "_" (NaN, past either end, is none). */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Every further occurrence of a short form or alias, as a mention of the entity it stands for. */
export function repeatedForms(folded: string, named: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const m of named) {
    const full = displayName(folded, m);
    const forms = m.source === "alias" ? [folded.slice(m.start, m.end)] : shortForms(full);
    for (const f of forms) {
      if (seen.has(f) || (f === full && m.source !== "alias")) continue;
      seen.add(f);
      const target = m.source === "alias" && m.alias ? m.alias : full;
      for (let i = folded.indexOf(f); i >= 0; i = folded.indexOf(f, i + f.length)) {
        if (isWordChar(folded.charCodeAt(i - 1)) || isWordChar(folded.charCodeAt(i + f.length))) continue;
        out.push({ ...aliasOf(m, i, i + f.length, target), confidence: Math.min(m.confidence, 0.8) });
      }
    }
  }
  return out;
}
