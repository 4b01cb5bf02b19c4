// The customer endpoint (/customer): hello, the join/resume gate, and dispatch of customer ops.
import type {WebSocket} from 'ws';
import {
	CloseCode,
	CUSTOMER_SUBPROTOCOL,
	protocolError,
	type CustomerOpRequest,
	type ReqFrame,
} from '../protocol/index.js';
import {customerOpHandlers, join, resume, type CustomerLink} from './customer-ops.js';
import type {Transport} from './connection.js';
import type {Desk} from './desk.js';
import {answerRequest, refuse} from './requests.js';

export function acceptCustomerSocket(desk: Desk, socket: WebSocket, transport: Transport | null = null): void {
	if (socket.protocol !== CUSTOMER_SUBPROTOCOL) {
		socket.close(CloseCode.badFrame, `offer the subprotocol ${CUSTOMER_SUBPROTOCOL}`);
		return;
	}
	const link: CustomerLink = {connection: undefined!, session: null};
	link.connection = desk.openConnection(socket, transport, 'customer', {
		request: frame => handleRequest(desk, link, frame),
		ack: seq => {
			if (!link.session?.stream.ack(seq))
				link.connection.rejectFrame(null, protocolError('bad_frame', `seq: ${seq} is above the last event sent`));
		},
		closed: () => link.session?.stream.detach(link.connection),
	});
	link.connection.sendText(desk.settings.helloText);
}

function handleRequest(desk: Desk, link: CustomerLink, frame: ReqFrame): void {
	answerRequest(link.connection, frame.id, desk.settings.reportError, after => {
		if (frame.op === 'join') return join(desk, link, frame.payload as CustomerOpRequest<'join'>, after);
		if (frame.op === 'resume') return resume(desk, link, frame.payload as CustomerOpRequest<'resume'>, after);
		const session = link.session ?? refuse('unauthenticated', 'join or resume a chat first');
		const op = frame.op as keyof typeof customerOpHandlers;
		if (op === 'rating.submit' && !desk.settings.capabilities.has('rating'))
			refuse('unsupported', 'this server does not offer rating');
		const handler = customerOpHandlers[op] as (context: object, payload: never) => object;
		return handler({desk, session, after}, frame.payload as never);
	});
}
