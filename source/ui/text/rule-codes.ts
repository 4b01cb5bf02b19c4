// E-codes in a sentence for the agent ("Negative wording (E6): ..."): taken out of the way so the sentence reads first.
//
// The codes say which etiquette rule a line comes from (docs/etiquette.md); the agent needs the sentence, so the desk
// shows the codes after it, dimmed, rather than in front of or in the middle of it.

const CODES = /\s*\((E\d+(?:\s*(?:[-,/]|and)\s*E?\d+)*)\)/gu;

/** The sentence without its parenthesised E-codes, and the codes as "(E6, E12)" ('' when there are none). */
export function splitRuleCodes(text: string): {sentence: string; codes: string} {
	const found: string[] = [];
	const sentence = text.replace(CODES, (_, codes: string) => {
		for (const code of codes.split(/\s*(?:,|\/|and)\s*/u)) if (!found.includes(code)) found.push(code.trim());
		return '';
	});
	if (found.length === 0) return {sentence: text, codes: ''};
	return {sentence: sentence.trim(), codes: `(${found.join(', ')})`};
}
