// E3 for Chinese names: a character that only sounds like the customer's (a pinyin slip) is flagged; Tab fixes it.
import {describe, expect, it} from 'vitest';
import {check, fixed, only} from './guard-fixtures.js';

describe('Chinese name spelling (E3)', () => {
	it('flags a homophone in the full name and restores it', () => {
		const found = only('nameSpelling', check('zh', '张伟明您好，订单已经发出。', {name: '张玮明'}));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({rule: 'E3', excerpt: '张伟明'});
		expect(fixed('zh', '张伟明您好，订单已经发出。', 'nameSpelling', {name: '张玮明'})).toBe(
			'张玮明您好，订单已经发出。',
		);
	});

	it('flags a homophone of the family name before a title', () => {
		expect(fixed('zh', '章女士，让您久等了。', 'nameSpelling', {name: '张丽'})).toBe('张女士，让您久等了。');
		expect(fixed('zh', '欧杨先生您好！', 'nameSpelling', {name: '欧阳明'})).toBe('欧阳先生您好！');
	});

	it('leaves the right name, other people and unrelated characters alone', () => {
		expect(only('nameSpelling', check('zh', '张女士，让您久等了。', {name: '张丽'}))).toEqual([]);
		expect(only('nameSpelling', check('zh', '张丽女士，您好！', {name: '张丽'}))).toEqual([]);
		// A colleague with another surname is not a misspelling.
		expect(only('nameSpelling', check('zh', '我请李经理帮您看一下。', {name: '王小明'}))).toEqual([]);
		// Another family name inside the message is someone else (a colleague, a technician).
		expect(only('nameSpelling', check('zh', '我已经请陈先生帮您处理。', {name: '王小明'}))).toEqual([]);
	});

	it('flags another family name where the message addresses the customer, whatever it sounds like', () => {
		expect(fixed('zh', '陈先生，您好！', 'nameSpelling', {name: '王小明'})).toBe('王先生，您好！');
		expect(fixed('zh', '您好，黄女士！订单已经发出。', 'nameSpelling', {name: '王丽'})).toBe(
			'您好，王女士！订单已经发出。',
		);
		expect(only('nameSpelling', check('zh', '陈先生，您好！', {name: '王小明'}))[0]?.message).toMatch(
			/another family name/u,
		);
	});

	it('checks only names written in Han characters', () => {
		expect(only('nameSpelling', check('zh', '汪先生，您好！', {name: 'Wang Xiaoming'}))).toEqual([]);
	});
});
