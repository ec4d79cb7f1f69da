/**
 * What a Chinese personal name is made of: a surname from this list, then one or two given
 * characters. The list is the common surnames (single and compound), not a list of people.
 */
export const COMPOUND_SURNAMES = new Set(
  "欧阳 司马 上官 诸葛 东方 皇甫 令狐 慕容 尉迟 公孙 长孙 宇文 司徒 夏侯 轩辕 端木 澹台 万俟 独孤 南宫 西门 呼延 闻人 申屠 钟离".split(" "),
);

export const SURNAMES = new Set(
  (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤" +
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝"
  ).split(""),
);

/**
 * Words that may follow a name and so mark where it ends: "杨植麟称", "王小川表示",
 * "张予彤也", "周启明等".
 */
export const AFTER_NAME =
  /^(?:表示|[称说向对也则曾在于等和与及跟同的是为将已就还都]|指出|认为|透露|介绍|坦言|直言|强调|回应|提到|谈到|告诉|带领|领导|创立|创办|成立|先生|女士|博士|教授|今年|去年|近日|日前|此前|本人|个人|亲自|主导|牵头|出任|担任|兼任|接受|发布|发文|宣布|公开|早在|作为|参与|参投|领投|出资|认购|投资|持有|持股)/u;
