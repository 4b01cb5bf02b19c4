// E-codes in a sentence for the agent ("Negative wording (E6): ..."): taken out of the way so the sentence reads first.
//
// The codes say which etiquette rule a line comes from (docs/etiquette.md); the agent needs the sentence, so the desk
// shows the codes after it, dimmed, rather than in front of or in the middle of it.

const CODES = /\s*\((E\d+(?:\s*(?:[-,/]|and)\s*E?\d+)*)\)/gu;
/** "E11: the transfer did not go through": a code in front of the sentence. */
const LEADING = /^(E\d+(?:\s*(?:[-,/]|and)\s*E?\d+)*):\s+/u;

/** The sentence without its E-codes (in parentheses, or in front: "E11: ..."), and the codes as "(E6, E12)" ('' when there are none). */
export function splitRuleCodes(text: string): {sentence: string; codes: string} {
	const found: string[] = [];
	const sentence = text
		.replace(LEADING, (_, codes: string) => {
			found.push(...codes.split(/\s*(?:,|\/|and)\s*/u).map(code => code.trim()));
			return '';
		})
		.replace(CODES, (_, codes: string) => {
			for (const code of codes.split(/\s*(?:,|\/|and)\s*/u)) if (!found.includes(code)) found.push(code.trim());
			return '';
		});
	if (found.length === 0) return {sentence: text, codes: ''};
	const trimmed = sentence.trim();
	// With its code gone from the front, the sentence starts with a capital like any other.
	const capital = LEADING.test(text) ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : trimmed;
	return {sentence: capital, codes: `(${found.join(', ')})`};
}
