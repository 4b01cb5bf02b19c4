// A bordered box with a title in its top line; the focused one has a double (ASCII: heavier) border and a bold title.
import {Box, Text} from 'ink';
import type {BoxStyle} from 'cli-boxes';
import type {ReactNode} from 'react';
import {useDeskStores} from '../../desk-context.js';
import {useNow} from '../../hooks/use-now.js';
import {frameTitleLine} from './frame-title.js';

/** A title that shows a time ("on hold 1:12") is a function of the clock; only the title line then follows it. */
export type FrameTitle = string | ((now: number) => string);

export type FrameProps = {
	title: FrameTitle;
	width: number;
	height: number;
	focused?: boolean;
	children?: ReactNode;
};

type TitleLineProps = {width: number; border: BoxStyle; ellipsis: string; color: string | undefined; bold: boolean};

function TitleText({text, width, border, ellipsis, color, bold}: TitleLineProps & {text: string}) {
	return (
		<Text color={color} bold={bold} wrap="truncate">
			{frameTitleLine(text, width, border, ellipsis)}
		</Text>
	);
}

function ClockTitle({title, ...props}: TitleLineProps & {title: (now: number) => string}) {
	const text = useNow(title);
	return <TitleText text={text} {...props} />;
}

export function Frame({title, width, height, focused = false, children}: FrameProps) {
	const {theme} = useDeskStores();
	const border = focused ? theme.border.focused : theme.border.normal;
	const color = focused ? theme.color('accent') : undefined;
	const line = {width, border, ellipsis: theme.symbols.ellipsis, color, bold: focused};
	return (
		<Box flexDirection="column" width={width} height={height} flexShrink={0}>
			{typeof title === 'string' ? <TitleText text={title} {...line} /> : <ClockTitle title={title} {...line} />}
			<Box
				borderStyle={border}
				borderTop={false}
				borderColor={color}
				flexDirection="column"
				width={width}
				height={Math.max(1, height - 1)}
				overflow="hidden"
			>
				{children}
			</Box>
		</Box>
	);
}
