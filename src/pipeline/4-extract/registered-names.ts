import type { Span } from "../../core/span.js";

/**
 * Registered company names ("深圳云帆智能科技有限公司", "济南智航企业管理合伙企业（有限合伙）") and where
 * they start. The suffix is easy to find; the start is not, because Chinese writes descriptors and
 * prepositions right before the name ("记者从苏州芯澈半导体有限公司获悉", "生物农药企业山东瑞禾…").
 * A registered name almost always starts with its place of registration, so the last place name
 * before the suffix marks the start; otherwise descriptor heads and function words are cut.
 */
const SUFFIX = /股份有限公司|有限责任公司|有限公司|合伙企业[（(]有限合伙[)）]|[（(]有限合伙[)）]/gu;

// Provinces, municipalities and the cities that register most companies.
export const PLACE =
  /(?:北京|上海|天津|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|深圳|广州|杭州|苏州|南京|成都|武汉|西安|合肥|宁波|青岛|无锡|厦门|长沙|郑州|济南|福州|东莞|佛山|珠海|常州|嘉兴|湖州|绍兴|大连|沈阳|昆明|贵阳|南昌|太原|石家庄|哈尔滨|长春|兰州|海口|南通|徐州|温州|金华|台州|烟台|潍坊|泉州|中山|惠州|芜湖|扬州|盐城|镇江|宜春|唐山|保定|洛阳|襄阳|宜昌|株洲|柳州|南宁|乌鲁木齐|呼和浩特|银川|西宁|拉萨|三亚|昆山|江阴|义乌|余姚|慈溪)(?:省|市|自治区|特别行政区)?/gu;

const DESCRIPTOR =
  /[服务供应开发运营制造生产集成设备提渠道零售方案材料器械]商|上市公司|挂牌公司|企业|品牌|平台|初创公司|创企|新锐|独角兽|母公司|控股子公司|全资子公司|非全资附属公司|附属公司|参股公司|子公司|所属企业|下属企业|旗下|背后的|的/gu;

// Words that sit between a sentence and a name: "记者从", "与", "向", "公司", "本公司非全资附属公司".
const FUNCTION_PREFIX = /^(?:记者|本公司|公司|集团|[其该向从由为是在对将于把被给据、])+/u;

const HARD_STOP = /[，。；：！？、“”"「」『』《》\s,;:!?]/u;

/** Every registered name in `text[span)`, with its start found as described above. */
export function findRegisteredNames(text: string, within: Span): Span[] {
  const region = text.slice(within.start, within.end);
  const out: Span[] = [];
  let floor = 0;
  for (const m of region.matchAll(SUFFIX)) {
    const end = m.index + m[0].length;
    let start = m.index;
    let depth = 0;
    while (start > floor) {
      const c = region[start - 1]!;
      if (c === "）" || c === ")") depth++;
      else if (c === "（" || c === "(") {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && HARD_STOP.test(c)) break;
      start--;
    }
    if (m.index - start > 30) start = m.index - 30;
    start = nameStart(region, start, m.index);
    if (m.index - start >= 2) out.push({ start: within.start + start, end: within.start + end });
    floor = end;
  }
  return out;
}

function nameStart(region: string, from: number, suffixAt: number): number {
  const head = region.slice(from, suffixAt);
  let place = -1;
  for (const p of head.matchAll(PLACE)) if (head.length - p.index >= 4) place = p.index;
  if (place >= 0) return from + place;
  let cut = 0;
  for (const d of head.matchAll(DESCRIPTOR)) if (head.length - (d.index + d[0].length) >= 2) cut = d.index + d[0].length;
  const prefix = FUNCTION_PREFIX.exec(head.slice(cut));
  return from + cut + (prefix ? prefix[0].length : 0);
}
