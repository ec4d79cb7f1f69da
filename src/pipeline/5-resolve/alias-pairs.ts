import type { Span } from "../../core/span.js";

/**
 * Alias statements: places where a text itself says two names are one entity. Patterns are
 * deliberately narrower than the grammar allows; a pair found here is strong evidence only for
 * "abbreviation" and "former" statements. A bare parenthetical ("MiniMax(稀宇科技)") is used by
 * resolution only when one side is a name the extractor already took for an organization, since
 * "人工智能（AI）" has the same shape.
 */
export type AliasRelation = "abbreviation" | "former" | "parenthetical";

export interface AliasPair {
  /** The full or current name. */
  readonly name: string;
  /** The other name: the short form, the former name, or the other-language name. */
  readonly alias: string;
  readonly relation: AliasRelation;
  /** The whole statement, in the text's coordinates. */
  readonly span: Span;
}

const OPEN = " ?[(（]";
const CLOSE = "[)）]";
const QUOTE_OPEN = "[\"“「『]?";
const QUOTE_CLOSE = "[\"”」』]?";
const CJK_NAME = "[\\p{Script=Han}A-Za-z0-9·&]{2,24}";
const LATIN_NAME = "[A-Z0-9][A-Za-z0-9&.'’-]*(?: [A-Za-z0-9&.'’-]+){0,5}";
const ANY_NAME = `${LATIN_NAME}|${CJK_NAME}`;

// "北京月之暗面科技有限公司（以下简称“月之暗面”）", "(下称“稀宇”)"
const ABBREVIATION = new RegExp(
  `${OPEN}(?:以下|下文)?(?:简称|下称|称)[:：]?${QUOTE_OPEN}(${ANY_NAME})${QUOTE_CLOSE}${CLOSE}`,
  "gu",
);
// Acme (hereinafter "Acme"), Acme (“Acme”)
const EN_ABBREVIATION = new RegExp(` ?\\((?:hereinafter|hereafter|the)?\\s*["“](${LATIN_NAME})["”]\\)`, "gu");
// "MiniMax（原名稀宇极智）", "Acme (formerly Foo Labs)"
const FORMER_PAREN = new RegExp(
  `${OPEN}(?:原名|曾用名|前身为|前身是|formerly known as |formerly |previously )${QUOTE_OPEN}(${ANY_NAME})${QUOTE_CLOSE}${CLOSE}`,
  "gu",
);
// "Acme, formerly Foo Labs,"
const FORMER_COMMA = new RegExp(`, (?:formerly known as|formerly|previously known as) (${LATIN_NAME})`, "gu");
// "稀宇极智更名为稀宇科技", "Foo Labs, now known as Acme" / "Foo Labs renamed itself Acme"
const RENAMED = new RegExp(`(?:已|正式)?更名为${QUOTE_OPEN}(${CJK_NAME})${QUOTE_CLOSE}`, "gu");
const EN_RENAMED = new RegExp(`,? (?:now known as|renamed itself|rebranded as|was renamed) (${LATIN_NAME})`, "gu");
// "月之暗面（Moonshot AI）", "MiniMax(稀宇科技)": one side Han, the other Latin
const PAREN_CJK_LATIN = new RegExp(`${OPEN}(${LATIN_NAME})${CLOSE}`, "gu");
const PAREN_LATIN_CJK = new RegExp(`${OPEN}(\\p{Script=Han}[\\p{Script=Han}A-Za-z0-9·]{1,15})${CLOSE}`, "gu");

// Words that end the stretch before a name ("由阿里领投的月之暗面" → "月之暗面").
const CUT = /[的是由与和及对向在从为将被把于据称获]|宣布|完成|投资|领投|跟投|参投|联合|旗下|公司|企业|平台|独角兽/gu;
const LATIN_WORD = /^[A-Z0-9&][A-Za-z0-9&.'’-]*$/u;
const LINK_WORD = /^(?:of|de|and)$/u;
const STOCK_CODE = /^(?:[A-Z]{1,5}\.[A-Z]{1,2}|\d{4,6}(?:\.[A-Z]{2})?|NASDAQ|NYSE|HKEX|SH|SZ)$/u;
const NOT_A_NAME = /^(?:领投|跟投|联合领投|老股东|原股东|lead|co-lead|led|Inc|Ltd|简称)$/iu;

/** The name that ends exactly at `end`: a Han run cut at the last function word, or capitalized Latin words. */
function nameBefore(text: string, end: number): { name: string; start: number } | null {
  const window = text.slice(Math.max(0, end - 40), end).trimEnd();
  end = end - (text.slice(Math.max(0, end - 40), end).length - window.length);
  const han = /[\p{Script=Han}A-Za-z0-9·&]+$/u.exec(window);
  // "阿里领投了MiniMax" ends in a Latin name; "智谱AI" is one name (a short Latin tail)
  const latinTail = han ? /(?<=\p{Script=Han})[A-Z][A-Za-z0-9&.'’-]{2,}$/u.exec(han[0]) : null;
  if (latinTail) return { name: latinTail[0], start: end - latinTail[0].length };
  if (han && /\p{Script=Han}/u.test(han[0])) {
    let run = han[0];
    let last = -1;
    for (const m of run.matchAll(CUT)) {
      const after = m.index + m[0].length;
      if (run.length - after >= 2) last = after;
    }
    if (last > 0) run = run.slice(last);
    return run.length >= 2 ? { name: run, start: end - run.length } : null;
  }
  const name = trailingLatinName(window);
  return name.length >= 2 ? { name, start: end - name.length } : null;
}

/** Capitalized words at the end of the window ("backed by Moonshot AI" → "Moonshot AI"), word by word. */
function trailingLatinName(window: string): string {
  const words = window.split(" ");
  let from = words.length;
  while (from > 0 && (LATIN_WORD.test(words[from - 1]!) || (from < words.length && LINK_WORD.test(words[from - 1]!)))) from--;
  while (from < words.length && LINK_WORD.test(words[from]!)) from++; // a name does not start with "of"
  // the first word may be glued to what precedes it: "投资方包括Lightspeed", "据悉，MiniMax"
  const glued = from > 0 ? latinTail(words[from - 1]!) : "";
  return [...(glued ? [glued] : []), ...words.slice(from)].join(" ");
}

function latinTail(word: string): string {
  let i = word.length;
  while (i > 0 && /[A-Za-z0-9&.'’-]/u.test(word[i - 1]!)) i--;
  const tail = word.slice(i);
  return LATIN_WORD.test(tail) ? tail : "";
}

/** Every pattern of this module, for the ReDoS walk in test/redos.test.ts. */
export const ALIAS_PATTERNS = {
  ABBREVIATION, EN_ABBREVIATION, FORMER_PAREN, FORMER_COMMA, RENAMED, EN_RENAMED, PAREN_CJK_LATIN, PAREN_LATIN_CJK,
  CUT, LATIN_WORD, LINK_WORD, STOCK_CODE, NOT_A_NAME,
};

function isName(s: string): boolean {
  return !STOCK_CODE.test(s) && !NOT_A_NAME.test(s) && !/^\d+$/u.test(s);
}

export function findAliasPairs(text: string): AliasPair[] {
  const out: AliasPair[] = [];
  const seen = new Set<string>();
  const push = (name: string, alias: string, relation: AliasRelation, start: number, end: number) => {
    name = name.trim();
    alias = alias.trim();
    if (!isName(name) || !isName(alias) || name === alias) return;
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, alias, relation, span: { start, end } });
  };
  const before = (re: RegExp, relation: AliasRelation, nameIsNew: boolean) => {
    for (const m of text.matchAll(re)) {
      const left = nameBefore(text, m.index);
      if (!left) continue;
      const end = m.index + m[0].length;
      if (nameIsNew) push(m[1]!, left.name, relation, left.start, end);
      else push(left.name, m[1]!, relation, left.start, end);
    }
  };
  before(ABBREVIATION, "abbreviation", false);
  before(EN_ABBREVIATION, "abbreviation", false);
  before(FORMER_PAREN, "former", false);
  before(FORMER_COMMA, "former", false);
  before(RENAMED, "former", true);
  before(EN_RENAMED, "former", true);
  for (const m of text.matchAll(PAREN_CJK_LATIN)) {
    const left = nameBefore(text, m.index);
    if (left && /\p{Script=Han}/u.test(left.name)) push(left.name, m[1]!, "parenthetical", left.start, m.index + m[0].length);
  }
  for (const m of text.matchAll(PAREN_LATIN_CJK)) {
    const left = nameBefore(text, m.index);
    if (left && !/\p{Script=Han}/u.test(left.name)) push(left.name, m[1]!, "parenthetical", left.start, m.index + m[0].length);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
