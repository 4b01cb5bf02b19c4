// The player's record of what happened, per simulated customer and colleague: what the report card is made from.
//
// Every `at` is clock milliseconds since the player started. At --speed 2 a scenario wait of 10 s shows as 5 s here;
// `speed` is in the journal so a report can convert back to scenario time.

export type JournalProblem = {
	at: number;
	/** The scenario line it concerns, when there is one. */
	line: number | null;
	message: string;
};

export type CustomerJournal = {
	key: string;
	name: string | null;
	locale: string;
	/** Where the customer is defined in the scenario. */
	line: number;
	chatId: string | null;
	/** When the customer opened the chat (the join was sent). */
	arrivedAt: number | null;
	/** When the server confirmed the join. */
	joinedAt: number | null;
	/** Each agent the customer saw take the chat, in order: the first acceptance, then each completed transfer. */
	agents: Array<{at: number; name: string}>;
	/** Each message the customer sent, timed when it was sent (the end of typing). */
	said: Array<{at: number; text: string; line: number}>;
	/** Each public agent message the customer received; auto: sent automatically by the agent's client. */
	received: Array<{at: number; text: string; auto: boolean; agentName: string | null}>;
	/** Each hold, from the status change to on_hold until the chat was active again (null: never lifted). */
	holds: Array<{at: number; endedAt: number | null}>;
	/** Each transfer the customer saw: started (status transferring), then completed (a new agent) or failed. */
	transfers: Array<{
		at: number;
		from: string | null;
		to: string | null;
		outcome: 'pending' | 'completed' | 'failed';
		settledAt: number | null;
	}>;
	/** The first rating request. */
	ratingRequestedAt: number | null;
	rating: {at: number; score: 1 | 2 | 3; comment: string | null} | null;
	/** How the chat ended: the customer left, or the desk side ended it (the agent, a colleague, or the server). */
	end: {at: number; by: 'customer' | 'agent'} | null;
	/** When the simulated customer was done and disconnected. */
	finishedAt: number | null;
	problems: JournalProblem[];
};

export type ColleagueOffer = {
	at: number;
	chatId: string;
	/** The scenario key of the customer, when the chat is one of the player's. */
	customer: string | null;
	/** Who transferred it. */
	from: string | null;
	/** accepted / declined / ignored as the scenario says; withdrawn: the offer ended first; failed: the server refused. */
	outcome: 'pending' | 'accepted' | 'declined' | 'ignored' | 'withdrawn' | 'failed';
	answeredAt: number | null;
};

export type ColleagueJournal = {
	id: string;
	name: string;
	line: number;
	/** Transfer offers only: new chats are declined at once, they belong to the desk. */
	offers: ColleagueOffer[];
	/** Chats the colleague set out to close (closing, rating request, end) after the customer went quiet. */
	closed: Array<{at: number; chatId: string}>;
	problems: JournalProblem[];
};

export type PlayerJournal = {
	title: string;
	source: string;
	speed: number;
	/** Clock time of start(), or null before it. */
	startedAt: number | null;
	/** Clock milliseconds since start() when the player finished or was stopped. */
	endedAt: number | null;
	customers: CustomerJournal[];
	colleagues: ColleagueJournal[];
};
