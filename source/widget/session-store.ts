// The widget's sessionStorage, under keys of its own per server; a browser that refuses storage costs only the resume.

export class SessionStore {
	constructor(private readonly server: string) {}

	#key(name: string): string {
		return `switchboard:${this.server}:${name}`;
	}

	/** The text kept under `name`, or null (nothing kept, or storage refused: a sandboxed frame, a strict mode). */
	text(name: string): string | null {
		try {
			return sessionStorage.getItem(this.#key(name));
		} catch {
			return null;
		}
	}

	read(name: string): unknown {
		try {
			return JSON.parse(this.text(name) ?? 'null');
		} catch {
			return null;
		}
	}

	write(name: string, value: unknown): void {
		try {
			sessionStorage.setItem(this.#key(name), JSON.stringify(value));
		} catch {
			// Storage full or refused: the chat still works, it only cannot survive a reload.
		}
	}
}
