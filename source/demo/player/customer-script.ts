// Runs one customer's script against their chat: say, wait, expect, quiet, rate, leave, and what still happens when the chat ends early.
import type {ScriptStep} from '../scenario/scenario.js';
import {messageOf, type CustomerChat} from './customer-chat.js';
import type {CustomerJournal} from './journal.js';
import type {PlayerLog} from './player-log.js';
import type {PlayerTimers} from './player-timers.js';
import {typingPlan} from './typing-pace.js';

type RateStep = Extract<ScriptStep, {do: 'rate'}>;
type Frame = {steps: readonly ScriptStep[]; index: number};

/** How long a `rate` waits for the agent's rating request, in scenario time. */
export const RATING_WAIT_MS = 60_000;
/** After the chat has ended, an `expect` waits at most this long (scenario time): little more can come. */
const AFTER_END_WAIT_MS = 60_000;

/** The reason the script's waits are aborted with when the chat ends under it. */
const CHAT_OVER = Symbol('the chat ended');

export type ScriptContext = {
	chat: CustomerChat;
	journal: CustomerJournal;
	log: PlayerLog;
	timers: PlayerTimers;
	speed: number;
	/** Aborted when the player stops. */
	stopSignal: AbortSignal;
};

export class CustomerScript {
	readonly #context: ScriptContext;
	/** Where the script is: one frame per nesting level (the top list, an expect's case, a timeout branch). */
	readonly #stack: Frame[] = [];
	readonly #interrupt = new AbortController();
	readonly #signal: AbortSignal;
	#left = false;

	constructor(context: ScriptContext) {
		this.#context = context;
		this.#signal = AbortSignal.any([this.#interrupt.signal, context.stopSignal]);
		context.chat.onInterrupted = () => this.#interrupt.abort(CHAT_OVER);
	}

	/** True once a `leave` step ran: the customer is gone, nothing more to wait for. */
	get left(): boolean {
		return this.#left;
	}

	/** Runs the script to its end; rejects only when the player stops (with the stop signal's reason). */
	async run(steps: readonly ScriptStep[]): Promise<void> {
		try {
			await this.#runSteps(steps);
		} catch (error) {
			if (error !== CHAT_OVER) throw error;
			const frame = this.#stack.at(-1);
			const line = frame?.steps[frame.index]?.line ?? null;
			this.#problem(line, 'the chat ended while the script was still running');
			// The closing asks for a rating before it ends the chat, so a customer who meant to rate still does.
			const rate = pendingRate(this.#stack);
			if (rate) await this.#rate(rate);
		}
	}

	async #runSteps(steps: readonly ScriptStep[]): Promise<void> {
		const frame: Frame = {steps, index: 0};
		this.#stack.push(frame);
		for (; frame.index < steps.length && !this.#left; frame.index++) await this.#runStep(steps[frame.index]!);
		// Popped only on the way out of a finished list: an interruption leaves the stack showing where it happened.
		this.#stack.pop();
	}

	async #runStep(step: ScriptStep): Promise<void> {
		const {timers, speed} = this.#context;
		switch (step.do) {
			case 'say':
				return this.#say(step);
			case 'wait':
				return timers.sleep(step.ms / speed, this.#signal);
			case 'quiet':
				this.#context.chat.typing(null);
				return timers.sleep(step.ms / speed, this.#signal);
			case 'expect':
				return this.#expect(step);
			case 'rate':
				return this.#rate(step);
			case 'leave':
				return this.#leave(step.line);
		}
	}

	async #say(step: Extract<ScriptStep, {do: 'say'}>): Promise<void> {
		const {chat, journal, timers, speed} = this.#context;
		if (chat.ended) return this.#problem(step.line, `did not say "${step.text}": the chat has ended`);
		const plan = typingPlan(step.text, step.charsPerSecond, speed);
		let elapsed = 0;
		for (const {atMs, draft} of plan.peeks) {
			await timers.sleep(atMs - elapsed, this.#signal);
			elapsed = atMs;
			chat.typing(draft);
		}
		await timers.sleep(plan.sendAtMs - elapsed, this.#signal);
		const at = this.#context.log.elapsed();
		try {
			await chat.send(step.text);
			journal.said.push({at, text: step.text, line: step.line});
		} catch (error) {
			if (this.#signal.aborted) throw this.#signal.reason;
			this.#problem(step.line, `could not say "${step.text}": ${messageOf(error)}`);
		}
	}

	async #expect(step: Extract<ScriptStep, {do: 'expect'}>): Promise<void> {
		const {chat, speed} = this.#context;
		const limit = chat.ended ? Math.min(step.timeoutMs ?? AFTER_END_WAIT_MS, AFTER_END_WAIT_MS) : step.timeoutMs;
		const taken = await chat.waitForMove(step.cases, limit === null ? null : limit / speed, this.#signal);
		if (taken) return this.#runSteps(taken.then);
		this.#context.log.note(
			this.#context.journal.key,
			`nothing expected at line ${step.line} came in time; going on with its timeout steps`,
		);
		return this.#runSteps(step.onTimeout);
	}

	/** Not interrupted by the end of the chat: a rating is given after the chat ended (E19). */
	async #rate(step: RateStep): Promise<void> {
		const {chat, journal, speed, stopSignal} = this.#context;
		const requested = await chat.waitForRatingRequest(RATING_WAIT_MS / speed, stopSignal);
		if (!requested) return this.#problem(step.line, 'the agent never asked for a rating, so the customer did not rate');
		// E19, E22: the rating follows how the chat went, as the scenario's rules say.
		const {score, comment} = ratingFor(
			step,
			journal.received.map(message => message.text),
		);
		try {
			await chat.rate(score, comment);
			journal.rating = {at: this.#context.log.elapsed(), score, comment};
		} catch (error) {
			if (stopSignal.aborted) throw stopSignal.reason;
			this.#problem(step.line, `could not rate: ${messageOf(error)}`);
		}
	}

	async #leave(line: number): Promise<void> {
		this.#left = true;
		const {chat, stopSignal} = this.#context;
		if (chat.ended) return;
		try {
			await chat.leave();
			this.#context.log.note(this.#context.journal.key, 'left the chat');
		} catch (error) {
			if (stopSignal.aborted) throw stopSignal.reason;
			this.#problem(line, `could not leave: ${messageOf(error)}`);
		}
	}

	#problem(line: number | null, message: string): void {
		const {log, journal} = this.#context;
		log.problem(journal.problems, journal.key, line, message);
	}
}

/** The first `rate` still ahead of where the script stopped, in reading order, looking into later expects' branches too. */
export function pendingRate(stack: readonly Frame[]): RateStep | null {
	for (let depth = stack.length - 1; depth >= 0; depth--) {
		const frame = stack[depth]!;
		const found = firstRate(frame.steps.slice(frame.index + 1));
		if (found) return found;
	}
	return null;
}

function firstRate(steps: readonly ScriptStep[]): RateStep | null {
	for (const step of steps) {
		if (step.do === 'rate') return step;
		if (step.do !== 'expect') continue;
		for (const branch of [...step.cases.map(candidate => candidate.then), step.onTimeout]) {
			const found = firstRate(branch);
			if (found) return found;
		}
	}
	return null;
}

/** The score and comment a `rate` step gives, after what the customer heard: the first of its rules that holds. */
export function ratingFor(step: RateStep, heard: readonly string[]): {score: 1 | 2 | 3; comment: string | null} {
	for (const rule of step.unless ?? []) {
		const matches = (pattern: RegExp) => heard.some(text => pattern.test(text));
		if ((rule.heard === null || matches(rule.heard)) && (rule.notHeard === null || !matches(rule.notHeard)))
			return {score: rule.score, comment: rule.comment};
	}
	return {score: step.score, comment: step.comment};
}
