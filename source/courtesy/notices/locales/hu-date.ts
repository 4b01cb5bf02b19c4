// Hungarian due times as a Hungarian writes them: "december 8-án, kedden 14:30-ig (közép-európai idő)", suffixes fitted to each number.
import {plainZoneName, safeTimeZone} from '../time-words.js';

/**
 * The superessive ending of a day of the month ("8-án", "4-én", "1-jén"): Hungarian fits it to the vowels of
 * the number as it is read aloud (egy → elsején, kettő → másodikán, nyolc → nyolcadikán), so each day has its
 * own. Written as digits with a hyphen, the form dates take in letters, notices and shop receipts.
 */
const DAY_ENDINGS: Readonly<Record<number, string>> = {
	1: 'jén',
	2: 'án',
	3: 'án',
	4: 'én',
	5: 'én',
	6: 'án',
	7: 'én',
	8: 'án',
	9: 'én',
	10: 'én',
	11: 'én',
	12: 'én',
	13: 'án',
	14: 'én',
	15: 'én',
	16: 'án',
	17: 'én',
	18: 'án',
	19: 'én',
	20: 'án',
	21: 'én',
	22: 'én',
	23: 'án',
	24: 'én',
	25: 'én',
	26: 'án',
	27: 'én',
	28: 'án',
	29: 'én',
	30: 'án',
	31: 'én',
};

/** "on Monday" and so on: the weekday in the superessive, which is how a day is named in a sentence. */
const ON_WEEKDAY: Readonly<Record<string, string>> = {
	hétfő: 'hétfőn',
	kedd: 'kedden',
	szerda: 'szerdán',
	csütörtök: 'csütörtökön',
	péntek: 'pénteken',
	szombat: 'szombaton',
	vasárnap: 'vasárnap',
};

/**
 * "december 8-án, kedden 14:30-ig (közép-európai idő)": by that time at the latest. "-ig" is the one suffix that never
 * changes with the sound before it, so the time can take it whatever the minutes; the zone is named because
 * the customer may live elsewhere (E7).
 */
export function huDueBy(at: number, timeZone: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('hu', {
			timeZone: safeTimeZone(timeZone),
			month: 'long',
			day: 'numeric',
			weekday: 'long',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			timeZoneName: plainZoneName(timeZone),
		})
			.formatToParts(at)
			.map(part => [part.type, part.value]),
	) as Partial<Record<Intl.DateTimeFormatPartTypes, string>>;
	const day = Number(parts.day);
	const weekday = parts.weekday ?? '';
	return `${parts.month} ${day}-${DAY_ENDINGS[day] ?? 'án'}, ${ON_WEEKDAY[weekday] ?? weekday} ${parts.hour}:${parts.minute}-ig (${parts.timeZoneName})`;
}
