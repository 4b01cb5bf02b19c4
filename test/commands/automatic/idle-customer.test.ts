// The idle customer: a check-in after a silence when the agent spoke last, once per silence; the offer to close only when switched on.
import {describe, expect, it} from 'vitest';
import {automaticTick, idleCustomerEffects} from '../../../source/commands/index.js';
import type {Message} from '../../../source/protocol/index.js';
import {
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
/** The agent answered last, at T0 + 2 s. */
const AGENT_AT = T0 + 2_000;
const answered: Message[] = [
	msg('c1', 1, 'customer', {text: 'My blender does not spin'}),
	msg('c1', 2, 'me', {text: 'Try the reset button under the base'}),
];
const closeOn = {notices: {enabled: {'idle-close-offer': true}}};
const kindsIn = (ticks: ReturnType<typeof tickThrough>) =>
	ticks.flatMap(tick => sendsOf(tick.effects).map(send => ({at: tick.at, notice: send.notice})));

/** The idle notice as the server stores it: an automatic agent message stamped when it went out. */
const idleMessage = (n: number, at: number): Message =>
	msg('c1', n, 'me', {text: 'Are you still there?', auto: true, ts: at});

describe('idleCustomerEffects', () => {
	it('checks in once the customer has been quiet for 3 minutes after the agent spoke', () => {
		expect(idleCustomerEffects(contextFor(chatWith(answered), {now: AGENT_AT + 3 * MINUTE - 1}))).toEqual([]);
		const effects = idleCustomerEffects(contextFor(chatWith(answered), {now: AGENT_AT + 3 * MINUTE}));
		const [checkIn] = sendsOf(effects);
		expect(checkIn).toMatchObject({chatId: 'c1', notice: 'idle-check-in', auto: true, visibility: 'public'});
		expect(wordingIndex(checkIn!.text, 'en', 'idle-check-in')).toBeGreaterThanOrEqual(0);
		expect(marksOf(effects)).toEqual([{type: 'mark', chatId: 'c1', mark: 'idle-check-in', at: AGENT_AT + 3 * MINUTE}]);
	});

	it("checks in in the customer's language (hu)", () => {
		const [checkIn] = sendsOf(
			idleCustomerEffects(contextFor(chatWith(answered, {}, {locale: 'hu'}), {now: AGENT_AT + 3 * MINUTE})),
		);
		expect(wordingIndex(checkIn!.text, 'hu', 'idle-check-in')).toBeGreaterThanOrEqual(0);
	});

	it('E1: says nothing while the customer waits for the agent, however long', () => {
		const waiting = chatWith([...answered, msg('c1', 3, 'customer', {text: 'It still does not spin'})]);
		const ticks = tickThrough(contextFor(waiting, {config: closeOn}), idleCustomerEffects, T0, T0 + 20 * MINUTE);
		expect(ticks).toEqual([]);
	});

	it('says nothing before the agent has written at all', () => {
		const ticks = tickThrough(
			contextFor(chatWith([msg('c1', 1, 'customer')])),
			idleCustomerEffects,
			T0,
			T0 + 20 * MINUTE,
		);
		expect(ticks).toEqual([]);
	});

	it('an internal note is not the agent answering the customer', () => {
		const noted = chatWith([msg('c1', 1, 'customer'), msg('c1', 2, 'me', {visibility: 'internal'})]);
		expect(idleCustomerEffects(contextFor(noted, {now: T0 + 30 * MINUTE}))).toEqual([]);
	});

	it("no check-in while the agent's own message is on its way (pending)", () => {
		const writing = {
			...chatWith(answered),
			pending: [
				{
					chat_id: 'c1',
					client_msg_id: 'r1',
					text: 'One more thing',
					visibility: 'public' as const,
					auto: false,
					queued_at: AGENT_AT + 3 * MINUTE - 100,
				},
			],
		};
		expect(idleCustomerEffects(contextFor(writing, {now: AGENT_AT + 3 * MINUTE}))).toEqual([]);
		expect(sendsOf(idleCustomerEffects(contextFor(writing, {now: AGENT_AT + 6 * MINUTE - 100})))).toHaveLength(1);
	});

	it('checks in once per silence', () => {
		const ticks = tickThrough(contextFor(chatWith(answered)), idleCustomerEffects, AGENT_AT, AGENT_AT + 30 * MINUTE);
		expect(kindsIn(ticks)).toEqual([{at: AGENT_AT + 3 * MINUTE, notice: 'idle-check-in'}]);
	});

	it('once the check-in is in the conversation it does not count as the agent writing: no second check-in', () => {
		const checkInAt = AGENT_AT + 3 * MINUTE;
		const after = chatWith([...answered, idleMessage(3, checkInAt + 200)]);
		const memory = {anythingElseAskedAt: null, idleCheckInAt: checkInAt};
		const ticks = tickThrough(contextFor(after, {memory}), idleCustomerEffects, checkInAt, checkInAt + 30 * MINUTE);
		expect(ticks).toEqual([]);
	});

	it('a new silence (the customer wrote, the agent answered) gets a new check-in', () => {
		const checkInAt = AGENT_AT + 3 * MINUTE;
		const answeredAgain = T0 + 10 * MINUTE;
		const later = chatWith([
			...answered,
			idleMessage(3, checkInAt),
			msg('c1', 4, 'customer', {text: 'Sorry, back now', ts: answeredAgain - 30_000}),
			msg('c1', 5, 'me', {text: 'No problem', ts: answeredAgain}),
		]);
		const memory = {anythingElseAskedAt: null, idleCheckInAt: checkInAt};
		const ticks = tickThrough(
			contextFor(later, {memory}),
			idleCustomerEffects,
			answeredAgain,
			answeredAgain + 10 * MINUTE,
		);
		expect(kindsIn(ticks)).toEqual([{at: answeredAgain + 3 * MINUTE, notice: 'idle-check-in'}]);
	});

	it('the offer to close is off unless switched on', () => {
		const ticks = tickThrough(contextFor(chatWith(answered)), idleCustomerEffects, AGENT_AT, AGENT_AT + 60 * MINUTE);
		expect(kindsIn(ticks).map(tick => tick.notice)).toEqual(['idle-check-in']);
	});

	it('switched on, the offer to close comes 10 minutes after the agent spoke, after the check-in', () => {
		const ticks = tickThrough(
			contextFor(chatWith(answered), {config: closeOn}),
			idleCustomerEffects,
			AGENT_AT,
			AGENT_AT + 30 * MINUTE,
		);
		expect(kindsIn(ticks)).toEqual([
			{at: AGENT_AT + 3 * MINUTE, notice: 'idle-check-in'},
			{at: AGENT_AT + 10 * MINUTE, notice: 'idle-close-offer'},
		]);
	});

	it('idle notices in the conversation do not count as the agent writing: the close offer still counts from the agent', () => {
		const checkInAt = AGENT_AT + 3 * MINUTE;
		const after = chatWith([...answered, idleMessage(3, checkInAt)]);
		const memory = {anythingElseAskedAt: null, idleCheckInAt: checkInAt};
		const ticks = tickThrough(
			contextFor(after, {memory, config: closeOn}),
			idleCustomerEffects,
			checkInAt,
			checkInAt + 30 * MINUTE,
		);
		expect(kindsIn(ticks)).toEqual([{at: AGENT_AT + 10 * MINUTE, notice: 'idle-close-offer'}]);
	});

	it('the idle notices are recognised even when the server stamped them a little before the desk marked them', () => {
		const checkInAt = AGENT_AT + 3 * MINUTE;
		const after = chatWith([...answered, idleMessage(3, checkInAt - 2_000)]);
		const memory = {anythingElseAskedAt: null, idleCheckInAt: checkInAt};
		const ticks = tickThrough(
			contextFor(after, {memory, config: closeOn}),
			idleCustomerEffects,
			checkInAt,
			checkInAt + 30 * MINUTE,
		);
		expect(kindsIn(ticks)).toEqual([{at: AGENT_AT + 10 * MINUTE, notice: 'idle-close-offer'}]);
	});

	it('E18: an automatic message ("anything else?") is not the agent writing: the silence still counts from their own last words', () => {
		const checkInAt = AGENT_AT + 3 * MINUTE;
		const askedAt = AGENT_AT + 8 * MINUTE;
		const after = chatWith([
			...answered,
			idleMessage(3, checkInAt + 200),
			msg('c1', 4, 'me', {text: 'Is there anything else I can help you with?', auto: true, ts: askedAt}),
		]);
		const memory = {anythingElseAskedAt: askedAt, idleCheckInAt: checkInAt};
		const ticks = tickThrough(
			contextFor(after, {memory, config: closeOn}),
			idleCustomerEffects,
			askedAt,
			askedAt + 15 * MINUTE,
		);
		// No second check-in: the offer to close comes on the first silence's schedule, ten minutes after the agent's own words.
		expect(kindsIn(ticks)).toEqual([{at: AGENT_AT + 10 * MINUTE, notice: 'idle-close-offer'}]);
	});

	it("a new silence starts from the agent's next own words, whatever automatic messages follow them", () => {
		const firstCheckIn = AGENT_AT + 3 * MINUTE;
		const replied = T0 + 20 * MINUTE;
		const thanked = replied + MINUTE;
		const later = chatWith([
			...answered,
			idleMessage(3, firstCheckIn),
			msg('c1', 4, 'customer', {ts: replied - 10_000}),
			msg('c1', 5, 'me', {text: 'Here is the link', ts: replied}),
			msg('c1', 6, 'me', {text: 'Thank you for your feedback!', auto: true, ts: thanked}),
		]);
		const memory = {anythingElseAskedAt: null, idleCheckInAt: firstCheckIn};
		const ticks = tickThrough(contextFor(later, {memory}), idleCustomerEffects, thanked, thanked + 5 * MINUTE);
		expect(kindsIn(ticks)).toEqual([{at: replied + 3 * MINUTE, notice: 'idle-check-in'}]);
	});

	it('E1 is not idle: a customer who asked before the accept is not checked on after a mere automatic greeting', () => {
		const asked = chatWith([
			msg('c1', 1, 'customer', {ts: T0}),
			msg('c1', 2, 'me', {text: 'Hi, I am Alex from Acme!', auto: true, ts: T0 + 5_000}),
		]);
		const ticks = tickThrough(contextFor(asked, {config: closeOn}), idleCustomerEffects, T0 + 5_000, T0 + 20 * MINUTE);
		expect(kindsIn(ticks)).toEqual([]);
	});

	it('a check-in that went out late still gets its interval before the offer to close', () => {
		const late = AGENT_AT + 9 * MINUTE;
		const after = chatWith([...answered, idleMessage(3, late)]);
		const memory = {anythingElseAskedAt: null, idleCheckInAt: late};
		const ticks = tickThrough(
			contextFor(after, {memory, config: closeOn}),
			idleCustomerEffects,
			late,
			late + 30 * MINUTE,
		);
		expect(kindsIn(ticks)).toEqual([{at: late + 7 * MINUTE, notice: 'idle-close-offer'}]);
	});

	it('the offer to close alone, when the check-in is switched off', () => {
		const config = {notices: {enabled: {'idle-check-in': false, 'idle-close-offer': true}}};
		const ticks = tickThrough(
			contextFor(chatWith(answered), {config}),
			idleCustomerEffects,
			AGENT_AT,
			AGENT_AT + 30 * MINUTE,
		);
		expect(kindsIn(ticks)).toEqual([{at: AGENT_AT + 10 * MINUTE, notice: 'idle-close-offer'}]);
	});

	it('both switched off: nothing at all', () => {
		const config = {notices: {enabled: {'idle-check-in': false}}};
		expect(
			tickThrough(contextFor(chatWith(answered), {config}), idleCustomerEffects, AGENT_AT, AGENT_AT + 30 * MINUTE),
		).toEqual([]);
	});

	it('follows the configured silences', () => {
		const config = {...closeOn, idleCheckInAfterMs: MINUTE, idleCloseOfferAfterMs: 2 * MINUTE};
		const ticks = tickThrough(
			contextFor(chatWith(answered), {config}),
			idleCustomerEffects,
			AGENT_AT,
			AGENT_AT + 10 * MINUTE,
		);
		expect(kindsIn(ticks).map(tick => tick.at - AGENT_AT)).toEqual([MINUTE, 2 * MINUTE]);
	});

	it("the close offer is worded in the customer's language too (sv), and differs from the check-in", () => {
		const after = chatWith([...answered, idleMessage(3, AGENT_AT + 3 * MINUTE)], {}, {locale: 'sv'});
		const memory = {anythingElseAskedAt: null, idleCheckInAt: AGENT_AT + 3 * MINUTE};
		const [offer] = sendsOf(
			idleCustomerEffects(contextFor(after, {memory, config: closeOn, now: AGENT_AT + 10 * MINUTE})),
		);
		expect(wordingIndex(offer!.text, 'sv', 'idle-close-offer')).toBeGreaterThanOrEqual(0);
	});

	it('a chat on hold, ended or being transferred gets no idle notice', () => {
		for (const deskChat of [
			onHold(),
			chatWith(answered, {status: 'ended'}),
			chatWith(answered, {status: 'transferring'}),
		]) {
			expect(
				tickThrough(contextFor(deskChat, {config: closeOn}), idleCustomerEffects, AGENT_AT, AGENT_AT + 30 * MINUTE),
			).toEqual([]);
		}
	});
});

describe('automaticTick', () => {
	it('an active chat gets its idle check-in; a chat on hold gets its updates and no idle notice', () => {
		const idle = automaticTick(contextFor(chatWith(answered), {now: AGENT_AT + 3 * MINUTE}));
		expect(sendsOf(idle).map(send => send.notice)).toEqual(['idle-check-in']);
		const held = onHold({minutes: null});
		const ticks = tickThrough(contextFor(held), automaticTick, T0, T0 + 30 * MINUTE);
		expect(new Set(kindsIn(ticks).map(tick => tick.notice))).toEqual(new Set(['hold-update']));
		// E9: after the update limit, the agent is asked to act; still no idle notice.
		expect(alertsOf(ticks.flatMap(tick => tick.effects))).toEqual([
			expect.stringMatching(/^E9: .* 3 automatic updates/),
		]);
	});
});
