import type { Span } from "../../../core/span.js";
import type { Round, Stage } from "../types.js";
import { stageOf } from "./stage.js";
import { allMatches } from "../scan.js";

/**
 * Rounds. A Chinese letter round needs 轮 ("A+轮", "B2轮", "Ｃ轮" after normalization), so "A股",
 * "B站", "C端", "A320", "A+H" never match; "Pre-A" and "Pre-IPO" are distinctive enough alone.
 * English keeps the series word ("Series B", "seed"). The label is what DuEE-Fin exports (轮
 * dropped), and `labelSpan` lets the extractor cut the original text there.
 */
const LETTER = String.raw`[A-H](?:\d{1,2}|-\d|\+{1,2})?`;

export const ROUND_CN_RE = new RegExp(
  String.raw`(?<![A-Za-z0-9+\-])(?:(?<pre>[Pp]re-?\s?(?:[A-Ha-h]\+{0,2}|IPO))(?![A-Za-z0-9])(?<preRound>\s?轮)?` +
    String.raw`|(?<letter>${LETTER})\s?(?:两|三)?轮` +
    String.raw`|(?<listed>${LETTER}|天使|种子)(?=[、和及与](?:${LETTER}|天使\+?|种子\+?|[Pp]re-?[A-H]\+?)(?:两|三)?轮)` +
    String.raw`|(?<cn>天使\+{0,2}|种子\+?)轮` +
    String.raw`|(?<strategic>战略)(?:融资|投资|轮)(?![者人方部总基机])` +
    String.raw`|(?<angel>天使)(?:投资|融资)(?![者人方基机圈])` +
    String.raw`|(?<unnamed>新一|首|第[一二三四五六七八九十\d]{1,2})轮)`,
  "g",
);

/** A 新一轮/首轮 is a financing round only with a financing word close after it. */
export const UNNAMED_CONTEXT_RE = /^[^。；！？\n]{0,16}?(?:融资|投资|增资|募资)/;

export const ROUND_EN_RE =
  /(?<![A-Za-z-])(?:(?<series>[Ss]eries [A-H](?:-?\d|\+)?)|(?<preseed>[Pp]re-[Ss]eed)|(?<seed>[Ss]eed)|(?<angel>[Aa]ngel)|(?<strategic>[Ss]trategic)|(?<preipo>[Pp]re-IPO)|(?<bridge>[Bb]ridge)|(?<fresh>new))(?![A-Za-z0-9+-])(?<ext> extension)?(?<tail>(?: funding| financing)? round| funding| financing| investment)?(?![A-Za-z])/g;

/** "$8.5M seed", "$45M, seed:": a bare seed right after an amount. */
export const AMOUNT_BEFORE_RE = /\d(?:\.\d+)?\s?(?:[MmKkBb]|bn|mn|million|billion),?\s(?:in\s(?:a|an|its|the)\s)?$/;

/** Instruments: convertible bonds, bonds and notes, private placements. */
export const INSTRUMENT_RE =
  /(?<convertible>可转换(?:公司)?债券?|可转债|可交换(?:公司)?债券?|可交债|(?<![A-Za-z])convertible (?:senior )?(?:notes?|bonds?|debentures?))|(?<debt>超短期融资券|短期融资券|中期票据|科创票据|公司债券?|企业债券?|绿色债券?|熊猫债|美元债|永续债|金融债|次级债|债券|(?<![A-Za-z])(?:notes offering|bond offering|bond issue|debt financing|venture debt))|(?<placement>定向增发|定增|非公开发行|定向发行|向特定对象发行|配售新股|新股配售|先旧后新配售|(?<![A-Za-z])(?:private placement|placing of new shares))/g;

/** Bonds count when the text issues them: "发行…债券", "簿记", "票面利率". */
export const ISSUE_CONTEXT_RE = /发行|簿记|票面|定价|募集|募资|认购|注册|\b(?:pric|offer|issu|rais|sold|sell)/i;
/** "非公开发行公司债券" is a bond, not a placement of shares. */
export const DEBT_AFTER_RE = /^[^，。；,;]{0,8}?(?:债|票据|融资券)/;

export interface RoundHit {
  readonly span: Span;
  readonly value: Round;
}

function hit(start: number, end: number, stage: Stage, label: string | null, labelStart: number, extension = false): RoundHit {
  return {
    span: { start, end },
    value: {
      stage,
      label,
      labelSpan: label === null ? null : { start: labelStart, end: labelStart + label.length },
      extension,
    },
  };
}

function near(text: string, start: number, end: number, before: number, after: number): string {
  return text.slice(Math.max(0, start - before), Math.min(text.length, end + after));
}

const LATIN_WORD = /[a-z]{2}/i;

export function scanRounds(text: string): RoundHit[] {
  const out: RoundHit[] = [];
  for (const m of allMatches(ROUND_CN_RE, text)) {
    const g = m.groups!;
    const s = m.index;
    const e = s + m[0].length;
    const label = g.pre ?? g.letter ?? g.listed ?? g.cn ?? g.strategic ?? g.angel;
    if (label !== undefined) {
      out.push(hit(s, e, stageOf(label), label, s));
    } else if (UNNAMED_CONTEXT_RE.test(text.slice(e, e + 24))) {
      out.push(hit(s, e, "unnamed", null, s));
    }
  }
  // (every English round word has three letters or more: a text without two in a row is passed over)
  for (const m of LATIN_WORD.test(text) ? allMatches(ROUND_EN_RE, text) : []) {
    const g = m.groups!;
    const s = m.index;
    const e = s + m[0].length;
    const word = m[0].slice(0, m[0].length - (g.ext?.length ?? 0) - (g.tail?.length ?? 0));
    const extension = g.ext !== undefined;
    const roundTail = g.tail !== undefined || extension;
    if (g.series !== undefined || g.preipo !== undefined) {
      out.push(hit(s, e, stageOf(word), word, s, extension));
    } else if (g.seed !== undefined || g.preseed !== undefined) {
      if (roundTail || AMOUNT_BEFORE_RE.test(text.slice(Math.max(0, s - 24), s))) {
        out.push(hit(s, e, stageOf(word), word, s, extension));
      }
    } else if (g.angel !== undefined || g.strategic !== undefined) {
      if (roundTail) out.push(hit(s, e, stageOf(word), word, s, extension));
    } else if (g.bridge !== undefined) {
      if (roundTail) out.push(hit(s, e, "other", null, s, extension));
    } else if (g.tail?.endsWith("round")) {
      out.push(hit(s, e, "unnamed", null, s)); // "a new funding round"
    }
  }
  for (const m of allMatches(INSTRUMENT_RE, text)) {
    const g = m.groups!;
    const s = m.index;
    const e = s + m[0].length;
    if (g.placement !== undefined) {
      if (!DEBT_AFTER_RE.test(text.slice(e, e + 12))) out.push(hit(s, e, "private-placement", null, s));
    } else if (ISSUE_CONTEXT_RE.test(near(text, s, e, 30, 16))) {
      out.push(hit(s, e, g.convertible !== undefined ? "convertible" : "debt", null, s));
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
