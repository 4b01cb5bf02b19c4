// Simplified Chinese: every automatic notice, addressing the customer as 您 in everyday customer-service phrasing.
import type {LocaleTexts} from '../locale-texts.js';
import {formatWait, plainZoneName, safeTimeZone, wholeMinutes} from '../time-words.js';

/** "3月4日（星期二）14:00（GMT+1）": ICU puts the zone between date and time, which reads oddly in a sentence. */
function dueText(at: number, timeZone: string): string {
	const zone = safeTimeZone(timeZone);
	const date = new Intl.DateTimeFormat('zh-CN', {timeZone: zone, month: 'long', day: 'numeric'}).format(at);
	const weekday = new Intl.DateTimeFormat('zh-CN', {timeZone: zone, weekday: 'long'}).format(at);
	const time = new Intl.DateTimeFormat('zh-CN', {
		timeZone: zone,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).format(at);
	const zoneName =
		new Intl.DateTimeFormat('zh-CN', {timeZone: zone, timeZoneName: plainZoneName(zone)})
			.formatToParts(at)
			.find(part => part.type === 'timeZoneName')?.value ?? zone;
	return `${date}（${weekday}）${time}（${zoneName}）`;
}

export const zh: LocaleTexts = {
	locale: 'zh',
	// A space between the numeral and 分钟, as in "5 分钟"; the templates put one before the numeral, none after the unit.
	minutes: count => `${wholeMinutes(count)}分钟`,
	wait: ms => formatWait(ms, {h: '小时', min: '分钟', s: '秒'}),
	due: dueText,
	templates: {
		greeting: [
			'{{customer.name}}，您好！欢迎来到{{company}}，我是{{agent.name}}，很高兴为您服务。请问有什么可以帮您？',
			'{{customer.name}}您好，感谢您联系{{company}}！我是客服{{agent.name}}，请问有什么需要帮助的吗？',
			'您好，{{customer.name}}！我是{{company}}的{{agent.name}}。请把您的情况简单说一下，我们一起来解决。',
			'{{customer.name}}，您好！我是{{agent.name}}，感谢您的咨询。请问今天有什么可以帮您？',
			'您好，{{customer.name}}！我是{{agent.name}}，很高兴为您服务。请问您想咨询什么问题？',
		],
		'greeting-ask-name': [
			'您好，欢迎来到{{company}}！我是{{agent.name}}，很高兴为您服务。请问怎么称呼您？有什么可以帮您的吗？',
			'您好，感谢您联系{{company}}！我是客服{{agent.name}}。请问怎么称呼您？今天有什么可以帮您？',
			'您好！我是{{company}}的{{agent.name}}。方便告诉我您的称呼吗？也请简单说一下您的情况，我们一起来解决。',
			'您好！我是{{agent.name}}，感谢您的咨询。请问怎么称呼您？今天有什么可以帮您？',
			'您好！我是{{agent.name}}，很高兴为您服务。方便告诉我您的称呼吗？想咨询什么问题呢？',
		],
		// E27: the customer already said what they need: acknowledged, not asked again.
		'greeting-ack': [
			'{{customer.name}}，您好！我是{{company}}的{{agent.name}}。感谢您把情况说明得这么清楚，您的留言我已经看过了，现在就为您处理。',
			'您好，{{customer.name}}！我是客服{{agent.name}}，您描述的问题我已经了解了，我马上帮您查看。',
			'{{customer.name}}您好，感谢您联系{{company}}！我是{{agent.name}}，您的留言我已经看到了，这就帮您处理。',
		],
		'greeting-ack-ask-name': [
			'您好！我是{{company}}的{{agent.name}}。感谢您把情况说明得这么清楚，您的留言我已经看过了，现在就为您处理。请问怎么称呼您？',
			'您好！我是客服{{agent.name}}，您描述的问题我已经了解了，我马上帮您查看。方便告诉我您的称呼吗？',
			'您好，感谢您联系{{company}}！我是{{agent.name}}，您的留言我已经看到了，这就帮您处理。请问怎么称呼您？',
		],
		'transfer-greeting': [
			'{{customer.name}}，您好！我是{{agent.name}}，接下来由我为您服务。之前的聊天记录我已经看过了，您不用再重复说明。',
			'您好，{{customer.name}}！我是{{agent.name}}。同事已经把情况告诉我了，聊天记录我也都看过了，我们接着刚才的问题继续。',
			'您好！我是{{agent.name}}，接下来由我为您服务。之前的对话我已经仔细看过，您不需要再从头解释。',
			'您好！我是{{agent.name}}，感谢您的耐心等待。您之前的对话我已经了解了，我们接着往下处理。',
		],
		hold: [
			'请问能否稍等大约{{minutes}}？我想仔细为您查一下：{{reason}}。我会在这段时间内回来答复您。',
			'为了查清楚（{{reason}}），我大约需要{{minutes}}，您看可以吗？我会在这段时间内回来答复您。',
			'请问您方便稍等大约{{minutes}}吗？我为您查一下，届时回来答复您。',
			'我需要大约{{minutes}}来查清这个问题，请问您方便等一下吗？我会在这段时间内回来。',
			'谢谢您，{{customer.name}}。请问能否稍等大约{{minutes}}？我为您核实一下，届时回来答复您。',
			'感谢您的耐心，{{customer.name}}。这件事我大约需要{{minutes}}来处理（{{reason}}），您看可以吗？届时我会回来答复您。',
		],
		'hold-extend': [
			'很抱歉，这比我预想的要久一些。我还需要大约{{minutes}}，您看可以吗？届时我会回来答复您。',
			'抱歉让您久等了，{{customer.name}}。我还需要大约{{minutes}}来处理（{{reason}}），届时回来答复您。',
			'很抱歉，比我说的时间要长一些。请问能否再给我大约{{minutes}}？我会在这段时间内回来。',
		],
		'hold-update': [
			'我还在为您处理，感谢您的耐心等待。',
			'感谢您的等待，我还在查询中，有结果会第一时间告诉您。',
			'我一直都在，正在跟进您的问题，一有答复马上告诉您。',
			'感谢您的耐心，我还在核实相关信息，会尽快回复您。',
			'感谢您的等待，{{customer.name}}，我还在为您查询。',
		],
		'hold-overrun': [
			'非常抱歉，用的时间比我承诺的要长。我还在查，稍后告诉您还需要多长时间。',
			'抱歉，{{customer.name}}，这比我说的时间要久。感谢您的耐心，我稍后向您说明进展。',
			'抱歉让您久等了，这比我预计的要久。感谢您的耐心，我稍后向您更新进展。',
		],
		'hold-end': [
			'感谢您的耐心等待，{{customer.name}}，我回来了。',
			'非常感谢您的耐心！让您久等了。',
			'感谢您的等待，辛苦您了。',
			'让您久等了，{{customer.name}}，感谢您的理解。',
		],
		'hold-end-late': [
			'感谢您的耐心等待，{{customer.name}}，抱歉比说好的时间久了一些。我回来了。',
			'我回来了。让您等了这么久，真的很抱歉，谢谢您的耐心。',
			'抱歉让您久等了，超出了我说的时间，感谢您的理解。我回来了。',
		],
		'transfer-to-agent': [
			'我现在为您转接给同事{{target}}（{{reason}}），这个问题由{{target}}来处理最合适。我们之前的对话会一并转过去，您不需要再重复说明。',
			'为了让您得到更专业的帮助，我将把对话转给{{target}}：{{reason}}。我们聊过的内容都会同步过去，您不用再解释一遍。',
			'我现在为您转接给同事{{target}}，这个问题由{{target}}来处理最合适。我们之前的对话会一并转过去，您不需要再重复说明。',
			'为了让您得到更专业的帮助，我将把对话转给熟悉这方面业务的同事{{target}}。我们聊过的内容都会同步过去，您不用再解释一遍。',
		],
		'transfer-to-department': [
			'我现在为您转接到{{target}}的同事（{{reason}}），他们处理这类问题更专业。之前的对话他们都能看到，您不需要再重复说明。',
			'这个问题由{{target}}的同事来处理最合适，我现在就把对话转给他们：{{reason}}。我们聊过的内容会一并转过去，您不用从头再说。',
			'我现在为您转接到{{target}}的同事，他们处理这类问题更专业。之前的对话他们都能看到，您不需要再重复说明。',
			'这个问题由{{target}}的同事来处理最合适，我现在就把对话转给他们。我们聊过的内容会一并转过去，您不用从头再说。',
		],
		// E11 (amended): asking the customer first, where the agent chooses to (/transfer ask).
		'transfer-ask-to-agent': [
			'这个问题由同事{{target}}来处理最合适，我们之前的对话{{target}}都能看到，您不需要再重复说明。请问您是否愿意让我为您转接？',
			'为了让您得到更专业的帮助，我想把对话转给熟悉这方面业务的同事{{target}}，我们聊过的内容都会同步过去。您看可以吗？',
			'同事{{target}}对这方面最熟悉，我们聊过的内容也会一并转过去。需要我帮您转接吗？',
		],
		'transfer-ask-to-department': [
			'这个问题由{{target}}的同事来处理最合适，之前的对话他们都能看到，您不需要再重复说明。请问您是否愿意让我为您转接？',
			'为了让您得到更专业的帮助，我想把对话转到{{target}}，我们聊过的内容会一并转过去。您看可以吗？',
			'{{target}}的同事对这类问题最熟悉，之前的对话他们都能看到。需要我帮您转接过去吗？',
		],
		'transfer-failed': [
			'很抱歉，{{target}}现在无法接手这次对话，我会继续为您服务，一定帮您把问题解决好。',
			'抱歉，转接没有成功。我还在这里，会继续帮您处理。',
			'很抱歉，转接给{{target}}没有成功。我会继续陪您，想办法帮您解决。',
		],
		'transfer-brief': [
			[
				'转接说明（来自 {{agent.name}}）',
				'客户：{{customer.name|未提供姓名}}',
				'已等待：{{wait|未知}}',
				'备注：{{note|无}}',
				'客户最近的消息：',
				'{{messages|暂无}}',
			].join('\n'),
		],
		'email-request': [
			'您可以留下邮箱地址，我们会继续跟进，并在 24 小时内与您联系，确保您的问题不会被遗漏。',
			'为了确保您的问题得到解决，请留下您的邮箱地址，我们会在 24 小时内跟进回复您。',
			'非常抱歉，{{target}}目前暂时无法接入对话。您可以留下邮箱地址，我们会在 24 小时内与您联系。',
			'{{target}}现在暂时忙不过来，不过您的问题我们一定会跟进。请留下您的邮箱地址，我们会在 24 小时内联系您。',
		],
		followup: [
			'谢谢您！我已记下您的联系方式 {{contact}}，我们最晚会在{{due}}前与您联系。如果需要更长时间，我们也会及时告知您进展。',
			'已为您登记好：我们会在{{due}}前通过 {{contact}} 与您联系。',
			'谢谢您！我们最晚会在{{due}}前与您联系。',
			'我已为您登记了跟进，最晚{{due}}前您会收到我们的回复。',
		],
		'anything-else': [
			'请问还有其他可以帮您的吗？',
			'{{customer.name}}，请问还有什么需要我帮忙的吗？',
			'在结束之前，请问您还有其他需要帮助的地方吗？',
		],
		closing: [
			'感谢您的咨询，{{customer.name}}！本次对话即将结束，祝您生活愉快。如果方便的话，请为本次服务打个分（1–3 分：1 = 不满意，2 = 满意，3 = 非常满意）。',
			'很高兴今天能帮到您。本次对话即将结束，感谢您联系我们，祝您一切顺利！也欢迎您对本次服务进行评价：1 到 3 分，1 分为不满意，3 分为非常满意。',
			'再次感谢您，{{customer.name}}，祝您万事顺意！我这边就先结束对话了。最后麻烦您为本次服务打个分（1–3 分，3 分最好），您的反馈能帮助我们做得更好。',
			'感谢您的咨询！本次对话即将结束，祝您生活愉快。如果方便的话，请为本次服务打个分（1–3 分：1 = 不满意，2 = 满意，3 = 非常满意）。',
		],
		// Without the server's rating capability the closing cannot ask for a rating nobody would collect (E19).
		'closing-no-rating': [
			'感谢您的咨询，{{customer.name}}！本次对话即将结束，祝您生活愉快。',
			'很高兴今天能帮到您。本次对话即将结束，感谢您联系我们，祝您一切顺利！',
			'再次感谢您，{{customer.name}}，祝您万事顺意！我这边就先结束对话了。',
			'感谢您的咨询！本次对话即将结束，祝您生活愉快。',
		],
		// E13, E19 (amended): closing a chat rated 1: an apology and the feedback passed on; no second request.
		'closing-low-rating': [
			'{{customer.name}}，感谢您告诉我们这次的感受，很抱歉今天没能做得更好。我会把您的反馈转达给团队，帮助我们改进。本次对话就先结束了，祝您一切顺利。',
			'很抱歉这次对话没能给您需要的帮助。感谢您坦诚的反馈，我会确保团队看到。本次对话即将结束，欢迎您随时再联系我们。',
			'再次感谢您的反馈，这次没能让您满意，非常抱歉。我这边先结束对话，祝您一切顺利。',
		],
		'rating-thanks': [
			'感谢您的评价，这对我们很有帮助！',
			'谢谢您为本次服务评分，{{customer.name}}，我们非常重视您的反馈！',
			'感谢您抽出宝贵时间给我们评价。',
		],
		'rating-thanks-low': [
			'感谢您坦诚的反馈，这次没能让您满意，非常抱歉。我们会认真改进。',
			'{{customer.name}}，谢谢您告诉我们。很抱歉这次服务没有达到您的期望，您的反馈会帮助我们不断改进。',
			'谢谢您的反馈。很抱歉今天没能让您满意，我们会认真对待您的意见。',
		],
		'idle-check-in': [
			'{{customer.name}}，您还在吗？不着急，您准备好了随时告诉我。',
			'您慢慢来，不着急，我一直都在，有需要随时找我。',
			'我还在这里，您想继续的时候跟我说一声就好。',
		],
		'idle-close-offer': [
			'您可能暂时在忙别的事情。需要我先结束本次对话吗？如果您还需要时间，直接发消息就好，我会一直在。',
			'{{customer.name}}，如果没有其他问题，我先为您结束本次对话可以吗？之后有需要，欢迎随时再联系我们。',
			'如果您的问题已经解决了，我可以为您结束对话；如果还没有，直接发消息，我们继续。',
		],
	},
};
