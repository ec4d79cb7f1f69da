import { span as makeSpan, type Span } from "../../../core/span.js";
import { words } from "../segment.js";
import type { Mention, Person, RecognizeContext, Recognizer } from "../types.js";
import { AFTER_NAME, COMPOUND_SURNAMES, SURNAMES } from "./names.js";
import { EN_TITLE, zhTitleMatches } from "./titles.js";
import { allMatches } from "../scan.js";
import { lookup } from "../scan.js";

/**
 * People, found where the text introduces them: a title right before a Chinese name
 * ("创始人兼CEO王小川", "天使投资人周启明"), a name before a speech verb or honorific
 * ("杨植麟表示", "张立新先生"), an English title before a name ("angel investor Elad Gil") or
 * after it ("Sam Altman, CEO of OpenAI"). A bare name with no such context is not taken.
 */

const isCjk = (c: string | undefined) => c !== undefined && /[\u3400-\u9fff]/.test(c);
/** Characters no given name has: pronouns and particles ("创始人和他的团队"). */
const NOT_GIVEN = /[他她它们我你的了在是等也都就这那其之个及和与或并而]/u;
/** Given names that are really function or time words ("董事长于近日"). */
const FUNCTION_TAGS = new Set(["t", "p", "r", "c", "u", "uj", "ul", "f", "m", "q"]);
/** Without a title, common words too ("CEO向记者表示"). */
const COMMON_TAGS = new Set([...FUNCTION_TAGS, "d", "n", "v", "vn", "l", "i", "a", "ad", "nz"]);

/** The Chinese name starting at `p`, if the characters there read as surname + given name. */
function chineseNameAt(text: string, p: number, titled = true): string | null {
  const two = text.slice(p, p + 2);
  const surname = COMPOUND_SURNAMES.has(two) ? two : SURNAMES.has(text[p] ?? "") ? (text[p] as string) : null;
  if (!surname) return null;
  for (const given of [2, 1]) {
    const end = p + surname.length + given;
    const g = text.slice(p + surname.length, end);
    if (g.length !== given || ![...g].every((c) => isCjk(c)) || NOT_GIVEN.test(g)) continue;
    const next = text[end];
    if (next !== undefined && isCjk(next) && !AFTER_NAME.test(text.slice(end, end + 4))) continue;
    if (given === 2 && !plausibleGiven(surname, g, titled ? FUNCTION_TAGS : COMMON_TAGS)) continue;
    return surname + g;
  }
  return null;
}

/** "小川" (a name word) and "植麟" (no word at all) pass; "近日", "记者" (common words) do not. */
function plausibleGiven(surname: string, given: string, tags: ReadonlySet<string>): boolean {
  const ws = words(given);
  if (ws.length !== 1) return true;
  const [w] = ws;
  if (!w || !tags.has(w.tag)) return true;
  const whole = words(surname + given);
  return whole.length === 1 && (whole[0]?.tag ?? "").startsWith("nr");
}

/** Between the names of a list that shares a title: "赵一鸣、钱思远". */
const LIST_JOINERS = "、及和与";

/** Speech verbs and honorifics after a name: "杨植麟表示", "张立新先生". */
const SPEECH_RE = /表示|指出|透露|坦言|介绍称|先生|女士/gu;

function chinesePeople(text: string): Mention<"person">[] {
  const out: Mention<"person">[] = [];
  for (const m of zhTitleMatches(text)) {
    let p = m.index + m[0].length;
    let name = chineseNameAt(text, p);
    while (name) {
      out.push(mention(text, p, p + name.length, name, m[0]));
      // "天使投资人赵一鸣、钱思远": the rest of a list shares the title.
      p += name.length + 1;
      name = LIST_JOINERS.includes(text[p - 1] ?? "-") ? chineseNameAt(text, p) : null;
    }
  }
  // "杨植麟表示", "张立新先生": a name before a speech verb or an honorific, no title.
  for (const m of allMatches(SPEECH_RE, text)) {
    for (const len of [4, 3, 2]) {
      const p = m.index - len;
      // The name opens its clause: "，杨植麟表示", "据王小川介绍称"; not "王者荣耀表示".
      if (p < 0 || (p > 0 && isCjk(text[p - 1]) && text[p - 1] !== "据")) continue;
      const name = chineseNameAt(text, p, false);
      if (name && name.length === len && confirmedByJieba(text, p, name)) {
        out.push(mention(text, p, p + len, name, null));
        break;
      }
    }
  }
  return out;
}

/** Without a title, jieba must also read a personal name there (tag nr), or an unknown word. */
function confirmedByJieba(text: string, p: number, name: string): boolean {
  const ws = words(text.slice(p, p + name.length));
  return ws.some((w) => /^nr/.test(w.tag)) || ws.every((w) => w.word.length === 1);
}

const NAME_WORD = "[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
const EN_NAME = `${NAME_WORD}(?: [A-Z]\\.)?(?: ${NAME_WORD}){1,2}`;
/** "CEO Sam Altman", "co-founder and CEO Dario Amodei", "angel investor Elad Gil". */
const TITLE_THEN_NAME = new RegExp(`\\b(${EN_TITLE}(?: and ${EN_TITLE})?),? (${EN_NAME})\\b`, "g");
/** "Sam Altman, CEO of OpenAI", "Sarah Lindqvist, a former partner at …". */
const NAME_THEN_TITLE = new RegExp(`\\b(${EN_NAME}), (?:the |a |an |its |their |the company's |a former |former )?((?:co-)?${EN_TITLE})\\b`, "g");
/** Capitalized words that are not first or last names. */
const NOT_NAME = /^(?:The|A|An|And|Of|In|On|At|For|With|From|By|To|Series|Capital|Ventures|Partners|Fund|Group|Holdings|Labs|Inc|Ltd|LLC|Bank|Investors|Management|Technologies|Robotics|Therapeutics|AI|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function englishName(s: string): boolean {
  const parts = s.split(" ").filter((w) => !/^[A-Z]\.$/.test(w));
  return parts.length >= 2 && parts.every((w) => /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(w) && !NOT_NAME.test(w));
}

/** Cheap test before the two long expressions: is there an English title word at all? */
const ANY_EN_TITLE = /\b(?:CEO|CTO|CFO|COO|[Ff]ounder|[Cc]o-?founder|[Pp]artner|[Pp]resident|[Cc]hair(?:man|woman)|[Cc]hief|[Ii]nvestor|[Dd]irector|[Pp]rincipal|[Hh]ead)\b/;

/** "angel investors including Sarah Lindqvist and …", "co-founders Ana Ruiz and …". */
const TITLES_THEN_NAMES = new RegExp(`\\b((?:[Aa]ngel |[Ii]ndividual )?(?:investors|co-founders|founders|partners))(?: including| such as|:)? (${EN_NAME})\\b`, "g");
/** The next name of a list: ", Omar Haddad", " and Omar Haddad". */
const AND_NAME = new RegExp(`^(?:,? and |, )(${EN_NAME})\\b`);

function englishPeople(text: string): Mention<"person">[] {
  const out: Mention<"person">[] = [];
  if (!ANY_EN_TITLE.test(text) && !/\b(?:investors|founders|partners)\b/.test(text)) return out;
  for (const re of [TITLE_THEN_NAME, TITLES_THEN_NAMES]) {
    for (const m of allMatches(re, text)) {
      const [, title, name] = m;
      if (!title || !name || !englishName(name)) continue;
      let p = m.index + m[0].length - name.length;
      out.push(mention(text, p, p + name.length, name, title));
      // The rest of a list shares the title: "angel investor Elad Gil and Omar Haddad".
      for (let at = p + name.length; ; ) {
        const next = AND_NAME.exec(text.slice(at, at + 60));
        if (!next?.[1] || !englishName(next[1])) break;
        p = at + next[0].length - next[1].length;
        out.push(mention(text, p, p + next[1].length, next[1], title));
        at = p + next[1].length;
      }
    }
  }
  for (const m of allMatches(NAME_THEN_TITLE, text)) {
    const [, name, title] = m;
    if (!title || !name || !englishName(name)) continue;
    out.push(mention(text, m.index, m.index + name.length, name, title));
  }
  return out;
}

function mention(text: string, start: number, end: number, name: string, title: string | null): Mention<"person"> {
  return { kind: "person", span: makeSpan(start, end), text: text.slice(start, end), value: { name, title } };
}

/** Every person mention in clean text, in order, without overlaps. */
export function findPeople(text: string): Mention<"person">[] {
  const all = [...chinesePeople(text), ...englishPeople(text)].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Mention<"person">[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.span.start < last.span.end) {
      // Same name twice (title before and after): keep the one with a title.
      if (!last.value.title && m.value.title && m.span.start === last.span.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

export function createPersonRecognizer(): Recognizer<"person"> {
  let lastText: string | null = null;
  let last: Mention<"person">[] = [];
  const analyze = (text: string) => {
    if (text !== lastText) {
      last = findPeople(text);
      lastText = text;
    }
    return last;
  };
  return {
    provides: "person",
    find(text: string, _ctx: RecognizeContext): Span[] {
      return analyze(text).map((m) => m.span);
    },
    parse(text: string, s: Span, _ctx: RecognizeContext): Person | null {
      const hit = lookup(analyze(text), s);
      if (hit) return hit.value;
      const name = chineseNameAt(text.slice(s.start, s.end), 0);
      const words = text.slice(s.start, s.end);
      if (name === words) return { name, title: null };
      return englishName(words) ? { name: words, title: null } : null;
    },
  };
}

export const personRecognizer: Recognizer<"person"> = createPersonRecognizer();
