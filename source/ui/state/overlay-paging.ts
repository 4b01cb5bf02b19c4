// Paging the help and scrolling the alert log, as pure reducers over how far along each is and how much it holds.

/** The help's page (0-based) and how many pages the overlay reported for the screen's size (1 until it has). */
export type HelpPaging = {page: number; pages: number};

export type HelpPageMove = 'next' | 'previous' | 'first' | 'last';

/** The alert log's scroll: rows back from its newest entry; its page and the most it can scroll, as last drawn. */
export type AlertLogView = {scroll: number; page: number; max: number};

export type AlertLogMove = 'up' | 'down' | 'page-up' | 'page-down' | 'oldest' | 'newest';

export function reduceHelpPaging(
	help: HelpPaging,
	event: {type: 'help.page'; move: HelpPageMove} | {type: 'help.pages'; pages: number},
): HelpPaging {
	if (event.type === 'help.pages') {
		const pages = Math.max(1, event.pages);
		return pages === help.pages ? help : {pages, page: Math.min(help.page, pages - 1)};
	}
	const {page, pages} = help;
	const next = event.move === 'first' ? 0 : event.move === 'last' ? pages - 1 : page + (event.move === 'next' ? 1 : -1);
	const clamped = Math.max(0, Math.min(pages - 1, next));
	return clamped === page ? help : {page: clamped, pages};
}

export function reduceAlertLogView(
	view: AlertLogView,
	event: {type: 'alert-log.scroll'; move: AlertLogMove} | {type: 'alert-log.size'; page: number; max: number},
): AlertLogView {
	if (event.type === 'alert-log.size') {
		const {page, max} = event;
		return page === view.page && max === view.max ? view : {page, max, scroll: Math.min(view.scroll, max)};
	}
	const {scroll, page, max} = view;
	const step = {up: 1, down: -1, 'page-up': page, 'page-down': -page, oldest: max, newest: -scroll}[event.move];
	const next = Math.max(0, Math.min(max, scroll + step));
	return next === scroll ? view : {...view, scroll: next};
}
