/**
 * The words that tell what a sentence is doing with money. Each pattern quotes the kind of text
 * it is for; they are deliberately narrow (matching what newsrooms write, not all Chinese).
 */

// "完成数千万元A轮融资", "获得近亿元人民币B轮融资", "拿下2亿元", "斩获", "宣布完成", "获腾讯战略投资"
export const ZH_FINANCING_VERB =
  /(?:成功|顺利|正式|已于[^，。；]{0,8}?)(?:定价)?发行(?!对象|价|规模|费用|情况)|发行完毕|完成簿记建档|完成了?[^，。；]{0,6}?发行|[与和][^，。；与和]{2,40}?(?:签署|订立|签订)|拟(?:通过|[以向分]|进行|实施|引入)|(?:通过|实施|以)增资扩股|以增资方式|(?:宣布|正式|成功|顺利|已经|已|先后|连续|接连|再获|再次)?(?:完成了?|获得了?|获|得到|拿下|拿到|斩获|收获|迎来|落地|敲定|锁定|融得|募得)/u;

// The financing act itself: "融资", "投资", "注资", "增资", "战略投资", "募资"
export const ZH_FINANCING_NOUN = /融资|投资|注资|增资扩股|增资|募资|募集资金|认购/u;

// Bonds, notes and placements are company financing too: "发行…公司债券", "中期票据", "定增", "配售新股".
export const ZH_DEBT_OR_PLACEMENT =
  /债券|票据|融资券|(?:公司|企业|金融|次级|永续|专项|绿色|科创|碳中和|可转|可续期)债|可转换公司债券|定增|定向发行|非公开发行|向特定对象发行|配售[^，。；新]{0,12}新股|placing/u;

// English: "raised $40 million", "has secured €25m", "closed a Series A", "lands", "bags".
export const EN_FINANCING_VERB =
  /\b(?:rais(?:es|ed|ing)|add(?:s|ed)|pric(?:es|ed)|secur(?:es|ed|ing)|clos(?:es|ed|ing)|land(?:s|ed)|bag(?:s|ged)|pick(?:s|ed) up|nets?|netted|garner(?:s|ed)|scor(?:es|ed)|gets?|got|receiv(?:es|ed)|announc(?:es|ed))\b/iu;

export const EN_FINANCING_NOUN = /\b(?:round|funding|financing|investment|seed|series\s+[a-k]|extension|raise|notes|bonds|convertible|offering|placement)\b/iu;

// Not company financing: margin trading, leasing, IPO proceeds, acquisitions, pledges, a fund raising its own money.
export const ZH_NOT_FINANCING =
  /(?<!Pre-)IPO|首次公开发行|超额配售|奖励|资助|补助|(?:科创板|创业板|主板|北交所|港交所|纳斯达克|纽交所)(?:挂牌)?上市|申请上市|上市申请|递表|公开发行(?:股票|A股|新股)|招股|基石投资者|保荐|上市首日|融资融券|融资余额|融资买入|融资净买入|融资净卖出|融券|两融|融资租赁(?![^，。]{0,12}(?:完成|获得)[^，。]{0,10}轮)|融资担保|融资成本|融资难|上市募资|首发募资|募资净额|募集资金净额|发售|挂牌上市|登陆[^，。]{0,6}(?:交易所|科创板|创业板|主板|港交所)|收购|并购|吸收合并|股权转让|老股转让|受让|质押|冻结|补贴|基石投资|(?:基金|母基金)[^，。]{0,12}(?:募集|首关|关账|设立|成立)|完成(?:新一期)?[^，。]{0,10}基金的?募集|首期规模|授信|贷款|总投资|投资总额|项目投资|固定资产投资/u;

export const EN_NOT_FINANCING =
  /\b(?:IPO|initial public offering|went public|going public|acquir(?:e|es|ed|ing|ition)|merger|to buy|buys|bought|new fund|closed (?:a|its) (?:new )?(?:\$[\d.]+\s*(?:m|bn|million|billion) )?fund|(?:early-stage|growth|seed|flagship|debut|venture|opportunity) funds?|across (?:\w+ )?(?:new )?funds|in new capital|layoffs?|cuts? jobs|debt facility|loan|grant)\b/iu;

// Denials and deals that did not happen: "否认", "消息不实", "假的", "与事实不符", "denied".
export const ZH_DENIAL = /否认|暂未启动|尚未启动|未启动|没有启动|伪造|从未|不实|假的|没有这回事|与事实不符|纯属谣言|辟谣|并未(?:参与|投资|完成)|没有参与|未参与|并无此事|不存在的/u;
export const EN_DENIAL = /\b(?:denied|denies|deny|not true|false report|fell through|called off|collapsed|scrapped)\b/iu;

// Investors that withdrew, were rejected or never paid: "最终放弃", "退出了谈判", "被否决", "没有出资".
export const ZH_WITHDRAWAL = /放弃|退出|被否决|否决|没有出资|未出资|离场|撤出|未能谈拢|没有谈拢|并未直接投资|并无直接投资|未直接投资|落空/u;
export const EN_WITHDRAWAL = /\b(?:withdrew|walked away|pulled out|backed out|dropped out|declined to invest|passed on)\b/iu;

// Rumours and reports that are not confirmed: "传出", "据传", "被传", "有消息称", "被曝出".
export const ZH_RUMOR = /传出|流传|传闻|据传|被传|网传|有消息称|市场消息|自媒体|文章称|被曝出|被曝|曝出|据说/u;
export const EN_RUMOR = /\b(?:rumou?red|reportedly|is said to|according to people familiar|sources say)\b/iu;

// A hypothetical: "若全额行使超额配售选择权，募集资金总额将达约2.8亿元".
export const ZH_HYPOTHETICAL = /^(?:若|如果|假如|倘若|一旦|如若)/u;
export const EN_HYPOTHETICAL = /^(?:if|should|were)\b/iu;

// Plans and talks: "正在洽谈", "计划", "拟", "寻求", "目标金额", "in talks".
export const ZH_PLAN = /将以|将领投|将投资|将入股|正在洽谈|洽谈|计划以|计划领投|计划参与|拟以|正在寻求|寻求新一轮|目标金额|正在进行|正在举行|筹备|有意投资|成心投资|拟进行|拟融资|拟募资|意向|尚未签署|还在谈判/u;
export const EN_PLAN = /\b(?:in talks|is raising|are raising|plans? to raise|seeking|looking to raise|in discussions|would value|is in early talks|aims to raise)\b/iu;

// A figure corrected by a later report: "更正为12亿元", "很快被更正为", "批改为" (spun 更正).
export const ZH_CORRECTION = /更正为|更正成|修正为|纠正为|改为|批改为|改正为|下调为|调整为|澄清如下/u;
export const EN_CORRECTION = /\b(?:corrected to|revised (?:down |up )?to|later corrected)\b/iu;

// A cumulative total over a period, not a round: "累计融资超25亿元", "累计获得的融资", "合计融资".
export const ZH_CUMULATIVE = /(?<!第)[多数几两三四五六七八九十]轮(?:股权)?融资|累计|累积|合计融资|总计融资|共计融资|融资总额超过|先后完成了?[^，。]{0,4}轮融资，累计/u;
export const EN_CUMULATIVE = /\b(?:in total|to date|so far|cumulative(?:ly)?|altogether|total funding)\b/iu;

// Disclosure words: the time next to them is when the deal was reported (披露时间), not when it happened.
export const ZH_DISCLOSURE_WORD = /宣布|披露|公告|公布|透露|报道|获悉|消息|发布|表示|确认|官宣|宣告|电\b|讯/u;
export const EN_DISCLOSURE_WORD = /\b(?:said|says|announced|announces|disclosed|reported|told)\b/iu;
