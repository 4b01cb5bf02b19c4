// User-perceived characters (grapheme clusters): an emoji with a skin tone, a flag or a family is one.

const segmenter = new Intl.Segmenter('und', {granularity: 'grapheme'});

export type Grapheme = {segment: string; index: number};

export function graphemes(text: string): Grapheme[] {
	return Array.from(segmenter.segment(text), ({segment, index}) => ({segment, index}));
}
