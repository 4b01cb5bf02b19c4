// E5: jargon from the bundled lists (shared and per language) and from config, with plain words to say instead.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, guardConfig, fixed, only, without} from './guard-fixtures.js';

/** [locale, message, flagged term, message after Tab (null: plain words shown as a hint only)] */
const flagged: [GuardLocale, string, string, string | null][] = [
	['en', "I'll escalate to L2 for you.", 'escalate to L2', "I'll pass this to a specialist colleague for you."],
	['en', 'What is your ticket ID?', 'ticket ID', 'What is your case number?'],
	['en', 'We are within the SLA.', 'SLA', null],
	['en', 'It is a backend issue.', 'backend', null],
	['en', 'Please clear your cache.', 'cache', null],
	['en', 'Your RMA is approved.', 'RMA', null],
	['en', 'I will send it ASAP.', 'ASAP', 'I will send it as soon as possible.'],
	['nb', 'Jeg skal eskalere saken.', 'eskalere', null],
	// An ending is glued on ("-en"), so swapping words in would break the word: a hint only.
	['nb', 'Hva er ticket-ID-en din?', 'ticket-ID', null],
	['nb', 'Hva er ticketnummeret?', 'ticketnummeret', null],
	['nb', 'Jeg sender den ASAP.', 'ASAP', 'Jeg sender den så snart som mulig.'],
	['sv', 'Jag eskalerar ärendet.', 'eskalerar', null],
	['sv', 'Jag skickar den ASAP.', 'ASAP', 'Jag skickar den så snart som möjligt.'],
	['fi', 'Eskaloin asian.', 'Eskaloin', null],
	['fi', 'Tyhjennä välimuisti.', 'välimuisti', null],
	['fi', 'Lähetän sen ASAP.', 'ASAP', 'Lähetän sen mahdollisimman pian.'],
	['hu', 'Eszkalálom a problémát.', 'Eszkalálom', null],
	['hu', 'Ürítse ki a gyorsítótárat.', 'gyorsítótárat', null],
	['hu', 'A SLA-t betartjuk.', 'SLA', null],
	['zh', '我已经帮您提交工单了。', '工单', '我已经帮您提交服务单了。'],
	['zh', '后台显示已发货。', '后台', '系统显示已发货。'],
	['zh', '我会ASAP处理。', 'ASAP', '我会尽快处理。'],
];

const notFlagged: [GuardLocale, string][] = [
	['en', 'I will pass this to a specialist colleague.'],
	['en', 'The cash refund is on its way.'],
	['en', 'Your ticket for the concert is attached.'],
	['en', 'Slate grey is in stock.'],
	['nb', 'Jeg sender saken videre til en spesialist.'],
	['sv', 'Jag skickar ärendet vidare till en specialist.'],
	['fi', 'Siirrän asian asiantuntijalle.'],
	['hu', 'Továbbítom egy szakértő kollégának.'],
	['zh', '我帮您转给专业同事处理。'],
];

describe('jargon (E5)', () => {
	it.each(flagged)('%s: flags %j', (locale, text, term, after) => {
		const found = only('jargon', check(locale, text));
		expect(found.map(finding => finding.excerpt)).toEqual([term]);
		expect(found[0]).toMatchObject({rule: 'E5', severity: 'warn'});
		expect(found[0]!.message).toContain('(E5)');
		if (after === null) expect(found[0]!.suggestion).toBeUndefined();
		else expect(fixed(locale, text, 'jargon')).toBe(after);
	});

	it.each(notFlagged)('%s: does not flag %j', (locale, text) => {
		expect(only('jargon', check(locale, text))).toEqual([]);
	});

	it('gives the plain words in the customer’s language', () => {
		expect(only('jargon', check('nb', 'Vi holder SLA.'))[0]!.message).toContain('svartiden vi har avtalt');
		expect(only('jargon', check('zh', '我们遵守SLA。'))[0]!.message).toContain('约定的响应时间');
	});

	it("takes the team's own terms from config, with or without plain words", () => {
		const config = guardConfig({
			checks: {jargon: {terms: ['PO box', {term: 'L1 queue', plain: 'support team'}, '派单']}},
		});
		expect(only('jargon', check('en', 'Use the PO box.', {config})).map(finding => finding.excerpt)).toEqual([
			'PO box',
		]);
		expect(fixed('en', 'The L1 queue will answer.', 'jargon', {config})).toBe('The support team will answer.');
		expect(only('jargon', check('zh', '我们已经派单了。', {config})).map(finding => finding.excerpt)).toEqual(['派单']);
	});

	it('can leave out the bundled list', () => {
		const config = guardConfig({checks: {jargon: {bundled: false, terms: ['PO box']}}});
		expect(
			only('jargon', check('en', 'Check the SLA and the PO box.', {config})).map(finding => finding.excerpt),
		).toEqual(['PO box']);
	});

	it('can be switched off', () => {
		expect(only('jargon', check('en', 'We are within the SLA.', {config: without('jargon')}))).toEqual([]);
	});
});
