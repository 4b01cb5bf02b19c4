// Benchmark baseline: a bare ws relay that forwards every customer frame to the agent unchanged (the floor).
import {WebSocketServer, type WebSocket} from 'ws';

const agents = new Set<WebSocket>();
const server = new WebSocketServer({host: '127.0.0.1', port: 0});
server.on('connection', (socket, request) => {
	if (request.url === '/agent') {
		agents.add(socket);
		socket.on('close', () => agents.delete(socket));
		return;
	}
	socket.on('message', (data, isBinary) => {
		for (const agent of agents) agent.send(data, {binary: isBinary});
	});
});
server.on('listening', () => {
	const address = server.address();
	if (typeof address === 'object' && address) process.stdout.write(`listening on ws://127.0.0.1:${address.port}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
