// Progress updates while on hold (E9, varied wording E4) and the agent's warning before the promised time runs out (E7).
import {describe, expect, it} from 'vitest';
import {holdProgressEffects, rememberMark, type ChatMemory} from '../../../source/commands/index.js';
import {addMessages, logToArray, type DeskChat} from '../../../source/core/index.js';
import {
	HOLD_SINCE,
	T0,
	chatWith,
	contextFor,
	marksOf,
	msg,
	alertsOf,
	onHold,
	sendsOf,
	tickThrough,
	wordingIndex,
} from './automatic-fixtures.js';

const MINUTE = 60_000;
const updatesIn = (ticks: ReturnType<typeof tickThrough>) =>
	ticks.flatMap(tick => sendsOf(tick.effects).map(send => ({at: tick.at, text: send.text})));
const linesIn = (ticks: ReturnType<typeof tickThrough>) =>
	ticks.flatMap(tick => alertsOf(tick.effects).map(text => ({at: tick.at, text})));

describe('holdProgressEffects: updates (E9)', () => {
	it('sends no update before the interval, and one when it has passed', () => {
		expect(holdProgressEffects(contextFor(onHold(), {now: HOLD_SINCE + MINUTE - 1}))).toEqual([]);
		const effects = holdProgressEffects(contextFor(onHold(), {now: HOLD_SINCE + MINUTE}));
		const [update] = sendsOf(effects);
		expect(update).toMatchObject({chatId: 'c1', visibility: 'public', auto: true, notice: 'hold-update'});
		expect(wordingIndex(update!.text, 'en', 'hold-update')).toBeGreaterThanOrEqual(0);
		expect(marksOf(effects)).toEqual([
			{type: 'mark', chatId: 'c1', mark: 'hold-update', at: HOLD_SINCE + MINUTE, holdSince: HOLD_SINCE},
		]);
	});

	it('sends one update per interval while the clock ticks each second', () => {
		const ticks = tickThrough(
			contextFor(onHold({minutes: null})),
			holdProgressEffects,
			HOLD_SINCE,
			HOLD_SINCE + 3 * MINUTE + 30_000,
		);
		expect(updatesIn(ticks).map(update => update.at)).toEqual([
			HOLD_SINCE + MINUTE,
			HOLD_SINCE + 2 * MINUTE,
			HOLD_SINCE + 3 * MINUTE,
		]);
	});

	it('counts the next update from the last one, not from the start of the hold', () => {
		// The last update went out late (the desk was offline): the next waits a whole interval after it.
		const memory = {anythingElseAskedAt: null, holdUpdates: {since: HOLD_SINCE, count: 1, lastAt: HOLD_SINCE + 70_000}};
		expect(sendsOf(holdProgressEffects(contextFor(onHold(), {memory, now: HOLD_SINCE + 2 * MINUTE})))).toEqual([]);
		expect(sendsOf(holdProgressEffects(contextFor(onHold(), {memory, now: HOLD_SINCE + 70_000 + MINUTE - 1})))).toEqual(
			[],
		);
		expect(
			sendsOf(holdProgressEffects(contextFor(onHold(), {memory, now: HOLD_SINCE + 70_000 + MINUTE}))),
		).toHaveLength(1);
	});

	it('sends one update, not a burst, after a long gap', () => {
		const effects = holdProgressEffects(contextFor(onHold({minutes: null}), {now: HOLD_SINCE + 10 * MINUTE}));
		expect(sendsOf(effects)).toHaveLength(1);
	});

	it.each(['en', 'nb', 'sv', 'fi', 'hu', 'zh'] as const)(
		'E4, E9: no wording repeats within a hold, however many updates the limit allows (%s)',
		locale => {
			const ticks = tickThrough(
				contextFor(onHold({minutes: null}, {locale}), {config: {holdUpdateLimit: 20}}),
				holdProgressEffects,
				HOLD_SINCE,
				HOLD_SINCE + 20 * MINUTE,
			);
			const texts = updatesIn(ticks).map(update => update.text);
			// Four wordings without the name and one with it: five updates, then the agent is asked to act.
			expect(texts).toHaveLength(5);
			expect(new Set(texts).size).toBe(texts.length);
			for (const text of texts) expect(wordingIndex(text, locale, 'hold-update')).toBeGreaterThanOrEqual(0);
			expect(linesIn(ticks)).toEqual([{at: HOLD_SINCE + 6 * MINUTE, text: expect.stringMatching(/^E9: /)}]);
		},
	);

	it('E4: with the name unknown, updates still differ and never name anyone', () => {
		const ticks = tickThrough(
			contextFor(onHold({minutes: null}, {name: null}), {config: {holdUpdateLimit: 20}}),
			holdProgressEffects,
			HOLD_SINCE,
			HOLD_SINCE + 10 * MINUTE,
		);
		const texts = updatesIn(ticks).map(update => update.text);
		expect(texts).toHaveLength(4);
		expect(new Set(texts).size).toBe(4);
		for (const text of texts) expect(text).not.toMatch(/Visitor|Sarah|\{\{/);
	});

	it('E7, E9: three updates at most by default, then one line asking the agent to act', () => {
		const ticks = tickThrough(
			contextFor(onHold({minutes: null})),
			holdProgressEffects,
			HOLD_SINCE,
			HOLD_SINCE + 30 * MINUTE,
		);
		expect(updatesIn(ticks).map(update => update.at - HOLD_SINCE)).toEqual([MINUTE, 2 * MINUTE, 3 * MINUTE]);
		expect(linesIn(ticks)).toEqual([
			{
				at: HOLD_SINCE + 4 * MINUTE,
				text: 'E9: Sarah Jones has had 3 automatic updates in this hold; no more go out on their own. Say how it is going, /hold MINUTES for a new time, or /unhold.',
			},
		]);
	});

	it.each(['en', 'nb', 'sv', 'fi', 'hu', 'zh'] as const)(
		'E7: no update claims progress nobody reported (%s)',
		locale => {
			const claims: Record<typeof locale, RegExp> = {
				en: /progress|making headway|nearly|almost/i,
				nb: /fremover|fremgang|nesten/i,
				sv: /framåt|framsteg|nästan/i,
				fi: /etenee|edistyy|melkein/i,
				hu: /haladok|majdnem/i,
				zh: /推进|进展顺利|快好了/,
			};
			const ticks = tickThrough(
				contextFor(onHold({minutes: null}, {locale}), {config: {holdUpdateLimit: 20}}),
				holdProgressEffects,
				HOLD_SINCE,
				HOLD_SINCE + 10 * MINUTE,
			);
			for (const {text} of updatesIn(ticks)) expect(text).not.toMatch(claims[locale]);
		},
	);

	it('interval 0 switches updates off', () => {
		const ticks = tickThrough(
			contextFor(onHold({minutes: null}), {config: {holdUpdateIntervalMs: 0}}),
			holdProgressEffects,
			HOLD_SINCE,
			HOLD_SINCE + 5 * MINUTE,
		);
		expect(ticks).toEqual([]);
	});

	it('follows the configured interval', () => {
		const ticks = tickThrough(
			contextFor(onHold({minutes: null}), {config: {holdUpdateIntervalMs: 20_000}}),
			holdProgressEffects,
			HOLD_SINCE,
			HOLD_SINCE + MINUTE,
		);
		expect(updatesIn(ticks).map(update => update.at - HOLD_SINCE)).toEqual([20_000, 40_000, 60_000]);
	});

	it('a new hold starts counting afresh: the last update of an earlier hold does not count', () => {
		const since = HOLD_SINCE + 10 * MINUTE;
		// The earlier hold's last update was 40 s before this hold began: counted from it, one would be due at since + 20 s.
		const memory = {anythingElseAskedAt: null, holdUpdates: {since: HOLD_SINCE, count: 4, lastAt: since - 40_000}};
		const ticks = tickThrough(
			contextFor(onHold({since, minutes: null}), {memory}),
			holdProgressEffects,
			since,
			since + 2 * MINUTE,
		);
		expect(updatesIn(ticks).map(update => update.at)).toEqual([since + MINUTE, since + 2 * MINUTE]);
		expect(marksOf(ticks[0]!.effects)[0]).toMatchObject({holdSince: since});
	});

	it('switched off: a line for the agent once per interval, and nothing to the customer', () => {
		const config = {notices: {enabled: {'hold-update': false}}};
		const ticks = tickThrough(
			contextFor(onHold({minutes: null}), {config}),
			holdProgressEffects,
			HOLD_SINCE,
			HOLD_SINCE + 2 * MINUTE + 30_000,
		);
		expect(updatesIn(ticks)).toEqual([]);
		expect(linesIn(ticks)).toEqual([
			{at: HOLD_SINCE + MINUTE, text: expect.stringContaining('hold-update notices are switched off')},
			{at: HOLD_SINCE + 2 * MINUTE, text: expect.stringContaining('hold-update notices are switched off')},
		]);
	});

	it('E10: no update once the agent has written: the reply that ends the hold is on its way (pending)', () => {
		const replying = {
			...onHold({minutes: null}),
			pending: [
				{
					chat_id: 'c1',
					client_msg_id: 'r1',
					text: 'Good news',
					visibility: 'public' as const,
					auto: false,
					queued_at: HOLD_SINCE + 59_500,
				},
			],
		};
		expect(holdProgressEffects(contextFor(replying, {now: HOLD_SINCE + MINUTE}))).toEqual([]);
	});

	it('E10: no update after the agent wrote while the unhold is still on its way; a whole interval later if the hold goes on', () => {
		const repliedAt = HOLD_SINCE + 59_000;
		const replied = chatWith([msg('c1', 1, 'customer'), msg('c1', 2, 'me', {text: 'Good news', ts: repliedAt})], {
			status: 'on_hold',
			hold: {since: HOLD_SINCE, minutes: null, reason: null},
		});
		const ticks = tickThrough(contextFor(replied), holdProgressEffects, HOLD_SINCE, HOLD_SINCE + 2 * MINUTE);
		expect(updatesIn(ticks).map(update => update.at)).toEqual([repliedAt + MINUTE]);
	});

	it('an internal note during the hold is not the customer hearing from the agent: updates go on', () => {
		const noted = chatWith(
			[msg('c1', 1, 'customer'), msg('c1', 2, 'me', {visibility: 'internal', ts: HOLD_SINCE + 50_000})],
			{status: 'on_hold', hold: {since: HOLD_SINCE, minutes: null, reason: null}},
		);
		expect(sendsOf(holdProgressEffects(contextFor(noted, {now: HOLD_SINCE + MINUTE})))).toHaveLength(1);
	});

	it('E9: a desk restarted mid-hold (nothing remembered) counts from the update the customer already had', () => {
		const hold = {status: 'on_hold' as const, hold: {since: HOLD_SINCE, minutes: 5, reason: null}};
		const updated = chatWith(
			[
				msg('c1', 1, 'customer'),
				msg('c1', 2, 'me', {auto: true, ts: HOLD_SINCE + 500}),
				msg('c1', 3, 'me', {auto: true, ts: HOLD_SINCE + MINUTE + 500}),
			],
			hold,
		);
		expect(sendsOf(holdProgressEffects(contextFor(updated, {now: HOLD_SINCE + MINUTE + 30_000})))).toEqual([]);
		expect(sendsOf(holdProgressEffects(contextFor(updated, {now: HOLD_SINCE + 2 * MINUTE + 500})))).toHaveLength(1);
	});

	it('says nothing for a chat that is not on hold', () => {
		const active = chatWith([msg('c1', 1, 'customer')]);
		expect(holdProgressEffects(contextFor(active, {now: T0 + 10 * MINUTE}))).toEqual([]);
		// A server that says on_hold without the hold's details gives nothing to count from.
		expect(
			holdProgressEffects(contextFor(chatWith([], {status: 'on_hold', hold: null}), {now: T0 + 10 * MINUTE})),
		).toEqual([]);
		expect(holdProgressEffects(contextFor(null))).toEqual([]);
	});
});

describe('holdProgressEffects: the estimate (E7)', () => {
	const ESTIMATE_END = HOLD_SINCE + 5 * MINUTE;

	it('E7: warns the agent once, 30 s before the estimate runs out, and once when it has', () => {
		const ticks = tickThrough(
			contextFor(onHold(), {config: {holdUpdateIntervalMs: 0}}),
			holdProgressEffects,
			HOLD_SINCE,
			ESTIMATE_END + 2 * MINUTE,
		);
		expect(linesIn(ticks)).toEqual([
			{
				at: ESTIMATE_END - 30_000,
				text: 'E7: the time you promised Sarah Jones runs out in 30 s: /unhold when you are back, or /hold MINUTES for more time.',
			},
			{
				at: ESTIMATE_END,
				text: 'E7: the time you promised Sarah Jones has run out; they were told, with an apology. /hold MINUTES gives them a new time, /unhold says you are back.',
			},
		]);
		expect(ticks.flatMap(tick => marksOf(tick.effects).map(mark => mark.mark))).toEqual(['hold-warned', 'hold-over']);
		// Posted as desk notices, which stay until dismissed: a fading note is easy to miss while busy in another chat.
		const posted = ticks.flatMap(tick =>
			tick.effects.flatMap(effect =>
				effect.type === 'intent' && effect.intent.type === 'alert.post' ? [effect.intent] : [],
			),
		);
		expect(posted.map(intent => [intent.kind, intent.level, intent.chatId])).toEqual([
			['hold.estimate', 'warning', 'c1'],
			['hold.estimate', 'warning', 'c1'],
		]);
		// E10 (amended): the customer hears once, honestly, with an apology, when the time has run out; the
		// warning before it is for the agent only.
		expect(updatesIn(ticks)).toEqual([{at: ESTIMATE_END, text: expect.stringMatching(/sorry|apolog/i)}]);
	});

	it('E7: no warning before the warning time', () => {
		expect(alertsOf(holdProgressEffects(contextFor(onHold(), {now: ESTIMATE_END - 30_001})))).toEqual([]);
	});

	it('E7: the warning time follows config', () => {
		const ticks = tickThrough(
			contextFor(onHold(), {config: {holdUpdateIntervalMs: 0, holdWarnBeforeMs: 90_000}}),
			holdProgressEffects,
			HOLD_SINCE,
			ESTIMATE_END - 1_000,
		);
		expect(linesIn(ticks).map(line => line.at)).toEqual([ESTIMATE_END - 90_000]);
	});

	it('E7: a desk that missed the warning (offline) still says once that the time ran out', () => {
		const ticks = tickThrough(
			contextFor(onHold(), {config: {holdUpdateIntervalMs: 0}}),
			holdProgressEffects,
			ESTIMATE_END + 5_000,
			ESTIMATE_END + MINUTE,
		);
		expect(linesIn(ticks)).toEqual([{at: ESTIMATE_END + 5_000, text: expect.stringContaining('has run out')}]);
	});

	it('E7: a new hold is warned about even when the last one was', () => {
		const since = HOLD_SINCE + 20 * MINUTE;
		const memory = {anythingElseAskedAt: null, holdWarned: {since: HOLD_SINCE, over: true}};
		const effects = holdProgressEffects(
			contextFor(onHold({since, minutes: 2}), {memory, now: since + 2 * MINUTE - 10_000}),
		);
		expect(alertsOf(effects)).toEqual([expect.stringContaining('runs out in 10 s')]);
	});

	it('E7: no estimate, no warning (the updates still come, up to the limit)', () => {
		const ticks = tickThrough(
			contextFor(onHold({minutes: null}), {config: {holdUpdateLimit: 4}}),
			holdProgressEffects,
			HOLD_SINCE,
			HOLD_SINCE + 30 * MINUTE,
		);
		expect(linesIn(ticks).filter(line => line.text.startsWith('E7'))).toEqual([]);
		expect(updatesIn(ticks)).toHaveLength(4);
	});

	it('E7, E9, E10: a 3-minute hold left alone for 11 minutes: two updates, one honest apology, then quiet', () => {
		const ticks = tickThrough(
			contextFor(onHold({minutes: 3})),
			holdProgressEffects,
			HOLD_SINCE,
			HOLD_SINCE + 11 * MINUTE,
		);
		const said = updatesIn(ticks);
		expect(said.map(update => update.at - HOLD_SINCE)).toEqual([MINUTE, 2 * MINUTE, 3 * MINUTE]);
		expect(wordingIndex(said[2]!.text, 'en', 'hold-overrun')).toBeGreaterThanOrEqual(0);
		expect(new Set(said.map(update => update.text)).size).toBe(3);
		// The agent is made to act: a line that stays until dismissed, naming both ways out.
		expect(linesIn(ticks).at(-1)).toEqual({
			at: HOLD_SINCE + 3 * MINUTE,
			text: expect.stringContaining('/hold MINUTES gives them a new time, /unhold says you are back'),
		});
	});

	it.each(['en', 'nb', 'sv', 'fi', 'hu', 'zh'] as const)(
		'E10: the overrun notice apologises in the customer language (%s)',
		locale => {
			const effects = holdProgressEffects(contextFor(onHold({minutes: 2}, {locale}), {now: HOLD_SINCE + 2 * MINUTE}));
			const [overrun] = sendsOf(effects);
			expect(overrun).toMatchObject({notice: 'hold-overrun', visibility: 'public', auto: true});
			expect(wordingIndex(overrun!.text, locale, 'hold-overrun')).toBeGreaterThanOrEqual(0);
		},
	);

	it('E7: a new estimate during the hold (/hold again) is warned about afresh', () => {
		const memory = {anythingElseAskedAt: null, holdWarned: {since: HOLD_SINCE, over: true, minutes: 3}};
		// Extended from 3 to 8 minutes: the promise now ends at 8 min; the old "over" does not silence it.
		const effects = holdProgressEffects(
			contextFor(onHold({minutes: 8}), {memory, now: HOLD_SINCE + 8 * MINUTE - 30_000}),
		);
		expect(alertsOf(effects)).toEqual([expect.stringContaining('runs out in 30 s')]);
	});

	it('E7: counts from the exact minutes typed (1.5 minutes warns at 60 s)', () => {
		const ticks = tickThrough(
			contextFor(onHold({minutes: 1.5}), {config: {holdUpdateIntervalMs: 0}}),
			holdProgressEffects,
			HOLD_SINCE,
			HOLD_SINCE + 2 * MINUTE,
		);
		expect(linesIn(ticks).map(line => line.at - HOLD_SINCE)).toEqual([60_000, 90_000]);
	});

	it('E7: names a customer without a name by the chat number the agent sees', () => {
		const effects = holdProgressEffects(contextFor(onHold({}, {name: null}), {now: ESTIMATE_END - 30_000}));
		expect(alertsOf(effects)).toEqual([expect.stringContaining('the customer in chat 1')]);
	});

	it('E7, E9: the update and the warning can fall on the same tick', () => {
		const effects = holdProgressEffects(contextFor(onHold({minutes: 1.5}), {now: HOLD_SINCE + MINUTE}));
		expect(sendsOf(effects)).toHaveLength(1);
		expect(alertsOf(effects)).toEqual([expect.stringContaining('runs out in 30 s')]);
	});
});

describe('holdProgressEffects after a desk restart: the hold read from the conversation (E7, E9)', () => {
	type Sent = {at: number; text: string; notice: string | null};
	/**
	 * A desk ticking each second from `from` to `to` with `memory`, whose sends reach the conversation (as the
	 * server gives them back), so a later tick, or a desk started afresh, sees them.
	 */
	function desk(chat: DeskChat, memory: ChatMemory, from: number, to: number) {
		const sent: Sent[] = [];
		const lines: string[] = [];
		let current = chat;
		let remembered = memory;
		for (let at = from; at <= to; at += 1_000) {
			const effects = holdProgressEffects(contextFor(current, {memory: remembered, now: at}));
			for (const effect of effects) if (effect.type === 'mark') remembered = rememberMark(remembered, effect);
			lines.push(...alertsOf(effects));
			const sends = sendsOf(effects);
			sent.push(...sends.map(send => ({at, text: send.text, notice: send.notice})));
			const n = logToArray(current.messages).length + 1;
			current = {
				...current,
				messages: addMessages(
					current.messages,
					sends.map((send, index) => msg('c1', n + index, 'me', {text: send.text, ts: at, auto: true})),
				),
			};
		}
		return {sent, lines, chat: current};
	}
	const fresh = {anythingElseAskedAt: null};

	it('keeps the limit and never repeats a wording when the desk restarts mid-hold', () => {
		const chat = onHold({minutes: null});
		const before = desk(chat, fresh, HOLD_SINCE, HOLD_SINCE + 2 * MINUTE + 30_000);
		expect(before.sent).toHaveLength(2);
		// The restarted desk remembers nothing: only the conversation says two updates went out.
		const after = desk(before.chat, fresh, HOLD_SINCE + 2 * MINUTE + 31_000, HOLD_SINCE + 8 * MINUTE);
		const texts = [...before.sent, ...after.sent].map(update => update.text);
		expect(texts).toHaveLength(3);
		expect(new Set(texts).size).toBe(3);
		// The third goes a whole interval after the second, and the agent is told of the limit once.
		expect(after.sent.map(update => update.at)).toEqual([HOLD_SINCE + 3 * MINUTE]);
		expect(after.lines.filter(line => line.includes('automatic updates'))).toHaveLength(1);
	});

	it('does not apologise for the overrun a second time after a restart', () => {
		const before = desk(onHold({minutes: 2}), fresh, HOLD_SINCE, HOLD_SINCE + 130_000);
		expect(before.sent.filter(send => send.notice === 'hold-overrun')).toHaveLength(1);
		const after = desk(before.chat, fresh, HOLD_SINCE + 131_000, HOLD_SINCE + 6 * MINUTE);
		expect(after.sent).toEqual([]);
	});
});
