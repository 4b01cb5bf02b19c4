// Customer-to-agent throughput through one route: as many messages as a bounded window allows, timed to the last delivery.
import type {Route} from './routes.js';

const WINDOW = 1_000; // messages in flight at most, so neither side buffers without bound

/** Sends `total` messages spread over `customers`; returns messages per second, first send to last delivery. */
export async function throughput(route: Route, total: number, customers: number): Promise<number> {
	let sent = 0;
	let delivered = 0;
	const started = performance.now();
	await new Promise<void>(resolve => {
		const pump = () => {
			while (sent < total && sent - delivered < WINDOW) route.send(sent % customers, `t${sent++}`);
		};
		route.onDelivered(() => {
			delivered++;
			if (delivered === total) resolve();
			else if (sent - delivered < WINDOW / 2) pump();
		});
		pump();
	});
	return total / ((performance.now() - started) / 1_000);
}
