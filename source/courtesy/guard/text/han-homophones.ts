// Characters common in Chinese names that sound alike: a pinyin keyboard offers them side by side, so they are the usual
// misspelling of a name (王晓明 for 王小明, 汪先生 for 王先生). Each group shares one reading (tones aside).
const GROUPS = [
	'王汪旺望',
	'张章彰樟',
	'李黎理里礼丽莉力立利',
	'刘柳留流',
	'陈晨辰沉臣',
	'杨阳洋扬羊',
	'黄皇煌凰',
	'赵照昭兆',
	'吴武伍午舞',
	'周州舟洲',
	'徐许旭',
	'孙荪',
	'马玛码',
	'朱珠诸竹',
	'胡湖虎',
	'郭国',
	'何贺和河',
	'高郜',
	'林琳霖淋临',
	'罗洛萝',
	'郑正政',
	'梁良凉',
	'谢解',
	'宋送颂',
	'唐汤堂棠',
	'韩寒涵晗',
	'冯风封峰锋丰枫',
	'于余鱼俞宇雨语玉瑜',
	'董东冬',
	'萧肖小晓筱',
	'程成城诚承',
	'曹草',
	'袁元园圆源媛',
	'邓登',
	'彭鹏朋',
	'曾增',
	'明鸣铭名茗',
	'伟玮炜卫维薇微',
	'芳方放舫',
	'娜纳',
	'敏珉闵',
	'静婧晶敬靖菁京',
	'军君钧俊峻骏',
	'洁杰捷婕',
	'涛滔韬',
	'华桦花',
	'平萍苹',
	'刚钢纲',
	'辉慧惠晖汇',
	'艳燕彦雁焰',
	'霞侠',
	'婷亭廷庭',
	'雪学',
	'玲铃灵凌',
	'飞菲非',
	'鑫新欣心馨',
	'佳家嘉',
	'怡宜仪依',
	'思斯丝',
	'文雯',
	'志智致',
	'建健剑',
	'勇永咏',
	'磊蕾雷',
	'强墙',
];

/**
 * Groups whose readings differ only by a front or back nasal (chen/cheng, lin/ling, jin/jing): many speakers do not
 * tell -n from -ng apart, and pinyin keyboards have a "fuzzy" setting for it, so 程先生 for 陈先生 is the same slip.
 * Each pair names one character of each group.
 */
const NASAL_PAIRS = ['陈程', '林玲', '敏明'];

const groupOf = new Map<string, number>();
GROUPS.forEach((group, index) => {
	for (const char of group) if (!groupOf.has(char)) groupOf.set(char, index);
});
const nasalPartner = new Map<number, number>();
for (const [a, b] of NASAL_PAIRS.map(pair => [...pair])) {
	const groupA = groupOf.get(a!)!;
	const groupB = groupOf.get(b!)!;
	nasalPartner.set(groupA, groupB);
	nasalPartner.set(groupB, groupA);
}

/** Whether two different Han characters read alike (a likely slip of the pinyin keyboard), -n and -ng counted alike. */
export function soundAlike(a: string, b: string): boolean {
	if (a === b) return false;
	const group = groupOf.get(a);
	const other = groupOf.get(b);
	return group !== undefined && other !== undefined && (group === other || nasalPartner.get(group) === other);
}
