// The desk's key bindings as one data table (action -> keys); the matcher, the help overlay and the hints all read it.
//
// Order matters: the first row whose scope is active and whose key matches wins. That is how Home edits the composer
// while it holds text and scrolls the conversation when it is empty, and how Enter accepts an offer or sends.

/**
 * When a binding can fire: `global` always; `offer` when the focused pane shows an offer; `composer` when the focused
 * pane has a composer; `typing` when that composer holds text; `placeholder` when that text holds a placeholder a
 * canned response left ("[order number]").
 * A bare printable key ("?", "/") never fires while typing, whatever its scope: then it types itself.
 */
export type BindingScope = 'global' | 'offer' | 'composer' | 'typing' | 'placeholder';

export type HelpGroup = 'desk' | 'chats' | 'panes' | 'conversation' | 'composer';

export type KeyBinding = {
	action: string;
	keys: readonly string[];
	scope: BindingScope;
	group: HelpGroup;
	description: string;
	/** Rows with the same collapse id are shown as one line in the help ("Alt+1…Alt+9"). */
	collapse?: string;
};

type ChatJump = `chat-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;

const chatJumps = Array.from({length: 9}, (_, index) => ({
	action: `chat-${index + 1}` as ChatJump,
	keys: [`alt+${index + 1}`],
	scope: 'global' as const,
	group: 'chats' as const,
	description: 'jump to chat 1-9 (a chat keeps its number while open)',
	collapse: 'chat-n',
}));

export const defaultKeymap = [
	// desk
	{
		action: 'quit',
		keys: ['ctrl+c'],
		scope: 'global',
		group: 'desk',
		description: 'quit (press twice; asks first while chats are active)',
	},
	{action: 'help', keys: ['f1', '?'], scope: 'global', group: 'desk', description: 'show or hide this help'},
	{
		action: 'close',
		keys: ['escape'],
		scope: 'global',
		group: 'desk',
		description: 'close the help or the palette; dismiss an alert',
	},
	{
		action: 'command-palette',
		keys: ['/'],
		scope: 'global',
		group: 'desk',
		description: 'commands (in an empty composer)',
	},
	{
		action: 'toggle-presence',
		keys: ['alt+o'],
		scope: 'global',
		group: 'desk',
		description: 'switch between online and away',
	},
	{
		action: 'alert-log',
		keys: ['alt+l'],
		scope: 'global',
		group: 'desk',
		description: 'alert log: recent alerts in full, with time and chat',
	},
	{
		action: 'reconnect',
		// F5 as a browser's "reload"; Alt+G for terminals or tmux setups that eat function keys.
		keys: ['f5', 'alt+g'],
		scope: 'global',
		group: 'desk',
		description: 'reconnect now; a new token after a refusal',
	},
	{
		action: 'toggle-details',
		keys: ['alt+i'],
		scope: 'global',
		group: 'desk',
		description: 'show or hide customer details (E8)',
	},
	{
		action: 'earlier-chats',
		keys: ['alt+e'],
		scope: 'global',
		group: 'desk',
		description: "the customer's earlier chats, to read (E8)",
	},
	// chats
	{
		action: 'accept-offer',
		keys: ['enter'],
		scope: 'offer',
		group: 'chats',
		description: 'accept the offer shown in the focused pane',
	},
	{
		action: 'accept-oldest-offer',
		keys: ['alt+y'],
		scope: 'global',
		group: 'chats',
		description: 'accept the offer waiting longest, and show it',
	},
	{
		action: 'decline-offer',
		keys: ['alt+d'],
		scope: 'offer',
		group: 'chats',
		description: 'decline the offer shown in the focused pane',
	},
	{
		action: 'close-chat',
		keys: ['alt+x'],
		scope: 'global',
		group: 'chats',
		description: 'remove an ended chat from the desk',
	},
	{
		action: 'next-attention',
		keys: ['alt+a'],
		scope: 'global',
		group: 'chats',
		description: 'next chat needing attention, longest waiting first (E1)',
	},
	{action: 'next-chat', keys: ['ctrl+n'], scope: 'global', group: 'chats', description: 'next chat in the list'},
	{
		action: 'previous-chat',
		keys: ['ctrl+p'],
		scope: 'global',
		group: 'chats',
		description: 'previous chat in the list',
	},
	...chatJumps,
	{
		action: 'find-chat',
		// Ctrl+G as matterhorn's channel switcher ("go to"); Alt+G, WeeChat's, is the reconnect key here.
		keys: ['ctrl+g'],
		scope: 'global',
		group: 'chats',
		description: 'find a chat by name, e-mail, language or department',
	},
	{
		action: 'jump-to-chat',
		keys: ['alt+j'],
		scope: 'global',
		group: 'chats',
		description: 'jump to a chat by number: Alt+J, then its digits',
	},
	// composer, before the panes: while a canned response's placeholders are in the draft, Tab goes through them
	{
		action: 'next-placeholder',
		keys: ['tab'],
		scope: 'placeholder',
		group: 'composer',
		description: 'next [placeholder] a canned response left (type over it)',
	},
	{
		action: 'previous-placeholder',
		keys: ['shift+tab'],
		scope: 'placeholder',
		group: 'composer',
		description: 'previous [placeholder]',
	},
	// panes
	{action: 'next-pane', keys: ['tab'], scope: 'global', group: 'panes', description: 'focus the next pane'},
	{
		action: 'previous-pane',
		keys: ['shift+tab'],
		scope: 'global',
		group: 'panes',
		description: 'focus the previous pane',
	},
	{
		action: 'split-pane',
		keys: ['alt+s'],
		scope: 'global',
		group: 'panes',
		description: 'split: open another pane (up to 4)',
	},
	{action: 'close-pane', keys: ['alt+w'], scope: 'global', group: 'panes', description: 'close the focused pane'},
	// composer: before the conversation rows so Home/End edit while there is text
	{action: 'send', keys: ['enter'], scope: 'composer', group: 'composer', description: 'send the message'},
	{
		action: 'new-line',
		keys: ['alt+enter', 'ctrl+j'],
		scope: 'composer',
		group: 'composer',
		description: 'new line in the message',
	},
	{
		action: 'discard-draft',
		keys: ['alt+r'],
		scope: 'typing',
		group: 'composer',
		description: 'discard the whole draft, every line (Up brings it back)',
	},
	{
		action: 'canned-at-cursor',
		keys: ['alt+c'],
		scope: 'composer',
		group: 'composer',
		description: 'canned response at the cursor, mid-sentence (E12)',
	},
	{
		action: 'history-previous',
		keys: ['up'],
		scope: 'composer',
		group: 'composer',
		description: 'previous message sent in this chat (history is per chat)',
	},
	{
		action: 'history-next',
		keys: ['down'],
		scope: 'composer',
		group: 'composer',
		description: 'next message sent in this chat',
	},
	{action: 'cursor-left', keys: ['left'], scope: 'typing', group: 'composer', description: 'move the cursor left'},
	{action: 'cursor-right', keys: ['right'], scope: 'typing', group: 'composer', description: 'move the cursor right'},
	{
		action: 'line-start',
		keys: ['home', 'ctrl+a'],
		scope: 'typing',
		group: 'composer',
		description: 'start of the line',
	},
	{action: 'line-end', keys: ['end', 'ctrl+e'], scope: 'typing', group: 'composer', description: 'end of the line'},
	{
		action: 'delete-before',
		keys: ['backspace'],
		scope: 'typing',
		group: 'composer',
		description: 'delete the character before the cursor',
	},
	{
		action: 'delete-after',
		keys: ['delete'],
		scope: 'typing',
		group: 'composer',
		description: 'delete the character after the cursor',
	},
	{
		action: 'delete-word',
		keys: ['ctrl+w', 'alt+backspace'],
		scope: 'typing',
		group: 'composer',
		description: 'delete the word before the cursor',
	},
	{
		action: 'delete-to-start',
		keys: ['ctrl+u'],
		scope: 'typing',
		group: 'composer',
		description: 'delete to the start of the line',
	},
	// conversation
	{
		action: 'scroll-up',
		keys: ['pageup'],
		scope: 'global',
		group: 'conversation',
		description: 'scroll the conversation up a page',
	},
	{
		action: 'scroll-down',
		keys: ['pagedown'],
		scope: 'global',
		group: 'conversation',
		description: 'scroll the conversation down a page',
	},
	{
		action: 'scroll-top',
		keys: ['ctrl+home', 'home'],
		scope: 'global',
		group: 'conversation',
		description: 'oldest message (Home: when the composer is empty)',
	},
	{
		action: 'scroll-bottom',
		keys: ['ctrl+end', 'end'],
		scope: 'global',
		group: 'conversation',
		description: 'newest message (End: when the composer is empty)',
	},
] as const satisfies readonly KeyBinding[];

export type KeyAction = (typeof defaultKeymap)[number]['action'];

export const HELP_GROUP_TITLES: Record<HelpGroup, string> = {
	desk: 'Desk',
	chats: 'Chats',
	panes: 'Panes',
	composer: 'Composer',
	conversation: 'Conversation',
};

/** Short words for the hint line (the help shows the full descriptions). */
export const HINT_LABELS: Partial<Record<KeyAction, string>> = {
	'accept-offer': 'accept',
	'accept-oldest-offer': 'take oldest offer',
	'decline-offer': 'decline',
	'next-attention': 'next waiting',
	'chat-1': 'chat',
	'find-chat': 'find chat',
	'next-chat': 'next chat',
	'next-pane': 'pane',
	'split-pane': 'split',
	send: 'send',
	'new-line': 'new line',
	'toggle-presence': 'away/online',
	'command-palette': 'commands',
	'earlier-chats': 'earlier chats',
	help: 'help',
};

/** What the hint line offers, by what the focused pane shows; the keys come from the (overridden) keymap. */
export const HINTS: Record<'offer' | 'composer' | 'empty', readonly KeyAction[]> = {
	offer: ['accept-offer', 'decline-offer', 'next-attention', 'chat-1', 'split-pane', 'earlier-chats', 'help'],
	composer: ['send', 'new-line', 'next-attention', 'chat-1', 'next-pane', 'split-pane', 'earlier-chats', 'help'],
	empty: ['next-attention', 'chat-1', 'find-chat', 'next-chat', 'toggle-presence', 'command-palette', 'help'],
};
