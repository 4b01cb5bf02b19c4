// The draft as the composer draws it: folded to ASCII in ASCII mode, and the canned placeholders drawn apart (E12).
//
// Only the drawing changes: the draft itself (what is sent) keeps the agent's characters, since the customer's
// screen is not the agent's terminal.
import {foldToAscii} from '../../text/ascii-fold.js';
import type {ComposerState} from './composer-state.js';
import {placeholderSpans, type Span} from './placeholders.js';

export type ShownDraft = {
	text: string;
	cursor: number;
	/** The placeholder Tab chose (ComposerState.mark): typing replaces it, so it is drawn like a selection. */
	chosen: Span | null;
	/** Placeholders of the canned response still in the draft, to be filled in before sending. */
	placeholders: Span[];
};

/** `draft` for the screen; positions (cursor, spans) follow the folding ("…" is three characters in ASCII). */
export function shownDraft(
	draft: Pick<ComposerState, 'text' | 'cursor' | 'mark'>,
	markers: readonly string[],
	ascii: boolean,
): ShownDraft {
	// Folding works character by character, so the fold of a prefix is the prefix of the fold.
	const at = (offset: number) => (ascii ? foldToAscii(draft.text.slice(0, offset)).length : offset);
	const span = ({start, end}: Span) => ({start: at(start), end: at(end)});
	return {
		text: ascii ? foldToAscii(draft.text) : draft.text,
		cursor: at(draft.cursor),
		chosen: draft.mark ? span(draft.mark) : null,
		placeholders: placeholderSpans(draft.text, markers).map(span),
	};
}

export type DraftSegment = {text: string; look: 'plain' | 'chosen' | 'placeholder'};

/** A row of the shown draft (`text`, starting at `start` in it) cut where the chosen and the unfilled placeholders begin and end. */
export function rowSegments(
	text: string,
	start: number,
	spans: Pick<ShownDraft, 'chosen' | 'placeholders'>,
): DraftSegment[] {
	const within = (span: Span | null, offset: number) => span !== null && offset >= span.start && offset < span.end;
	const lookAt = (offset: number): DraftSegment['look'] =>
		within(spans.chosen, offset)
			? 'chosen'
			: spans.placeholders.some(span => within(span, offset))
				? 'placeholder'
				: 'plain';
	const segments: DraftSegment[] = [];
	for (let index = 0; index < text.length; index++) {
		const look = lookAt(start + index);
		const last = segments.at(-1);
		if (last && last.look === look) last.text += text[index];
		else segments.push({text: text[index]!, look});
	}
	return segments.length > 0 ? segments : [{text: '', look: 'plain'}];
}
