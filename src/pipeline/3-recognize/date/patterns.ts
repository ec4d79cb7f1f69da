import { CharSet } from "../charset.js";

/**
 * Time expressions, written as DuEE-Fin spans them: the whole expression ("8月9日晚间",
 * "今年春节后", "去年十月", "2月中旬", "late March"), without 于/在/on.
 */

const YEAR = String.raw`(?:19|20)\d{2}|[一二][〇零○][〇零○一二三四五六七八九]{2}`;
const MONTH = String.raw`1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]`;
const DAY = String.raw`3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]`;
/** 客岁 and 去岁 are how spun reposts write 去年; 本年 is 今年. */
const REL_YEAR = "今年|去年|客岁|去岁|前年|明年|本年|上年";
const TIME_OF_DAY = "晚间|晚上|上午|下午|早间|早上|凌晨|中午|夜间|傍晚|晚(?![会宴餐饭])";
const MONTH_PART = String.raw`(?<m>${MONTH})月份?(?:(?<d>${DAY})[日号](?:${TIME_OF_DAY})?|(?<sub>上旬|中旬|下旬|[初底末]))?`;
const YEAR_PART = String.raw`(?<q>第?[一二三四1-4]季度|Q[1-4])|(?<h>[上下]半年)|(?<e>年?[初底末])|(?<sf>春节(?:前|后|期间)?)`;
/** A bare day ("10日，重庆…", "30日晚间") is a date only where a dateline would put it. */
const DAY_ALONE_AFTER = String.raw`[，,电讯]|${TIME_OF_DAY}|宣布|发布|公告|披露|消息|表示|召开|举行|收盘`;

/** What may not stand right before a Chinese date ("12024年" is no year). */
const NOT_BEFORE_CN = String.raw`\d〇零一二三四五六七八九十.`;
const DATE_CN_BODY =
  String.raw`(?:` +
    String.raw`(?:(?<y>${YEAR})年|(?<ry>${REL_YEAR}))(?:${MONTH_PART}|${YEAR_PART})?` +
    String.raw`|(?<nm>${MONTH})月份?(?:(?<nd>${DAY})[日号](?:${TIME_OF_DAY})?|(?<nsub>上旬|中旬|下旬|[初底末]))?` +
    String.raw`|(?<sq>第?[一二三四1-4]季度)|(?<sh>[上下]半年)|(?<ssf>春节(?:前|后|期间))` +
    String.raw`|(?<rel>(?<![节生假期末工作当])日前|近日|近期|今日(?!头条)|今天|昨日|昨天|前日|前天|本周|上周|本月|上月|上个月)` +
    String.raw`|(?<dd>3[01]|[12]\d|[1-9])日(?=${DAY_ALONE_AFTER})` +
    String.raw`|(?<wk>(?:周|星期)[一二三四五六日天])(?=[，,电]|${TIME_OF_DAY}|宣布|发布|公告|披露|表示)` +
    String.raw`|(?<iy>(?:19|20)\d{2})(?<sep>[-/.])(?<im>1[0-2]|0?[1-9])\k<sep>(?<id>3[01]|[12]\d|0?[1-9])(?![\d.])` +
    String.raw`|(?<jy>(?:19|20)\d{2})-(?<jm>0[1-9]|1[0-2])(?![\d-])` +
    String.raw`)`;

export const DATE_CN_RE = new RegExp(String.raw`(?<![${NOT_BEFORE_CN}])` + DATE_CN_BODY, "g");
/**
 * DATE_CN_RE without its lookbehind, and the characters the lookbehind refuses: a scan that
 * passes over a match after one of them (and looks again one character on) finds what
 * DATE_CN_RE finds, and V8 runs it faster.
 */
export const DATE_CN_BODY_RE = new RegExp(DATE_CN_BODY, "g");
export const NOT_BEFORE_CN_CHARS = new CharSet([..."0123456789〇零一二三四五六七八九十."]);

const EN_MONTH = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`;
const EN_DAY = String.raw`3[01]|[12]\d|0?[1-9]`;
const EN_YEAR = String.raw`(?:19|20)\d{2}`;

export const DATE_EN_RE = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:` +
    String.raw`(?:(?<mod>early|mid-|mid|late|end of|beginning of|start of) ?)?(?<em>${EN_MONTH})(?: (?<ed>${EN_DAY})(?:st|nd|rd|th)?)?(?:,? (?<ey>${EN_YEAR}))?` +
    String.raw`|(?<ed2>${EN_DAY}) (?<em2>${EN_MONTH})(?:,? (?<ey2>${EN_YEAR}))?` +
    String.raw`|(?<wk>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)` +
    String.raw`|(?<rel>[Tt]oday|[Yy]esterday|[Tt]his week|[Ll]ast week|[Tt]his month|[Ll]ast month|[Nn]ext month|[Tt]his year|[Ll]ast year|[Nn]ext year)` +
    String.raw`|(?<q>Q[1-4]|H[12])(?: (?<qy>${EN_YEAR}))?` +
    String.raw`|(?<ordinal>first|second|third|fourth) (?<part>quarter|half)(?: of (?<py>${EN_YEAR}))?` +
    String.raw`|(?<year>${EN_YEAR})` +
    String.raw`)(?![A-Za-z0-9])`,
  "g",
);

/** A month or year alone is a date after a preposition: "in January", "since 2022". */
export const EN_BARE_BEFORE_RE = /\b(?:in|since|until|by|through|from|during|of|last|this|next|early|late|before|after|to)\s$/i;
