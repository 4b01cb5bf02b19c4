// Delivery latency at a fixed rate through one route: each text carries its send time, so it is measured on one clock.
import type {Route} from './routes.js';

const now = () => performance.now();

/** Sends `rate` messages a second for `seconds`, spread over `customers`; returns the latencies in ms, sorted. */
export async function latency(route: Route, rate: number, seconds: number, customers: number): Promise<number[]> {
	const total = rate * seconds;
	const samples: number[] = [];
	const started = now();
	let sent = 0;
	await new Promise<void>(resolve => {
		route.onDelivered(text => {
			if (!text.startsWith('L')) return;
			samples.push(now() - Number(text.slice(1)));
			if (samples.length === total) resolve();
		});
		const tick = setInterval(() => {
			const due = Math.min(total, Math.floor(((now() - started) / 1_000) * rate));
			while (sent < due) route.send(sent++ % customers, `L${now()}`);
			if (sent === total) clearInterval(tick);
		}, 2);
	});
	return samples.sort((a, b) => a - b);
}
