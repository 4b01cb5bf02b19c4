// English: every automatic notice, warm and plain; also the words for minutes, waits and due times.
import type {LocaleTexts} from '../locale-texts.js';
import {formatDueTime, formatWait, wholeMinutes} from '../time-words.js';

export const en: LocaleTexts = {
	locale: 'en',
	minutes: count => {
		const n = wholeMinutes(count);
		return n === 1 ? '1 minute' : `${n} minutes`;
	},
	wait: ms => formatWait(ms, {h: 'h', min: 'min', s: 's'}),
	// en-GB order ("Tuesday 4 March at 14:00"): the day before the month cannot be misread on either side of the Atlantic.
	due: (at, timeZone) =>
		formatDueTime(at, timeZone, 'en-GB', {
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		}),
	templates: {
		greeting: [
			"Hi {{customer.name}}, welcome to {{company}}! I'm {{agent.name}}, and I'll be helping you today. What can I do for you?",
			'Hello {{customer.name}}, thanks for getting in touch with {{company}}. My name is {{agent.name}} – how can I help?',
			"Hi {{customer.name}}! This is {{agent.name}} from {{company}}. Tell me a little about what's going on, and we'll sort it out together.",
			"Hi {{customer.name}}, I'm {{agent.name}} – thanks for getting in touch! How can I help you today?",
			"Hello {{customer.name}}, my name is {{agent.name}}, and I'm here to help. What can I do for you?",
		],
		'greeting-ask-name': [
			"Hi, welcome to {{company}}! I'm {{agent.name}}, and I'll be helping you today. May I have your name, and what can I do for you?",
			'Hello, and thanks for getting in touch with {{company}}. My name is {{agent.name}} – who am I chatting with today, and how can I help?',
			"Hi there! This is {{agent.name}} from {{company}}. Could I ask your name? Then tell me what's on your mind, and we'll take it from there.",
			"Hi, I'm {{agent.name}} – thanks for getting in touch! May I have your name, and how can I help you today?",
			"Hello, my name is {{agent.name}}, and I'm here to help. Who do I have the pleasure of chatting with, and what can I do for you?",
		],
		// E27: the customer already said what they need: acknowledged, not asked again.
		'greeting-ack': [
			"Hi {{customer.name}}, I'm {{agent.name}} from {{company}}. Thanks for explaining – I've read your message and I'm looking into it now.",
			"Hello {{customer.name}}, this is {{agent.name}} at {{company}}. Thank you for the details – I've read what you wrote, and I'll help you get this sorted.",
			"Hi {{customer.name}}, {{agent.name}} here – thanks for describing the problem. I've read your message and I'm looking into it now.",
		],
		'greeting-ack-ask-name': [
			"Hi, I'm {{agent.name}} from {{company}}. Thanks for explaining – I've read your message and I'm looking into it now. May I have your name?",
			"Hello, this is {{agent.name}}. Thank you for the details – I've read what you wrote, and I'll help you get this sorted. Who am I chatting with?",
			"Hi, {{agent.name}} here – thanks for describing the problem. I've read your message. Could I ask your name while I look into it?",
		],
		'transfer-greeting': [
			"Hi {{customer.name}}, I'm {{agent.name}}, and I'm taking over from here. I've read through your conversation so far, so there's no need to repeat anything.",
			"Hello {{customer.name}}, {{agent.name}} here – my colleague has filled me in, and I've gone through the chat. Let's pick up right where you left off.",
			"Hi, I'm {{agent.name}}, and I'll be helping you from here. I've read the conversation so far, so you won't need to explain it all again.",
			"Hello, {{agent.name}} here – thanks for bearing with us. I've caught up on your chat, so let's carry on from where you left off.",
		],
		hold: [
			"I'd like to look into this properly for you: {{reason}}. It'll take about {{minutes}} – is it all right if you wait that long? I'll be back with you by then.",
			"Is it all right if I take about {{minutes}} to check this for you ({{reason}})? I'll be back with you within that time.",
			"Would you mind waiting about {{minutes}} while I look into this? I'll be back with you by then.",
			'I need about {{minutes}} to look into this properly. Is it all right if I come back to you within that time?',
			"Thanks, {{customer.name}}. Could you bear with me for about {{minutes}} while I check this? I'll be back by then.",
			"Thanks for your patience, {{customer.name}}. Is it all right if I take about {{minutes}} for this ({{reason}})? I'll be back with you by then.",
		],
		'hold-extend': [
			"I'm sorry, this is taking longer than I expected. I need about {{minutes}} more – is that all right? I'll be back with you by then.",
			"I'm sorry to keep you waiting, {{customer.name}}. I need about {{minutes}} more to finish checking this ({{reason}}). I'll be back with you by then.",
			"Apologies – this is taking a bit longer than I said. Could you give me about {{minutes}} more? I'll come back to you within that time.",
		],
		'hold-update': [
			"I'm still looking into this for you – thank you for your patience.",
			"Thanks for waiting. I'm still checking this and will be back with you as soon as I can.",
			"I'm still here and working on your question. You'll hear from me as soon as I have an answer.",
			"Thank you for holding – I'm still looking into it and will come back to you as soon as I can.",
			"Thanks for bearing with me, {{customer.name}} – I'm still looking into this.",
		],
		'hold-overrun': [
			"I'm sorry – this is taking longer than I promised. I'm still looking into it, and I'll tell you shortly how much more time I need.",
			"My apologies, {{customer.name}}: this is taking longer than I said it would. Thank you for bearing with me – I'll let you know shortly how it's going.",
			"Sorry for the wait – it's taking longer than I expected. Thank you for your patience; I'll update you shortly.",
		],
		'hold-end': [
			"Thank you for waiting, {{customer.name}} – I'm back with you now.",
			"Thanks so much for your patience! I'm back.",
			'Thank you for holding – I really appreciate your patience.',
			'Thanks for bearing with me, {{customer.name}}.',
		],
		'hold-end-late': [
			"Thank you for waiting, {{customer.name}}, and I'm sorry it took longer than I said. I'm back with you now.",
			"I'm back – thank you for your patience, and sorry for keeping you waiting longer than promised.",
			"Sorry to have kept you waiting so long, and thank you for bearing with me. I'm back with you now.",
		],
		'transfer-to-agent': [
			"I'm passing you to my colleague {{target}}, who can help you best with this ({{reason}}). {{target}} can see our whole conversation, so you won't need to repeat anything.",
			"To get you the best help, I'm transferring the chat to {{target}} – {{reason}}. Everything we've discussed goes along, so there's no need to explain it again.",
			"I'm passing you to my colleague {{target}}, who can help you best with this. {{target}} can see our whole conversation, so you won't need to repeat anything.",
			"To get you the best help, I'm transferring you to {{target}}, who knows this area well. Everything we've discussed goes along, so there's no need to explain it again.",
		],
		'transfer-to-department': [
			"I'm transferring you to our colleagues in {{target}} – {{reason}}. They'll see our whole conversation, so you won't have to repeat anything.",
			"The right people for this are in {{target}}, so I'm passing the chat on to them ({{reason}}). They'll have everything we've discussed, so there's no need to start over.",
			"I'm transferring you to our colleagues in {{target}}, who can help you best with this. They'll see our whole conversation, so you won't have to repeat anything.",
			"The right people for this are in {{target}}, so I'm passing the chat on to them now. They'll have everything we've discussed, so there's no need to start over.",
		],
		// E11 (amended): asking the customer first, where the agent chooses to (/transfer ask).
		'transfer-ask-to-agent': [
			"My colleague {{target}} knows this area best and could take over from here – {{target}} would see our whole conversation, so you wouldn't need to repeat anything. Would that be all right with you?",
			"I'd like to pass you to {{target}}, who can help you best with this. Everything we've discussed goes along. Is it all right if I transfer you?",
			"{{target}}, a colleague of mine, is the best person to help with this and would see everything we've discussed. Shall I transfer you?",
		],
		'transfer-ask-to-department': [
			"Our colleagues in {{target}} can help you best with this, and they'd see our whole conversation, so you wouldn't need to repeat anything. Would it be all right if I transfer you to them?",
			"The right people for this are in {{target}}. Is it all right if I pass the chat on to them? Everything we've discussed goes along.",
			"I'd like to pass you to our {{target}} team, who know this best – they'd see our whole conversation. Would that be all right?",
		],
		'transfer-failed': [
			"I'm sorry, {{target}} can't take the chat right now, so I'm staying with you. We'll find a way to sort this out.",
			"Unfortunately the transfer to {{target}} didn't go through. I'm still here, and I'll make sure you get help.",
			"I'm sorry, the transfer didn't go through, but I'm still here with you. Let's find another way to get this sorted.",
		],
		'transfer-brief': [
			[
				'Transfer brief from {{agent.name}}',
				'Customer: {{customer.name|name not given}}',
				'Waiting so far: {{wait|unknown}}',
				'Note: {{note|no note}}',
				'Latest from the customer:',
				'{{messages|no messages yet}}',
			].join('\n'),
		],
		'email-request': [
			"If you leave me your e-mail address, we'll look into this further and get back to you within 24 hours – that way nothing gets lost.",
			"Let's make sure this gets sorted: if you share your e-mail address, we'll follow up with you within 24 hours.",
			"I'm sorry, {{target}} isn't able to take the chat right now. If you leave me your e-mail address, we'll get back to you within 24 hours.",
			"{{target}} can't take the chat just now, but this won't be left hanging. Leave me your e-mail address, and we'll be in touch within 24 hours.",
		],
		followup: [
			"Thank you! I've noted {{contact}}, and we'll get back to you by {{due}} at the latest. If it takes longer, we'll let you know how it's going.",
			"All set: we'll contact you at {{contact}} no later than {{due}}.",
			"Thank you! We'll get back to you by {{due}} at the latest.",
			"I've made a note to follow up, and you'll hear from us by {{due}}.",
		],
		'anything-else': [
			'Is there anything else I can help you with today?',
			'Is there anything else I can do for you, {{customer.name}}?',
			"Before we wrap up – is there anything else you'd like help with?",
		],
		closing: [
			"Thank you for chatting with us, {{customer.name}}! I'll close the chat now – have a great day. If you have a moment, please rate this chat from 1 to 3 (1 = not satisfied, 2 = satisfied, 3 = very satisfied).",
			"It was a pleasure helping you today. I'm closing the chat now – thanks for getting in touch, and all the best! We'd love your feedback: how would you rate this chat, from 1 (not satisfied) to 3 (very satisfied)?",
			"Thanks again, {{customer.name}}, and take care! I'll end our chat here. One last thing: please rate the help you got from 1 to 3, where 3 is best – your feedback helps us get better.",
			"Thank you for getting in touch! I'll close the chat now – take care. If you have a moment, please rate this chat from 1 to 3 (1 = not satisfied, 2 = satisfied, 3 = very satisfied).",
		],
		// Without the server's rating capability the closing cannot ask for a rating nobody would collect (E19).
		'closing-no-rating': [
			"Thank you for chatting with us, {{customer.name}}! I'll close the chat now – have a great day.",
			"It was a pleasure helping you today. I'm closing the chat now – thanks for getting in touch, and all the best!",
			"Thanks again, {{customer.name}}, and take care! I'll end our chat here.",
			"Thank you for getting in touch! I'll close the chat now – take care.",
		],
		// E13, E19 (amended): closing a chat rated 1: an apology and the feedback passed on; no second request.
		'closing-low-rating': [
			"Thank you for telling us how this went, {{customer.name}}, and I'm sorry we didn't do better today. I'll pass your feedback on to the team so we can improve. I'll close the chat now – take care.",
			"I'm sorry this chat didn't give you what you needed. Thank you for your honest feedback – I'll make sure the team sees it. I'm closing the chat now, and you're always welcome to get in touch again.",
			"Thanks again for your feedback, and my apologies that we fell short this time. I'll end the chat here – all the best.",
		],
		'rating-thanks': [
			'Thank you for your feedback – it really helps us!',
			'Thanks for rating the chat, {{customer.name}}. We appreciate it!',
			'Thank you for taking the time to rate us – it means a lot.',
		],
		'rating-thanks-low': [
			"Thank you for your honest feedback, and I'm sorry we didn't get it right this time. We'll use it to do better.",
			"Thanks for letting us know, {{customer.name}} – I'm sorry this chat didn't meet your expectations. Your feedback helps us improve.",
			"Thank you for telling us. I'm sorry we fell short today – we take feedback like yours seriously.",
		],
		'idle-check-in': [
			"Are you still there, {{customer.name}}? No rush – I'm here whenever you're ready.",
			"Just checking in – take your time, I'm still here if you need anything.",
			"I'm still here – just let me know when you'd like to carry on.",
		],
		'idle-close-offer': [
			"It looks like you might have stepped away. Would you like me to close the chat? If you need more time, just send a message and I'll be here.",
			"Would it be all right if I close the chat for now, {{customer.name}}? You're welcome to start a new one whenever it suits you.",
			"I'm happy to close the chat if you're all set. If not, just send me a message and we'll carry on.",
		],
	},
};
