import { CharSet } from "../charset.js";

/**
 * Titles written right before a name ("创始人兼CEO王小川", "合伙人张予彤", "CEO Sam Altman") or,
 * in English, after it ("Sam Altman, CEO of OpenAI").
 */

const ZH = [
  "联合创始人", "创始人", "创办人", "创始合伙人", "管理合伙人", "执行合伙人", "合伙人", "董事长", "副董事长", "总经理",
  "副总经理", "总裁", "副总裁", "首席执行官", "首席技术官", "首席财务官", "首席运营官", "首席科学家", "首席投资官",
  "执行董事", "董事总经理", "董事", "投资总监", "投资经理", "总监", "负责人", "主席", "副主席", "院士", "教授",
  "研究员", "天使投资人", "个人投资者", "自然人股东", "自然人", "投资人", "掌门人", "实际控制人", "实控人",
  "法定代表人", "党委书记", "秘书长", "行长", "所长", "院长", "校长", "主理人",
  "CEO", "CTO", "COO", "CFO", "CIO", "CSO",
];

const sorted = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
const ZH_TITLE = `(?:${sorted(ZH).join("|")})`;

/** A chain of titles: "创始人兼CEO", "董事长、总经理", "联合创始人兼首席科学家". */
export const ZH_TITLES = new RegExp(`${ZH_TITLE}(?:(?:兼|、|及|和)${ZH_TITLE}){0,3}`, "gu");
const ZH_TITLES_AT = new RegExp(ZH_TITLES.source, "uy");

/** The first two characters of every title, hashed to 16 bits: a chain can start only where a pair of them stands. */
const pairKey = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
const FIRSTS = new CharSet(ZH.map((t) => t.charCodeAt(0)));
const PAIRS = new CharSet(ZH.map((t) => pairKey(t.charCodeAt(0), t.charCodeAt(1))));

/** The matches of ZH_TITLES in `text`, as `matchAll` gives them; the regex is tried (anchored) only where a title can start. */
export function zhTitleMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < text.length - 1; ) {
    const c = text.charCodeAt(i);
    if (FIRSTS.has(c) && PAIRS.has(pairKey(c, text.charCodeAt(i + 1)))) {
      ZH_TITLES_AT.lastIndex = i;
      const m = ZH_TITLES_AT.exec(text);
      if (m) {
        out.push(m);
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  ZH_TITLES_AT.lastIndex = 0;
  return out;
}

const EN = [
  "co-founder", "cofounder", "founder", "chief executive officer", "chief executive", "chief technology officer",
  "chief financial officer", "chief operating officer", "chief scientist", "CEO", "CTO", "CFO", "COO", "president",
  "chairman", "chairwoman", "managing partner", "general partner", "founding partner", "partner", "managing director",
  "principal", "angel investor", "investor", "director", "head",
];
// Written as is or capitalized ("co-founder", "Co-founder"); matched case-sensitively so the
// name after it must be capitalized.
const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const titleCase = (t: string) => t.split(" ").map(capital).join(" ");
export const EN_TITLE = `(?:${sorted([...new Set(EN.flatMap((t) => [t, capital(t), titleCase(t)]))]).join("|")})`;
