// Financing-news-like text for throughput benches: sentences from templates written for this
// project, filled from small lists with a seeded generator (the same corpus on every run).

const COMPANIES = ["星河智能", "云帆科技", "澜图机器人", "青禾生物", "北辰医疗", "海晏食品", "凌途汽车", "极曜电池", "苏州启晖", "深圳码上智能"];
const INVESTORS = ["红杉中国", "高瓴创投", "深创投", "经纬创投", "启明创投", "IDG资本", "腾讯投资", "小米长江产业基金", "君联资本", "元禾璞华"];
const AMOUNTS = ["数千万元", "近亿元", "超5亿元", "约2亿元人民币", "1.2亿美元", "人民币30,000万元", "3000万美元", "亿元级", "2亿元左右", "上亿元", "1.5-2亿元"];
const ROUNDS = ["天使轮", "Pre-A轮", "A轮", "A+轮", "B轮", "B2轮", "C轮", "Pre-IPO轮", "战略", "新一轮"];
const DATES = ["近日", "日前", "2024年3月12日", "今年春节后", "去年十月", "8月9日晚间", "今年上半年", "2月中旬", "10日"];
const FILLER = [
  "公司成立于2019年，主要从事工业视觉检测设备的研发、生产和销售，产品已经覆盖全国二十多个省份。",
  "本轮资金将主要用于产品研发、产能扩张以及海外市场的拓展，团队规模预计在年内翻一番。",
  "创始人表示，行业仍处在早期阶段，客户对于降本增效的需求十分迫切，公司会继续加大投入。",
  "据了解，该公司的核心团队来自国内外知名高校和科研院所，拥有多项发明专利。",
  "业内人士认为，随着政策支持力度加大，这一赛道有望在未来三年保持较快增长。",
  "The company said it would use the money to hire engineers and expand into new markets in Europe and Asia.",
];
const EN = [
  "{c} raised $40 million in a Series B round led by Sequoia Capital, the company said on Tuesday.",
  "{c} has secured €25m in a seed round co-led by Earlybird and Lakestar, it announced in late March.",
  "{c} closed a US$1.2bn Series D at a $4 billion valuation, according to a statement.",
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Documents of a few hundred characters each, totalling at least `bytes` of UTF-8. */
export function syntheticNews(bytes: number, seed = 42): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const docs: string[] = [];
  let total = 0;
  while (total < bytes) {
    const parts: string[] = [];
    const c = pick(COMPANIES);
    parts.push(`${pick(DATES)}，${c}宣布完成${pick(AMOUNTS)}${pick(ROUNDS)}融资，由${pick(INVESTORS)}领投，${pick(INVESTORS)}跟投，投后估值达${pick(AMOUNTS)}。`);
    for (let k = 0; k < 3; k++) parts.push(pick(FILLER));
    if (r() < 0.3) parts.push(pick(EN).replace("{c}", c));
    if (r() < 0.3) parts.push(`交易完成后，${pick(INVESTORS)}持股约15%，公司股价当日上涨2.3%，客服电话13812345678。`);
    const doc = parts.join("");
    docs.push(doc);
    total += Buffer.byteLength(doc, "utf8");
  }
  return docs;
}
