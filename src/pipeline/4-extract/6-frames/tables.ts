// Table rows: "公司名称｜轮次｜金额｜投资方" then one row per deal.
import type { Span } from "../../../core/span.js";
import type { Sentence } from "../1-segment.js";
import { splitNames } from "../3-names.js";
import { type InvestorGroup, investorGroupsZh } from "../4-investors.js";
import { type Frame, type FrameContext, isRaise, mentionsIn, rebuildInvestors } from "./frame.js";

export function isHeaderRow(sentence: Sentence, text: string): boolean {
  const cells = sentence.clauses.map((c) => text.slice(c.start, c.end));
  return cells.some((c) => /公司|企业|名称|项目|Company/u.test(c)) && cells.some((c) => /轮次|金额|投资方|Round|Amount|Investors/iu.test(c));
}

export function tableFrame(ctx: FrameContext, sentence: Sentence, header: string[], id: number): Frame[] {
  const cells = sentence.clauses;
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const companyCell = cells[Math.max(0, col(/公司|企业|名称|项目|Company/u))];
  if (!companyCell) return [];
  const investorCell = cells[col(/投资方|投资机构|Investors/iu)];
  const groups = investorCell ? investorGroupsTable(ctx, investorCell) : [];
  const f: Frame = {
    id,
    sentences: [sentence],
    region: sentence.span,
    company: { span: companyCell, alias: null },
    companyFrom: "table",
    round: mentionsIn(ctx, "round", sentence.span)[0] ?? null,
    amount: mentionsIn(ctx, "money", sentence.span).filter(isRaise)[0] ?? null,
    superseded: [],
    valuation: null,
    investors: [],
    groups,
    date: null,
    disclosed: null,
    trigger: null,
    anchor: companyCell.start,
    fromTitle: false,
    cumulative: false,
  };
  rebuildInvestors(f);
  return [f];
}

function investorGroupsTable(ctx: FrameContext, cell: Span): InvestorGroup[] {
  const groups = investorGroupsZh(ctx.text, cell);
  if (groups.length) return groups;
  const lang = /[\u4e00-\u9fff]/u.test(ctx.text.slice(cell.start, cell.end)) ? "zh" : "en";
  const names = splitNames(ctx.text, cell.start, cell.end, lang);
  return names.length ? [{ role: "list", names, clause: cell, at: cell.start, object: null }] : [];
}

export { mentionsIn };
