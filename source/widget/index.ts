// The widget's entry (dist/widget.js): reads its script tag, defines the element under a free name, puts it on the page.
import {readConfig} from './config.js';
import {ChatWidget} from './element.js';

/**
 * The first free name from switchboard-chat: a host page that already defined that name (another widget, an old
 * copy of this one) keeps its own, and ours still works under the next one.
 */
function freeName(): string {
	let name = 'switchboard-chat';
	for (let n = 2; customElements.get(name); n++) name = `switchboard-chat-${n}`;
	return name;
}

function mount(): void {
	const script = document.currentScript as HTMLScriptElement | null;
	const config = readConfig({...(script?.dataset ?? {})}, script?.src || location.href);
	const name = freeName();
	// A subclass per name: one class can be defined only once, and two copies of the script must not collide.
	customElements.define(name, class extends ChatWidget {});
	const element = document.createElement(name) as ChatWidget;
	element.config = config;
	const attach = () => document.body.append(element);
	if (document.body) attach();
	else document.addEventListener('DOMContentLoaded', attach, {once: true});
}

mount();
