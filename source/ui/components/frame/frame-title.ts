// The top border line of a frame with its title in it ("┌ chats ────┐"), cut to fit the frame's width.
import type {BoxStyle} from 'cli-boxes';
import {displayWidth, truncateToWidth} from '../../text/width.js';

export function frameTitleLine(title: string, width: number, border: BoxStyle, ellipsis: string): string {
	if (width < 2) return border.topLeft.slice(0, Math.max(0, width));
	const inner = width - 2;
	if (title === '' || inner < 3) return border.topLeft + border.top.repeat(inner) + border.topRight;
	const text = truncateToWidth(` ${title} `, inner, {ellipsis});
	return border.topLeft + text + border.top.repeat(Math.max(0, inner - displayWidth(text))) + border.topRight;
}
