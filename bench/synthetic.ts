// A generator of synthetic financing news (Chinese and English) from templates, with invented
// companies, investors, amounts and dates. Deterministic for a seed. Used by bench/ingest.bench.ts
// and by the fault tests (kill -9 during ingest, two writers). Every name here is made up.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js/cn2t";

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_A = "星云智深蓝灵瀚极思元澜启微量数维曜衡岚芯翼图谱汇擎睿博朗拓宸熠锐峰川禾".split("");
const ZH_TRADE = ["科技", "智能", "机器人", "生物", "医疗", "芯片", "新能源", "数据", "航天", "材料"];
const ZH_FUND = ["资本", "创投", "基金", "投资", "资产"];
const EN_A = ["Nova", "Lumen", "Quanta", "Astra", "Vela", "Orbi", "Kite", "Helix", "Arbor", "Cinder", "Tessel", "Mira", "Zephyr", "Pylon", "Strata", "Ember"];
const EN_B = ["AI", "Labs", "Robotics", "Bio", "Systems", "Dynamics", "Health", "Energy", "Data", "Works"];
const EN_FUND = ["Ventures", "Capital", "Partners", "Growth", "Investments"];
const ROUNDS_ZH = ["天使轮", "Pre-A轮", "A轮", "A+轮", "B轮", "B+轮", "C轮", "D轮", "战略融资", "新一轮"];
const ROUNDS_EN = ["seed round", "Series A", "Series B", "Series C", "Series D", "strategic round", "new funding round"];
const FILLER_ZH = [
  "公司成立于{y}年，总部位于{city}，核心团队来自国内外知名高校和科技企业。",
  "本轮融资将主要用于产品研发、团队扩充和市场拓展。",
  "{co}创始人{person}表示，将继续加大在核心技术上的投入。",
  "据了解，{co}目前已服务超过{n}家企业客户，年收入保持高速增长。",
  "业内人士认为，{trade}赛道在过去一年持续受到资本关注。",
  "{inv}合伙人表示，看好{co}在{trade}领域的长期价值。",
  "此前，{co}曾获得多家机构的早期投资。",
  "{co}的产品已在{city}等多个城市落地应用。",
];
const FILLER_EN = [
  "The company was founded in {y} and is based in {city}.",
  "It plans to use the money to hire engineers and expand into new markets.",
  "{co} says it now serves more than {n} business customers.",
  "Investors have poured money into {trade} start-ups over the past year.",
  "{inv} said it was impressed by the team's progress.",
  "The round brings total funding to date to more than {amt2}.",
];
const CITIES = ["北京", "上海", "深圳", "杭州", "苏州", "成都", "武汉", "南京", "合肥", "西安"];
const CITIES_EN = ["Berlin", "Paris", "London", "Austin", "Toronto", "Singapore", "Boston", "Seattle"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林".split("");

export interface SyntheticDoc {
  readonly name: string;
  readonly title: string;
  readonly text: string;
  readonly published: string;
  readonly language: "zh" | "en";
  /** The document this one reposts, if it is a repost. */
  readonly repostOf: string | null;
}

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/** `n` documents; about 3% are reposts (a forum header, or Traditional script) of an earlier one. */
export function* syntheticCorpus(n: number, seed = 1): Generator<SyntheticDoc> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const zhCompany = () => pick(ZH_A) + pick(ZH_A) + pick(ZH_TRADE);
  const zhFund = () => pick(ZH_A) + pick(ZH_A) + pick(ZH_FUND);
  const enCompany = () => `${pick(EN_A)}${pick(EN_A).toLowerCase()} ${pick(EN_B)}`;
  const enFund = () => `${pick(EN_A)} ${pick(EN_FUND)}`;
  const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/gu, (_, k: string) => v[k] ?? "");
  const recent: SyntheticDoc[] = [];
  for (let i = 0; i < n; i++) {
    const y = int(2021, 2025);
    const mo = int(1, 12);
    const d = int(1, 28);
    const published = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(int(8, 20)).padStart(2, "0")}:00:00+08:00`;
    if (recent.length > 10 && r() < 0.03) {
      const src = pick(recent);
      const text = r() < 0.5 && src.language === "zh" ? toTraditional(src.text) : `【转载】${src.text}\n（来源：网络）`;
      yield { name: `doc-${i}`, title: src.title, text, published, language: src.language, repostOf: src.name };
      continue;
    }
    let doc: SyntheticDoc;
    if (r() < 0.7) {
      const co = zhCompany();
      const invs = Array.from({ length: int(1, 4) }, zhFund);
      const amt = pick([`${int(1, 9)}千万元`, `${int(1, 30)}亿元`, `${int(1, 9)}亿美元`, `数千万元`, `近${int(1, 5)}亿元`, `超${int(1, 9)}亿元`, `${int(100, 900)}万美元`]);
      const round = pick(ROUNDS_ZH);
      const v = { co, inv: invs[0]!, y: String(int(2010, 2023)), city: pick(CITIES), person: pick(SURNAMES) + pick(ZH_A) + pick(ZH_A), n: String(int(20, 900)), trade: pick(ZH_TRADE) };
      const lead = `由${invs[0]}领投${invs.length > 1 ? `，${invs.slice(1).join("、")}跟投` : ""}`;
      const event = pick([
        `${mo}月${d}日，${v.city}${co}宣布完成${amt}${round}融资，${lead}。`,
        `${co}近日完成${round}融资，金额为${amt}，${lead}。`,
        `据${pick(["36氪", "投资界", "创业邦", "界面新闻"])}报道，${co}已于${y}年${mo}月完成${amt}的${round}融资，投资方包括${invs.join("、")}。`,
      ]);
      const fillers = Array.from({ length: int(2, 5) }, () => fill(pick(FILLER_ZH), v));
      const title = `${co}完成${amt}${round}融资`;
      doc = { name: `doc-${i}`, title, text: [title, event, ...fillers].join("\n"), published, language: "zh", repostOf: null };
    } else {
      const co = enCompany();
      const invs = Array.from({ length: int(1, 3) }, enFund);
      const amt = pick([`$${int(2, 90)} million`, `$${int(1, 9)}.${int(1, 9)} billion`, `€${int(5, 400)}m`, `an undisclosed amount`, `more than $${int(10, 500)} million`]);
      const round = pick(ROUNDS_EN);
      const v = { co, inv: invs[0]!, y: String(int(2010, 2023)), city: pick(CITIES_EN), n: String(int(20, 900)), trade: pick(EN_B).toLowerCase(), amt2: `$${int(50, 900)} million` };
      const event = pick([
        `${co}, a ${v.city} start-up, has raised ${amt} in a ${round} led by ${invs[0]}${invs.length > 1 ? `, with participation from ${invs.slice(1).join(" and ")}` : ""}.`,
        `${invs[0]} led a ${amt} ${round} in ${co}, the company said on ${["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][int(0, 4)]}.`,
      ]);
      const fillers = Array.from({ length: int(2, 4) }, () => fill(pick(FILLER_EN), v));
      const title = `${co} raises ${amt}`;
      doc = { name: `doc-${i}`, title, text: [title, event, ...fillers].join("\n"), published, language: "en", repostOf: null };
    }
    recent.push(doc);
    if (recent.length > 200) recent.shift();
    yield doc;
  }
}

/** One .txt file per document; returns their paths. */
export function writeCorpusFiles(dir: string, n: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const d of syntheticCorpus(n, seed)) {
    const p = join(dir, `${d.name}.txt`);
    writeFileSync(p, `${d.text}\n`);
    paths.push(p);
  }
  return paths;
}

/** One JSON-lines file (id, title, published, text): the bulk input format. */
export function writeCorpusJsonl(path: string, n: number, seed = 1): void {
  const lines: string[] = [];
  for (const d of syntheticCorpus(n, seed)) lines.push(JSON.stringify({ id: d.name, title: d.title, published: d.published, text: d.text }));
  writeFileSync(path, `${lines.join("\n")}\n`);
}
