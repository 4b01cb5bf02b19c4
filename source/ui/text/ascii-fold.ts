// Typographic characters with a plain ASCII stand-in, for terminals whose locale is not UTF-8.
//
// In ASCII mode the desk draws ASCII everywhere (the ellipsis included); text it did not write itself (a guard finding,
// a notice, a customer's message) may still carry "…", "→" or curly quotes, and these have faithful ASCII forms.
// Letters (ø, 王) have none and are left as they are.

const FOLDS: Readonly<Record<string, string>> = {
	'…': '...',
	'·': '-',
	'•': '-',
	'—': '-',
	'–': '-',
	'→': '->',
	'←': '<-',
	'↑': '^',
	'↓': 'v',
	'×': 'x',
	'“': '"',
	'”': '"',
	'„': '"',
	'«': '"',
	'»': '"',
	'‘': "'",
	'’': "'",
	'▶': '>',
	'◆': '*',
	'●': '*',
	'○': 'o',
	'✓': 'ok',
	'✗': 'x',
	'⚠': '!',
	'\u00a0': ' ',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');

export function foldToAscii(text: string): string {
	return text.replace(FOLDABLE, char => FOLDS[char] ?? char);
}
