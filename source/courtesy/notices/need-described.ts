// E27: whether the customer's first words already say what they need, so the greeting acknowledges it rather than asking.

/**
 * Letters and digits a description needs at the least: "Hi", "hello?" or "anyone there?" say nobody's need,
 * "my router keeps dropping" does. Chinese packs a need into fewer characters ("咖啡机漏水了"), so its count
 * is of Han characters, and lower.
 */
const MIN_WORD_CHARACTERS = 15;
const MIN_HAN_CHARACTERS = 5;

/**
 * Greetings and "anyone there?" in the six languages, taken out before counting: a long "Hello, good
 * morning, is anybody there?" is still no description.
 */
const SMALL_TALK =
	/(?<!\p{L})(hi|hello|hey|good (morning|afternoon|evening)|anyone|anybody|there|hei|hallo|heisann|god (morgen|dag)|hej|hejsan|god morgon|moi|terve|huomenta|päivää|jó napot|szia|sziasztok|üdvözlöm|helló|van itt valaki)(?!\p{L})/giu;
const HAN_SMALL_TALK = /(你好|您好|在吗|有人吗|请问|早上好|下午好|晚上好)/gu;

/** E27: true when the customer's messages so far describe a need (a question or a problem), not only say hello. */
export function describesNeed(messages: readonly string[]): boolean {
	const text = messages.join(' ');
	const han = (text.replace(HAN_SMALL_TALK, '').match(/\p{Script=Han}/gu) ?? []).length;
	if (han >= MIN_HAN_CHARACTERS) return true;
	const words = (text.replace(SMALL_TALK, ' ').match(/[\p{L}\p{N}]/gu) ?? []).length;
	return words >= MIN_WORD_CHARACTERS;
}
