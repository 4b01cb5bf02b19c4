// The picker's preview and what goes into the composer: the customer's language, placeholders filled, asked values marked.
import {chooseLanguage} from './language.js';
import {fillTemplate, type MarkedValue, type PlaceholderValues} from './placeholders.js';
import type {CannedResponse} from './response.js';

export type CannedPreview = {
	response: CannedResponse;
	/** The variant used. */
	language: string;
	/** True when the customer's language had no variant and another was used. */
	languageFallback: boolean;
	/** The text for the composer: to be edited, never sent blind (E12). */
	text: string;
	/** What the agent still has to fill in, with where it sits in `text`. */
	marks: MarkedValue[];
};

export type PreviewContext = {
	/** The customer's locale (chat.customer.locale). */
	locale: string | null;
	values: PlaceholderValues;
};

export function previewCanned(response: CannedResponse, {locale, values}: PreviewContext): CannedPreview {
	const {language, fallback} = chooseLanguage(response.text, locale);
	const {text, marks} = fillTemplate(response.text[language]!, values);
	return {response, language, languageFallback: fallback, text, marks};
}
