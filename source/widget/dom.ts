// A tiny element builder: attributes and text only. Nothing here ever parses HTML, so text from the wire stays text.

type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Attributes = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		element.setAttribute(name, value === true ? '' : value);
	}
	for (const child of children) {
		if (child === null || child === undefined || child === false) continue;
		// Strings become text nodes: the one way remote text enters the page.
		element.append(typeof child === 'string' ? document.createTextNode(child) : child);
	}
	return element;
}

/** A labelled control: the label wraps it, so every field has its name (and axe agrees). */
export function field(label: string, control: HTMLElement, className?: string): HTMLLabelElement {
	const wrapper = h('label', {class: className}, className === 'check' ? null : label, control);
	if (className === 'check') wrapper.append(h('span', {}, label));
	return wrapper;
}
