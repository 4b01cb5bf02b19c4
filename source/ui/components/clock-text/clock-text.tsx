// Text that follows the clock ("reconnecting in 4 s", "expires in 0:23", "on hold 1:12"): re-renders only when its text changes.
import {Text} from 'ink';
import {useNow} from '../../hooks/use-now.js';

export type ClockTextProps = {
	format: (now: number) => string;
	color?: string | undefined;
	bold?: boolean;
};

export function ClockText({format, color, bold = false}: ClockTextProps) {
	const text = useNow(format);
	return (
		<Text color={color} bold={bold} wrap="truncate">
			{text}
		</Text>
	);
}
