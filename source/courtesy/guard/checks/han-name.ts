// E3 for Chinese names: a homophone slip of the customer's name (王晓明 for 王小明, 汪先生 for 王先生).
import type {Finding} from '../finding.js';
import {soundAlike} from '../text/han-homophones.js';
import {quote} from './quote.js';

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const TITLES = ['先生', '女士', '小姐', '老师', '同学'];
/** Two-character family names; any other name of 2-4 characters has a one-character family name. */
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '司徒', '令狐', '夏侯'];

const surnameOf = (name: string): string =>
	COMPOUND.some(compound => name.startsWith(compound)) ? name.slice(0, 2) : name.slice(0, 1);

/** Each of the same length, every character the same or sounding alike, and at least one of them different. */
function slipOf(written: string, name: string): boolean {
	if (written.length !== name.length || written === name) return false;
	return [...written].every((char, index) => char === name[index] || soundAlike(char, name[index]!));
}

function finding(start: number, excerpt: string, replacement: string, name: string, why = 'sounds like'): Finding {
	return {
		check: 'nameSpelling',
		rule: 'E3',
		severity: 'warn',
		span: {start, end: start + excerpt.length},
		excerpt,
		message:
			why === 'sounds like'
				? `Name (E3): ${quote(excerpt)} sounds like the customer's name ${quote(name)} but is written differently`
				: `Name (E3): ${quote(excerpt)} addresses the customer by another family name than ${quote(name)}`,
		suggestion: {replacement, scope: 'span'},
	};
}

/** Where the text writes the full name, or the family name before a title, with a character that only sounds right. */
export function hanNameFindings(text: string, customerName: string | null): Finding[] {
	const name = customerName?.replace(/\s+/gu, '') ?? '';
	if (!HAN_NAME.test(name)) return [];
	const findings: Finding[] = [];
	const taken: boolean[] = [];
	for (let at = 0; at + name.length <= text.length; at++) {
		const written = text.slice(at, at + name.length);
		if (!slipOf(written, name)) continue;
		findings.push(finding(at, written, name, name));
		for (let index = at; index < at + name.length; index++) taken[index] = true;
		at += name.length - 1;
	}
	const surname = surnameOf(name);
	for (const title of TITLES) {
		for (let at = text.indexOf(title); at >= surname.length; at = text.indexOf(title, at + 1)) {
			const start = at - surname.length;
			const written = text.slice(start, at);
			if (taken[start] || !slipOf(written, surname)) continue;
			findings.push(finding(start, written, surname, name));
		}
	}
	const vocative = addressedAs(text, surname);
	if (vocative !== undefined && !taken[vocative.start] && !findings.some(found => found.span.start === vocative.start))
		findings.push(finding(vocative.start, vocative.written, surname, name, 'another surname'));
	return findings.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A family name and title that open the message, or follow its greeting, address the customer ("黄先生，…",
 * "您好，黄先生！"): there, another family name than the customer's is the wrong name, whatever it sounds like.
 * Elsewhere another surname is usually a colleague (李经理) and is left alone.
 */
const OPENING =
	/^(?:(?:您好|你好|早上好|下午好|晚上好)[，,！!\s]*)?(\p{Script=Han}{1,2}?)(?:先生|女士|小姐)(?=[，,！!：:\s]|您好|你好)/u;

function addressedAs(text: string, surname: string): {start: number; written: string} | undefined {
	const match = OPENING.exec(text);
	const written = match?.[1];
	if (match === null || written === undefined || written === surname || written.length !== surname.length)
		return undefined;
	// The match ends with the two-character title, right after the family name.
	return {start: match.index + match[0].length - 2 - written.length, written};
}
