// The greeting on accept (E2, E3, E11): with the name or asking for it, once per chat, in the customer's language, or a line when switched off.
import {describe, expect, it} from 'vitest';
import {greetingOnAccept} from '../../../source/commands/index.js';
import {NOTICE_LOCALES} from '../../../source/courtesy/notices/index.js';
import {T0, chatWith, contextFor, marksOf, msg, alertsOf, sendsOf, wordingIndex} from './automatic-fixtures.js';

const fresh = (customer: Parameters<typeof chatWith>[2] = {}) =>
	chatWith([msg('c1', 1, 'customer', {text: 'Hi'})], {}, customer);
const NOW = T0 + 5_000;

describe('greetingOnAccept', () => {
	it('E2, E3: greets a known customer by name, with the agent and the company, and remembers it', () => {
		const effects = greetingOnAccept(contextFor(fresh(), {now: NOW}), false);
		const [greeting] = sendsOf(effects);
		expect(greeting).toMatchObject({chatId: 'c1', visibility: 'public', auto: true, notice: 'greeting'});
		// E28: the given name, as English addresses people.
		expect(greeting!.text).toContain('Sarah');
		expect(greeting!.text).not.toContain('Sarah Jones');
		expect(greeting!.text).toContain('Alex');
		expect(greeting!.text).toContain('Acme');
		expect(wordingIndex(greeting!.text, 'en', 'greeting')).toBeGreaterThanOrEqual(0);
		expect(marksOf(effects)).toEqual([{type: 'mark', chatId: 'c1', mark: 'greeted', at: NOW}]);
	});

	it.each(NOTICE_LOCALES)("E2, E3: the greeting is written in the customer's language (%s)", locale => {
		const [greeting] = sendsOf(greetingOnAccept(contextFor(fresh({locale})), false));
		expect(wordingIndex(greeting!.text, locale, 'greeting')).toBeGreaterThanOrEqual(0);
		expect(greeting!.text).toContain(
			{en: 'Sarah', nb: 'Sarah', sv: 'Sarah', fi: 'Sarah', hu: 'Jones', zh: 'Sarah Jones'}[locale],
		);
		expect(greeting!.text).toContain('Alex');
	});

	it.each([
		['en', 'Chris Parker', 'Chris', 'Parker'],
		['nb', 'Ola Nordmann', 'Ola', 'Nordmann'],
		['sv', 'Anna Svensson', 'Anna', 'Svensson'],
		['fi', 'Matti Virtanen', 'Matti', 'Virtanen'],
		['hu', 'Kovács Anna', 'Anna', 'Kovács'],
		['zh', '王伟', '王伟', null],
	] as const)('E28: addresses %s customers the way the language does (%s → %s)', (locale, name, address, not) => {
		const [greeting] = sendsOf(greetingOnAccept(contextFor(fresh({locale, name})), false));
		expect(greeting!.text).toContain(address);
		if (not !== null) expect(greeting!.text).not.toContain(not);
	});

	it('E28: a Chinese surname alone is no way to address anyone: the greeting asks instead of "王，您好"', () => {
		const [greeting] = sendsOf(greetingOnAccept(contextFor(fresh({locale: 'zh', name: '王'})), false));
		expect(greeting!.text).not.toMatch(/王[，,]?您好/);
		expect(
			wordingIndex(greeting!.text, 'zh', 'greeting-ask-name', {'agent.name': 'Alex', company: 'Acme'}),
		).toBeGreaterThanOrEqual(0);
		expect(greeting!.text).not.toContain('贵姓');
	});

	it('follows a regional language tag to its notice language (nb-NO is Norwegian)', () => {
		const [greeting] = sendsOf(greetingOnAccept(contextFor(fresh({locale: 'nb-NO'})), false));
		expect(wordingIndex(greeting!.text, 'nb', 'greeting')).toBeGreaterThanOrEqual(0);
	});

	it('E3: asks for the name when it is unknown, and never uses a placeholder name (nb)', () => {
		const [greeting] = sendsOf(greetingOnAccept(contextFor(fresh({name: null, locale: 'nb'})), false));
		expect(wordingIndex(greeting!.text, 'nb', 'greeting-ask-name')).toBeGreaterThanOrEqual(0);
		expect(greeting!.text).toContain('Alex');
		expect(greeting!.text).not.toMatch(/Visitor|Sarah/);
	});

	it('E3: a blank name counts as unknown (hu)', () => {
		const [greeting] = sendsOf(greetingOnAccept(contextFor(fresh({name: '   ', locale: 'hu'})), false));
		expect(wordingIndex(greeting!.text, 'hu', 'greeting-ask-name')).toBeGreaterThanOrEqual(0);
	});

	it('E11: a transferred chat gets the transfer greeting, saying the conversation was read (sv)', () => {
		const effects = greetingOnAccept(contextFor(fresh({locale: 'sv'})), true);
		const [greeting] = sendsOf(effects);
		expect(greeting).toMatchObject({notice: 'transfer-greeting', auto: true, visibility: 'public'});
		expect(wordingIndex(greeting!.text, 'sv', 'transfer-greeting')).toBeGreaterThanOrEqual(0);
		expect(wordingIndex(greeting!.text, 'sv', 'greeting')).toBe(-1);
		expect(marksOf(effects).map(mark => mark.mark)).toEqual(['greeted']);
	});

	it('E11: a transferred chat without a name still gets a transfer greeting (zh)', () => {
		const [greeting] = sendsOf(greetingOnAccept(contextFor(fresh({name: null, locale: 'zh'})), true));
		expect(wordingIndex(greeting!.text, 'zh', 'transfer-greeting')).toBeGreaterThanOrEqual(0);
	});

	it('never greets twice: memory.greetedAt stops a second greeting', () => {
		const ctx = contextFor(fresh({locale: 'fi'}));
		expect(sendsOf(greetingOnAccept(ctx, false))).toHaveLength(1);
		expect(greetingOnAccept({...ctx, memory: {anythingElseAskedAt: null, greetedAt: T0}}, false)).toEqual([]);
		expect(greetingOnAccept({...ctx, memory: {anythingElseAskedAt: null, greetedAt: T0}}, true)).toEqual([]);
	});

	it('switched off in config: a line for the agent instead, and nothing to the customer', () => {
		const effects = greetingOnAccept(contextFor(fresh(), {config: {notices: {enabled: {greeting: false}}}}), false);
		expect(sendsOf(effects)).toEqual([]);
		expect(alertsOf(effects)).toEqual([expect.stringContaining('greeting notices are switched off')]);
		// Remembered anyway, so the line is not repeated.
		expect(marksOf(effects).map(mark => mark.mark)).toEqual(['greeted']);
	});

	it('the transfer greeting has its own switch', () => {
		const config = {notices: {enabled: {'transfer-greeting': false}}};
		expect(sendsOf(greetingOnAccept(contextFor(fresh(), {config}), true))).toEqual([]);
		expect(sendsOf(greetingOnAccept(contextFor(fresh(), {config}), false))).toHaveLength(1);
	});

	it('E2: with no agent known, nothing goes out: the greeting could not introduce anyone', () => {
		const effects = greetingOnAccept(contextFor(fresh(), {agent: null}), false);
		expect(sendsOf(effects)).toEqual([]);
		expect(alertsOf(effects)).toEqual([expect.stringContaining('agent.name')]);
	});

	it('says nothing in an ended chat, or without a chat', () => {
		expect(greetingOnAccept(contextFor(chatWith([], {status: 'ended'})), false)).toEqual([]);
		expect(greetingOnAccept(contextFor(null), false)).toEqual([]);
	});
});

describe('greetingOnAccept after the customer has described the need (E27)', () => {
	const NEEDS: Record<string, string> = {
		en: "Hi, I can't log in to my account, it says my password is wrong",
		nb: 'Hei! Ruteren min mister nettet flere ganger i timen',
		sv: 'hej! var är mitt paket? det skulle ha kommit i tisdags',
		fi: 'Moi! Tilaus AC-20388 on veloitettu kortiltani kahteen kertaan',
		hu: 'Jó napot! Át kellene íratni a szállítási címet',
		zh: '你好，我的咖啡机漏水了',
	};
	const HELLOS: Record<string, string> = {
		en: 'Hello, anyone there?',
		nb: 'Hei, god morgen!',
		sv: 'Hej hej',
		fi: 'Moi, huomenta!',
		hu: 'Jó napot! Van itt valaki?',
		zh: '您好，在吗？',
	};

	it.each(NOTICE_LOCALES)('%s: acknowledges what the customer wrote instead of asking how to help', locale => {
		const described = chatWith([msg('c1', 1, 'customer', {text: NEEDS[locale]!})], {}, {locale});
		const [greeting] = sendsOf(greetingOnAccept(contextFor(described), false));
		expect(greeting!.notice).toBe('greeting');
		expect(wordingIndex(greeting!.text, locale, 'greeting-ack')).toBeGreaterThanOrEqual(0);
		// Without a name: still acknowledged, and the name asked for (E3).
		const nameless = chatWith([msg('c1', 1, 'customer', {text: NEEDS[locale]!})], {}, {locale, name: null});
		const [asking] = sendsOf(greetingOnAccept(contextFor(nameless), false));
		expect(wordingIndex(asking!.text, locale, 'greeting-ack-ask-name')).toBeGreaterThanOrEqual(0);
	});

	it.each(NOTICE_LOCALES)('%s: a hello alone describes nothing, so the greeting asks', locale => {
		const hello = chatWith([msg('c1', 1, 'customer', {text: HELLOS[locale]!})], {}, {locale});
		const [greeting] = sendsOf(greetingOnAccept(contextFor(hello), false));
		expect(wordingIndex(greeting!.text, locale, 'greeting')).toBeGreaterThanOrEqual(0);
	});
});
