// How the desk looks in this terminal: borders, symbols and colours, with ASCII and no-colour variants.
//
// Colour only ever repeats what a symbol or a word already says (DESIGN: never colour alone), so NO_COLOR,
// TERM=dumb and a monochrome terminal lose nothing but decoration.
import type {BoxStyle} from 'cli-boxes';
import type {TerminalCapabilities} from './terminal/capabilities.js';

export type ThemeColor = 'accent' | 'offer' | 'warn' | 'alarm' | 'muted' | 'note' | 'ok' | 'error';

export type Theme = {
	ascii: boolean;
	/** False: every color() is undefined and Ink writes no colour codes. */
	colored: boolean;
	border: {normal: BoxStyle; focused: BoxStyle};
	symbols: {
		focus: string;
		ellipsis: string;
		separator: string;
		connected: string;
		disconnected: string;
		warn: string;
		alarm: string;
		unread: string;
		divider: string;
	};
	color(name: ThemeColor): string | undefined;
};

const COLORS: Record<ThemeColor, string> = {
	accent: 'cyan',
	offer: 'cyan',
	warn: 'yellow',
	alarm: 'red',
	muted: 'gray',
	note: 'magenta',
	ok: 'green',
	error: 'red',
};

const UNICODE_SINGLE: BoxStyle = {
	topLeft: '┌',
	top: '─',
	topRight: '┐',
	right: '│',
	bottomRight: '┘',
	bottom: '─',
	bottomLeft: '└',
	left: '│',
};
const UNICODE_DOUBLE: BoxStyle = {
	topLeft: '╔',
	top: '═',
	topRight: '╗',
	right: '║',
	bottomRight: '╝',
	bottom: '═',
	bottomLeft: '╚',
	left: '║',
};
const ASCII_SINGLE: BoxStyle = {
	topLeft: '+',
	top: '-',
	topRight: '+',
	right: '|',
	bottomRight: '+',
	bottom: '-',
	bottomLeft: '+',
	left: '|',
};
// The focused pane in ASCII: heavier characters stand in for the double line.
const ASCII_DOUBLE: BoxStyle = {
	topLeft: '#',
	top: '=',
	topRight: '#',
	right: '#',
	bottomRight: '#',
	bottom: '=',
	bottomLeft: '#',
	left: '#',
};

export type ThemeOptions = {asciiBorders?: boolean; color?: boolean};

export function createTheme(
	capabilities: Pick<TerminalCapabilities, 'unicode' | 'color'>,
	options: ThemeOptions = {},
): Theme {
	const ascii = !capabilities.unicode || options.asciiBorders === true;
	const colored = capabilities.color !== 'none' && options.color !== false;
	return {
		ascii,
		colored,
		border: ascii ? {normal: ASCII_SINGLE, focused: ASCII_DOUBLE} : {normal: UNICODE_SINGLE, focused: UNICODE_DOUBLE},
		symbols: ascii
			? {
					focus: '>',
					ellipsis: '...',
					separator: ' - ',
					connected: '*',
					disconnected: 'o',
					warn: '!',
					alarm: '!!',
					unread: '+',
					divider: '-',
				}
			: {
					focus: '▶',
					ellipsis: '…',
					separator: ' · ',
					connected: '●',
					disconnected: '○',
					warn: '!',
					alarm: '!!',
					unread: '+',
					divider: '─',
				},
		color: name => (colored ? COLORS[name] : undefined),
	};
}
