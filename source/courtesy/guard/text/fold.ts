// Folding words for comparison: lower case, no diacritics, and the Nordic letters that Unicode does not decompose.

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ł: 'l',
	ı: 'i',
};

/** "Bjørn" → "bjorn", "Sándor" → "sandor", "Åsa" → "asa". */
export function fold(word: string): string {
	return word
		.toLocaleLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[øæœßđðþłı]/gu, letter => SPECIAL_LETTERS[letter] ?? letter);
}
