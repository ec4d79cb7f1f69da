import type { Store } from "../../src/store/store.js";
import { ingestFixture, relation, TEST_REGISTRY } from "./fixtures.js";

/**
 * A small knowledge base written for tests: sentences of our own on public facts, with the
 * events an extractor would give. Used by the query and CLI tests.
 */
export async function buildWorld(store: Store): Promise<void> {
  const put = (text: string, published: string, events: Parameters<typeof ingestFixture>[4], relations: Parameters<typeof ingestFixture>[5] = [], title: string | null = null) =>
    ingestFixture(store, TEST_REGISTRY, text, { published, title }, events, relations);

  const moon = "2月，月之暗面完成新一轮超10亿美元融资，由阿里领投，红杉中国跟投，估值达25亿美元。";
  await put(moon, "2024-02-19", [{ company: "月之暗面", round: ["unnamed", "新一轮"], amount: ["超10亿美元", 1e9, null, "USD", "at_least"], valuation: ["25亿美元", 2.5e9, 2.5e9, "USD", "exact"], investors: ["阿里", "红杉中国"], lead: ["阿里"], date: ["2月", "2024-02", "month"] }]);
  const moonEn = "Moonshot AI raised more than $1 billion in a round led by Alibaba Group.";
  await put(moonEn, "2024-02-20", [{ company: ["月之暗面", "Moonshot AI"], amount: ["more than $1 billion", 1e9, null, "USD", "at_least"], investors: [["阿里巴巴", "Alibaba Group", true]] }]);
  const fix = "更正：月之暗面本轮融资额为8亿美元，由阿里领投。特此更正。";
  await put(fix, "2024-02-22", [{ company: "月之暗面", amount: ["8亿美元", 8e8, 8e8, "USD", "exact"], investors: ["阿里"], lead: ["阿里"] }], [], "更正");

  const mini = "3月，MiniMax(稀宇科技)完成6亿美元融资，阿里领投，腾讯跟投，估值25亿美元。";
  await put(mini, "2024-03-05", [{ company: "MiniMax", amount: ["6亿美元", 6e8, 6e8, "USD", "exact"], valuation: ["25亿美元", 2.5e9, 2.5e9, "USD", "exact"], investors: ["阿里", "腾讯"], lead: ["阿里"], date: ["3月", "2024-03", "month"] }]);
  const byte = "字节曾有意投资稀宇科技，但最终还是退出了。";
  await put(byte, "2024-03-10", [], [relation(byte, "字节", "稀宇科技", true)]);

  const zhipu = "智谱AI 2023年累计获得超25亿元人民币融资，投资方包括阿里、腾讯、美团。";
  await put(zhipu, "2023-10-20", [{ company: "智谱AI", round: ["total", "累计"], amount: ["超25亿元人民币", 2.5e9, null, "CNY", "at_least"], investors: ["阿里", "腾讯", "美团"], date: ["2023年", "2023", "year"] }]);
  const zhipuB = "智谱AI完成B轮融资，腾讯领投，金额未披露。";
  await put(zhipuB, "2023-06-01", [{ company: "智谱AI", round: ["b", "B轮"], amount: ["未披露", null, null, null, "undisclosed"], investors: ["腾讯"], lead: ["腾讯"] }]);

  const bc = "10月，百川智能完成3亿美元A1轮战略融资，阿里、腾讯、小米参投。";
  await put(bc, "2023-10-17", [{ company: "百川智能", round: ["a", "A1轮", "A1"], amount: ["3亿美元", 3e8, 3e8, "USD", "exact"], investors: ["阿里", "腾讯", "小米"], date: ["10月", "2023-10", "month"] }]);

  const yi = "零一万物完成新一轮融资，阿里云参投。";
  await put(yi, "2023-11-06", [{ company: "零一万物", round: ["unnamed", "新一轮"], investors: ["阿里云"] }]);
  const yi2 = "阿里已投资了零一万物。";
  await put(yi2, "2023-11-20", [], [relation(yi2, "阿里", "零一万物")]);
  const zhipuC = "5月，智谱AI完成新一轮融资，腾讯投资参投。";
  await put(zhipuC, "2024-05-10", [{ company: "智谱AI", round: ["unnamed", "新一轮"], investors: ["腾讯投资"], date: ["5月", "2024-05", "month"] }]);

  const an = "In May 2023 Anthropic raised $450 million in a Series C led by Spark Capital, with Google and Salesforce Ventures.";
  await put(an, "2023-05-23", [{ company: "Anthropic", round: ["c", "Series C"], amount: ["$450 million", 4.5e8, 4.5e8, "USD", "exact"], investors: ["Spark Capital", "Google", "Salesforce Ventures"], lead: ["Spark Capital"], date: ["May 2023", "2023-05", "month"] }]);
}

export const WORLD_REGISTRY_LINES = [
  '{"id":"alibaba","kind":"corporate","name":"阿里巴巴","aliases":["阿里","阿里巴巴集团","Alibaba","Alibaba Group"]}',
  '{"id":"tencent","kind":"corporate","name":"腾讯","aliases":["腾讯控股","Tencent"]}',
  '{"id":"tencent-investment","kind":"investor","name":"腾讯投资","aliases":["Tencent Investment"],"parent":"tencent"}',
  '{"id":"alibaba-cloud","kind":"company","name":"阿里云","aliases":["Alibaba Cloud"],"parent":"alibaba"}',
  '{"id":"moonshot-ai","kind":"company","name":"月之暗面","aliases":["Moonshot AI","Moonshot","北京月之暗面科技有限公司"]}',
  '{"id":"minimax","kind":"company","name":"MiniMax","aliases":["稀宇科技","上海稀宇科技有限公司"]}',
  '{"id":"bytedance","kind":"corporate","name":"字节跳动","aliases":["字节","ByteDance"]}',
  '{"id":"hongshan","kind":"investor","name":"红杉中国","aliases":["HongShan","Sequoia Capital China","红杉"]}',
];
