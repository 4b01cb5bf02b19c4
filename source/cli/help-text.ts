// The --help text of switchboard and of each subcommand.

export const mainHelp = `
switchboard: a terminal desk for live-chat support agents

Usage
  switchboard <command> [flags]

Commands
  serve          run the reference server (agent and customer endpoints)
  conformance    check a server against protocol v1

Flags
  --help, -h     show this help (also: switchboard <command> --help)
  --version      print the version

Run "switchboard <command> --help" for a command's flags.
Docs: docs/protocol.md
`;

export const serveHelp = `
switchboard serve: run the reference server

Usage
  switchboard serve [--port N] [--host H] [--token T]... [--accounts FILE]

Flags
  --port N              port to listen on (default 7420; 0 picks a free one)
  --host H              address to bind (default 127.0.0.1)
  --token T             an agent token: TOKEN, ID:TOKEN or ID:NAME:TOKEN (repeatable)
  --accounts FILE       JSON file with departments and agents (see docs/protocol.md)
  --heartbeat-ms N      heartbeat interval (default 15000)
  --resume-window-ms N  how long a dropped agent session stays resumable (default 120000)
  --offer-timeout-ms N  how long an offer waits for an answer (default 30000)
  --rate-limit N        frames per second one connection may send (default 100, bursts of 10 x N)

Without --token or --accounts a random token is made and printed once.
`;

export const conformanceHelp = `
switchboard conformance: check that a server speaks protocol v1

Usage
  switchboard conformance ws://HOST:PORT --token T [--timeout-ms N]

Flags
  --token T        an agent token the server accepts
  --timeout-ms N   how long each check may wait for the server (default 5000)

Prints pass, fail (with the reason) or skip per check; exits 0 when none failed,
1 when one did, 2 on a wrong command line.
The checks join as customers (without a department) on ws://HOST:PORT/customer.
The token's agent must be online with room for at least two chats, be offered
chats of any department, and best be the only agent signed in. The run takes
over the agent's connection (close 4003): don't use a token a person is using.
Every chat it opens is ended; it leaves one follow-up behind.
`;
