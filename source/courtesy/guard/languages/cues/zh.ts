// Chinese cue rules (E6, E7): the parts of a refusal, an admission, a blame or an excuse, as characters with short gaps.
import {HINTS, type CuePack} from './cue-rule.js';

const NOT = ['不', '没', '没有', '不太', '不大'];
const KNOW = ['知道', '清楚', '确定', '了解', '晓得', '肯定', '确认'];
const SAID = ['说过', '讲过', '提过', '解释过', '告诉过', '强调过', '说明过', '说了', '讲了', '提醒过', '回复过'];
const BEFORE = ['已经', '之前', '刚才', '前面', '上面', '早就', '好几遍', '好几次', '多次', '一再', '再三', '刚刚'];
const WEBSITE = ['官网', '网站', '网页', '主页', '帮助中心', '常见问题', 'FAQ', '页面', '公众号', '说明书'];
const POLICY = ['规定', '政策', '制度', '规矩', '流程', '条款', '要求'];
const THIRD_PARTY = [
	'快递',
	'快递员',
	'物流',
	'仓库',
	'供应商',
	'厂家',
	'系统',
	'银行',
	'同事',
	'上一位',
	'之前的客服',
	'前一位',
	'技术部',
	'财务',
	'配送员',
	'师傅',
];
const FAULT = [
	'问题',
	'错',
	'出错',
	'搞错',
	'弄错',
	'发错',
	'送错',
	'弄丢',
	'丢了',
	'失误',
	'责任',
	'怪',
	'故障',
	'崩',
	'的锅',
	'延误',
	'耽误',
	'疏忽',
	'漏发',
	'坏了',
	'应该',
	'本该',
	'忘了',
	'没有及时',
	'本来',
];

export const zhCues: CuePack = {
	// 您 is everywhere in courteous Chinese: only 您/你 right before the cue makes it about the customer.
	aboutCustomer: /(?:您|你)[^，。！？,]{0,2}$|如果|要是|假如|万一/u,
	rules: [
		{
			id: 'dont-know',
			rule: 'E6',
			sequences: [[NOT, KNOW], [['说不好', '说不准', '不好说', '拿不准', '没底', '不敢保证', '搞不清', '不清不楚']]],
			gap: 2,
			// "不知道您现在方便吗？" asks about the customer politely (docs/guard.md).
			unless: /^(?:您|你)/u,
			hint: HINTS.dontKnow,
		},
		{
			id: 'cannot',
			rule: 'E6',
			sequences: [
				[
					[
						'没办法',
						'没法',
						'无法',
						'不能',
						'不行',
						'不可以',
						'办不到',
						'做不到',
						'不可能',
						'不允许',
						'不支持',
						'不提供',
						'不接受',
						'无能为力',
						'绝对不',
						'从来不',
						'从不',
						'一律不',
						'概不',
						'不予',
					],
				],
				[['帮', '办', '改', '退', '做', '处理', '解决', '修', '换', '发', '查', '管'], ['不了']],
			],
			gap: 0,
			soft: true,
			unless: /^(?:担心|客气|用担心|会|好意思|是(?:您|你))/u,
			hint: HINTS.cannot,
		},
		{
			id: 'as-i-said',
			rule: 'E6',
			sequences: [
				[BEFORE, SAID],
				[['正如', '如', '像'], ['我'], ['所说', '说的', '提到', '讲的']],
				[['如前所述', '再说一遍', '再强调一次', '说了多少次']],
			],
			gap: 4,
			hint: HINTS.asISaid,
		},
		{
			id: 'website',
			rule: 'E6',
			sequences: [
				[
					WEBSITE,
					[
						'看过',
						'看了吗',
						'查过',
						'浏览过',
						'看一下',
						'看看',
						'查看',
						'都有',
						'写得很清楚',
						'写着',
						'写了',
						'有写',
						'可以查到',
						'都写',
					],
				],
				[['您', '你'], ['看过', '查过', '浏览过', '去看', '自己看'], WEBSITE],
			],
			gap: 6,
			scope: 'sentence',
			agentVoice: false,
			unless: /https?:|www\./iu,
			hint: HINTS.website,
		},
		{
			id: 'policy',
			rule: 'E6',
			sequences: [
				[['这是', '这就是', '公司', '按照', '根据', '按', '都是', '就是'], POLICY],
				[POLICY, ['不允许', '不让', '不能', '就是这样', '没办法']],
				[['规定就是规定', '就是这样的', '没有例外']],
			],
			gap: 3,
			soft: true,
			hint: HINTS.policy,
		},
		{
			id: 'not-mine',
			rule: 'E6',
			sequences: [
				[
					['不归', '不属于', '不是'],
					['我', '我们', '我们客服', '客服'],
					['管', '负责', '处理', '范围', '部门'],
				],
				[
					['我', '我们'],
					['管不了', '不负责', '不管', '不处理'],
				],
				[['您', '你'], ['去找', '自己找', '自己联系', '去问', '问问', '打', '联系'], ['吧']],
			],
			gap: 6,
			soft: true,
			agentVoice: false,
			hint: HINTS.notMine,
		},
		{id: 'blame', rule: 'E7', sequences: [[THIRD_PARTY, FAULT]], gap: 6, scope: 'sentence', hint: HINTS.blame},
		{
			id: 'not-our-fault',
			rule: 'E7',
			sequences: [
				[
					['不是', '并非', '不怪'],
					['我们', '我', '客服'],
					['的问题', '的责任', '的错', '问题', '责任'],
				],
				[
					['跟', '和', '与'],
					['我们', '我'],
					['没关系', '无关', '没有关系', '不相干'],
				],
				[
					['怪不了', '不关'],
					['我们', '我'],
				],
			],
			gap: 3,
			scope: 'sentence',
			hint: HINTS.blame,
		},
		{
			// "您填错了邮箱": the customer's slip.
			id: 'customer-fault',
			rule: 'E7',
			sequences: [
				[
					['您', '你'],
					['填错', '写错', '输错', '选错', '下错', '填的不对', '写的不对', '弄错'],
				],
				[['您自己的问题', '您的失误', '您的责任']],
			],
			gap: 4,
			scope: 'sentence',
			agentVoice: false,
			hint: HINTS.customerFault,
		},
		{
			id: 'excuse',
			rule: 'E7',
			sequences: [
				[
					['咨询的人', '咨询量', '咨询', '消息', '订单', '单子', '排队的人', '找我们的人'],
					['太多', '特别多', '非常多', '爆满', '太大'],
				],
				[
					['才来', '刚来', '刚入职'],
					['几天', '两天', '一周', '两周', '没多久', '不久'],
				],
				[
					[
						'人手不够',
						'人手太少',
						'人手不足',
						'人手紧张',
						'太忙',
						'很忙',
						'忙不过来',
						'咨询的人太多',
						'咨询量大',
						'人太多',
						'排队的人',
						'新来的',
						'刚来',
						'事情太多',
						'订单太多',
						'单子太多',
						'爆单',
						'客服太少',
						'就我一个',
					],
				],
			],
			scope: 'sentence',
			hint: HINTS.excuse,
		},
	],
};
