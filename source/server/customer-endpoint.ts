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
import type {ContactCentre} from './contact-centre.js';
import {answerRequest, refuse} from './requests.js';
import {customerInfo} from './customer-info.js';

export function acceptCustomerSocket(
	centre: ContactCentre,
	socket: WebSocket,
	transport: Transport | null,
	address: string,
): void {
	if (socket.protocol !== CUSTOMER_SUBPROTOCOL) {
		socket.close(CloseCode.badFrame, `offer the subprotocol ${CUSTOMER_SUBPROTOCOL}`);
		return;
	}
	const link: CustomerLink = {connection: undefined!, session: null, address};
	link.connection = centre.openConnection(socket, transport, 'customer', address, {
		request: frame => handleRequest(centre, link, frame),
		ack: seq => {
			const session = link.session;
			if (!session?.stream.ack(seq))
				link.connection.rejectFrame(null, protocolError('bad_frame', `seq: ${seq} is above the last event sent`));
			else centre.guard(() => centre.customerAcked(session, seq));
		},
		closed: () => {
			const session = link.session;
			if (session) centre.guard(() => centre.customerLinkClosed(session, link.connection));
		},
	});
	link.connection.sendText(centre.helloText());
}

function handleRequest(centre: ContactCentre, link: CustomerLink, frame: ReqFrame): void {
	answerRequest(link.connection, frame.id, centre.settings.reportError, after => {
		if (frame.op === 'join') return join(centre, link, frame.payload as CustomerOpRequest<'join'>, after);
		if (frame.op === 'resume') return resume(centre, link, frame.payload as CustomerOpRequest<'resume'>, after);
		if (frame.op === 'info') return customerInfo(centre);
		const session = link.session ?? refuse('unauthenticated', 'join or resume a chat first');
		const op = frame.op as keyof typeof customerOpHandlers;
		if (op === 'rating.submit' && !centre.settings.capabilities.has('rating'))
			refuse('unsupported', 'this server does not offer rating');
		const handler = customerOpHandlers[op] as (context: object, payload: never) => object;
		return handler({centre, session, after}, frame.payload as never);
	});
}
