// /end: asks "anything else?" first, closes on the second /end or /end now, with the rating request (E18, E19).
import {describe, expect, it} from 'vitest';
import type {CommandContext, CommandEffect} from '../../source/commands/index.js';
import {ANYTHING_ELSE_WINDOW_MS} from '../../source/courtesy/notices/index.js';
import {BUNDLED_TEXTS} from '../../source/courtesy/notices/bundled-texts.js';
import {addMessages} from '../../source/core/index.js';
import {msg} from '../helpers/fixtures.js';
import {T0, context, deskChat, expectOnlyError, requests, run, sends} from './command-fixtures.js';

function memoryFrom(effects: readonly CommandEffect[]): number | null {
	const mark = effects.find(effect => effect.type === 'mark');
	return mark?.type === 'mark' ? mark.at : null;
}

describe('/end after "anything else?" in the agent\'s own words (E18)', () => {
	const askedIn = (locale: string, text: string, ts = T0 + 30_000) => {
		const chat = deskChat({}, {locale});
		return context({
			chat: {...chat, messages: addMessages(chat.messages, [msg('c1', 4, 'me', {text, ts})])},
		});
	};

	it.each([
		['en', 'Is there anything else I can help you with today?'],
		['nb', 'Er det noe annet jeg kan hjelpe deg med?'],
		['sv', 'Finns det något mer jag kan hjälpa dig med?'],
		['fi', 'Voinko vielä auttaa jossain muussa?'],
		['hu', 'Segíthetek még valamiben?'],
		['zh', '请问还有其他问题吗？'],
		// English mixed into another language's chat counts too.
		['hu', 'Anything else I can do for you?'],
	])('%s: "%s" was asked, so /end closes at once', (locale, text) => {
		expect(sends(run('/end', askedIn(locale, text))).map(send => send.notice)).toEqual(['closing']);
	});

	it('an ordinary message, an old question or an internal note does not count', () => {
		expect(sends(run('/end', askedIn('nb', 'Ordren din er sendt.'))).map(send => send.notice)).toEqual([
			'anything-else',
		]);
		const old = askedIn('en', 'Anything else?', T0 + 60_000 - ANYTHING_ELSE_WINDOW_MS - 1);
		expect(sends(run('/end', old)).map(send => send.notice)).toEqual(['anything-else']);
	});
});

describe('/end', () => {
	it('first asks whether there is anything else, and ends nothing', () => {
		const effects = run('/end');
		expect(sends(effects).map(send => send.notice)).toEqual(['anything-else']);
		expect(requests(effects)).toEqual([]);
		expect(memoryFrom(effects)).toBe(T0 + 60_000);
	});

	it('closes on the second /end: closing, rating request, end', () => {
		const first = run('/end');
		const second = run('/end', context({memory: {anythingElseAskedAt: memoryFrom(first)}, now: T0 + 120_000}));
		expect(sends(second).map(send => send.notice)).toEqual(['closing']);
		expect(requests(second).map(effect => effect.op)).toEqual(['rating.request', 'chat.end']);
		expect(second.map(effect => effect.type)).toEqual(['send', 'request', 'mark', 'request']);
	});

	it('asks again once the answer is older than the window', () => {
		const later = context({memory: {anythingElseAskedAt: T0}, now: T0 + ANYTHING_ELSE_WINDOW_MS});
		expect(sends(run('/end', later)).map(send => send.notice)).toEqual(['anything-else']);
	});

	it('/end now closes at once', () => {
		const effects = run('/end now');
		expect(sends(effects).map(send => send.notice)).toEqual(['closing']);
		expect(requests(effects).map(effect => effect.op)).toEqual(['rating.request', 'chat.end']);
	});

	it('closes in the customer language', () => {
		const [closing] = sends(run('/end now', context({chat: deskChat({}, {locale: 'zh'})})));
		expect(closing?.text).toMatch(/[\u4e00-\u9fff]/u);
	});

	it('leaves out the rating request when the server has no ratings', () => {
		expect(requests(run('/end now', context({capabilities: []}))).map(effect => effect.op)).toEqual(['chat.end']);
	});

	it('without ratings on the server, the closing itself asks for none, in any language (E19)', () => {
		for (const locale of ['en', 'nb', 'sv', 'fi', 'hu', 'zh']) {
			const [closing] = sends(run('/end now', context({capabilities: [], chat: deskChat({}, {locale})})));
			expect(closing?.text, locale).not.toMatch(/1[^0-9]{1,6}3|rate|vurdering|betyg|arvio|értékel|评价|打个分/u);
		}
		const [asking] = sends(run('/end now'));
		expect(asking?.text).toMatch(/rate/);
	});

	it('closes at once when the anything-else notice is switched off', () => {
		const effects = run('/end', context({config: {notices: {enabled: {'anything-else': false}}}}));
		expect(requests(effects).map(effect => effect.op)).toContain('chat.end');
	});

	it('refuses other words and ended chats, sending nothing', () => {
		expect(expectOnlyError(run('/end later'))).toMatch(/Use: \/end \[now\]/);
		expect(expectOnlyError(run('/end now please'))).toMatch(/Use: \/end \[now\]/);
		expect(expectOnlyError(run('/end', context({chat: deskChat({status: 'ended'})})))).toMatch(/ended/);
	});
});

describe('/end and the rating (E19 amended)', () => {
	const closingTemplate = (ctx: CommandContext) => {
		const closing = sends(run('/end now', ctx))[0]!;
		return {closing, requests: requests(run('/end now', ctx)).map(effect => effect.op)};
	};

	it.each(['en', 'nb', 'sv', 'fi', 'hu', 'zh'])(
		'%s: a chat rated 1 is closed with an apology, never "a pleasure", and not asked again',
		locale => {
			const chat = deskChat({rating: 1}, {locale});
			const {closing, requests: ops} = closingTemplate(context({chat}));
			expect(ops).toEqual(['chat.end']);
			const wordings = BUNDLED_TEXTS[locale as keyof typeof BUNDLED_TEXTS].templates['closing-low-rating'];
			expect(wordings.map(text => text.replace('{{customer.name}}', 'Sarah'))).toContain(closing.text);
			expect(closing.text).not.toMatch(PLEASURE[locale]!);
		},
	);

	it('a chat rated 3 already is closed without a second request', () => {
		const {closing, requests: ops} = closingTemplate(context({chat: deskChat({rating: 3})}));
		expect(ops).toEqual(['chat.end']);
		expect(closing.text).not.toMatch(/rate|1 to 3/i);
	});

	it('a rating requested before (the desk remembers, or its closing is in the chat) is not requested again', () => {
		expect(closingTemplate(context({memory: {anythingElseAskedAt: null, ratingRequestedAt: T0}})).requests).toEqual([
			'chat.end',
		]);
		// A desk restarted after its closing went out but chat.end did not: the closing with the request is in the chat.
		const first = sends(run('/end now'))[0]!;
		const chat = deskChat();
		const restarted = context({
			chat: {...chat, messages: addMessages(chat.messages, [msg('c1', 4, 'me', {text: first.text, auto: true})])},
		});
		const again = closingTemplate(restarted);
		expect(again.requests).toEqual(['chat.end']);
		expect(again.closing.text).not.toBe(first.text);
	});
});

/** What "it was a pleasure" looks like in each language: never said to a customer who rated 1. */
const PLEASURE: Record<string, RegExp> = {
	en: /pleasure|glad|happy to/i,
	nb: /hyggelig|glede/i,
	sv: /trevligt|nöje|glädje/i,
	fi: /mukava|ilo/i,
	hu: /örül|öröm/i,
	zh: /高兴|荣幸|开心/,
};
