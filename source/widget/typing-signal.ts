// The visitor's typing as the agent sees it: on/off, and the draft for the sneak peek (E23), at most twice a second.

type Send = (payload: Record<string, unknown>) => void;

export class TypingSignal {
	#sent = 0;
	#on = false;
	#idle: ReturnType<typeof setTimeout> | undefined;
	#trailing: ReturnType<typeof setTimeout> | undefined;

	/** `send` carries typing.set; `peek` says whether the draft may go along (the visitor can opt out). */
	constructor(
		private readonly send: Send,
		private readonly peek: () => boolean,
	) {}

	/** The draft changed. The last draft always goes out (a trailing send): the preview ends where the visitor stopped. */
	draft(value: string): void {
		clearTimeout(this.#idle);
		clearTimeout(this.#trailing);
		if (value.trim() === '') return this.stop();
		// Four quiet seconds and the visitor is no longer typing.
		this.#idle = setTimeout(() => this.stop(), 4_000);
		const wait = this.#sent + 500 - Date.now();
		if (wait > 0) {
			this.#trailing = setTimeout(() => this.draft(value), wait);
			return;
		}
		this.#sent = Date.now();
		this.#on = true;
		this.send(this.peek() ? {typing: true, text: value.slice(0, 4000)} : {typing: true});
	}

	/** Sent, cleared or idle: typing off, once. */
	stop(): void {
		clearTimeout(this.#idle);
		clearTimeout(this.#trailing);
		if (!this.#on) return;
		this.#on = false;
		this.send({typing: false});
	}
}
