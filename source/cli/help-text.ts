// The --help text of switchboard and of each subcommand (PACKAGE_DIR in the main help: where README and docs/ are).
import {LANGUAGES} from '../courtesy/languages.js';

export const mainHelp = `
switchboard: a terminal desk for live-chat support agents

Usage
  switchboard demo                                       try it: simulated customers, no server needed
  switchboard [desk] --server ws://HOST:PORT --token T   open the agent desk
  switchboard <command> [flags]

Commands
  demo           a scripted demo and training session with simulated customers
  desk           the agent desk (the default when a server is given or configured)
  serve          run the reference server (agent and customer endpoints)
  accounts       the server's agent accounts and departments: add, list, remove, rotate, import
  data           the server's data: erase a customer, export transcripts, back up
  conformance    check a server against protocol v1
  config         show or change settings: path, list, get KEY, set KEY VALUE, unset KEY
  canned         manage canned responses: list, add, import, export

Flags
  --help, -h     show this help (also: switchboard <command> --help)
  --version      print the version

With SWITCHBOARD_SERVER set, or "server" in the config file, plain "switchboard" opens the desk.
Run "switchboard <command> --help" for a command's flags.
Docs: README.md and docs/ (protocol, configuration, canned responses, courtesy, scenarios) in
  PACKAGE_DIR
License: MIT (LICENSE, same place)
`;

export const demoHelp = `
switchboard demo: a scripted session with simulated customers, to learn the desk (E22) or to show it

Usage
  switchboard demo [scenario.yaml] [--speed X] [--autopilot | --web] [--report FILE.json]

Starts the reference server on a free loopback port, simulated customers from the scenario (the bundled
one, about five minutes, when no file is given), and the desk signed in as the agent. No configuration
is read and nothing leaves this machine. Ctrl+C twice ends it; a report card follows.

Flags
  --speed X          play X times as fast (every delay of the scenario and of the desk's notices)
  --autopilot        play the agent's side too: accept, greet, canned answers, hold, transfer, end
  --report FILE      also write the report card as JSON
  --web              the first customer is played by a person in a browser (a trainer, say) instead of
                     simulated: the address of the page to open is printed and shown on the desk; no
                     browser is opened

Scenario format: docs/scenarios.md. The report card: docs/report-card.md.
`;

export const deskHelp = `
switchboard desk: the full-screen agent desk

Usage
  switchboard [desk] [--server ws://HOST:PORT] [--token T] [flags]

Flags (each also an environment variable and a config file setting; see docs/configuration.md)
  --server URL                  the server (SWITCHBOARD_SERVER)
  --token T                     your agent token (SWITCHBOARD_TOKEN; on the command line
                                other users may see it in the process list: prefer the
                                variable or "switchboard config set token -")
  --response-warn-seconds N     E1: warn when a customer waits this long (default 30)
  --response-alarm-seconds N    E1: alarm (late) after this long (default 60)
  --[no-]bell-on-offer          ring the bell on a new offer (default on)
  --[no-]bell-on-alarm          ring the bell when a chat turns late (default on)
  --desktop-notifications K     off, osc9 or osc777 (default off)
  --notify-interval-seconds N   at most one notification per N seconds (default 3)
  --[no-]ascii-borders          ASCII borders and symbols even in UTF-8 (default off)
  --[no-]color                  colour (default on; NO_COLOR and TERM=dumb turn it off)
  --[no-]guard                  E3-E6: check wording before it goes out (default on)
  --canned FILE                 a team canned-response file (repeatable; read in order
                                after the bundled library)
  --personal-canned FILE        your own canned file (default
                                $XDG_CONFIG_HOME/switchboard/canned.yaml)
  --hold-update-seconds N       E9: progress update on hold every N s (default 60; 0 none)
  --hold-update-limit N         E7, E9: at most N automatic updates per hold (default 3)
  --hold-warn-seconds N         E7: warn N s before a hold's promised time (default 30)
  --idle-check-in-minutes N     check in on a silent customer after N min (default 3)
  --idle-close-offer-minutes N  offer to close after N min, when switched on (default 10)
  --time-zone ZONE              zone of follow-up times, e.g. Europe/Oslo (default: system)
  --desk-language TAG           your language, for transfer briefs (default en)

Keys: F1 (or ? in an empty composer) shows them all. Quit with Ctrl+C twice.
Precedence: flags > environment > config file > defaults.
`;

export const configHelp = `
switchboard config: show or change the settings in the config file

Usage
  switchboard config path              where the file is ($XDG_CONFIG_HOME/switchboard/config.json)
  switchboard config list              every setting, its value and where it comes from
  switchboard config get KEY           the value the desk would use (the token shows as ••••)
  switchboard config set KEY VALUE     save a setting; VALUE "-" reads it from stdin
  switchboard config unset KEY         back to the default

Examples
  switchboard config set keys.ACTION "alt+a,f2"                 rebind a desk action
  switchboard config set notices.enabled.idle-close-offer true  a notice on or off
  switchboard config set guard-checks.longMessage.maxLength 400 tune a guard check
  switchboard config set notices '{"enabled":{"greeting":false}}'   (JSON)
  switchboard config set canned team.yaml,faq.yaml              team canned files

The file is written with mode 0600. Every setting is listed in docs/configuration.md.
`;

export const serveHelp = `
switchboard serve: run the reference server

Usage
  switchboard serve [--port N] [--host H] [--token T]... [--accounts FILE] [--data DIR | --memory | --database URL]

Flags
  --port N              port to listen on (default 7420; 0 picks a free one)
  --host H              address to bind (default 127.0.0.1)
  --token T             an agent token: TOKEN, ID:TOKEN or ID:NAME:TOKEN (repeatable)
  --accounts FILE       JSON file with departments and agents (see docs/protocol.md)
  --heartbeat-ms N      heartbeat interval (default 15000)
  --resume-window-ms N  how long a dropped agent session stays resumable (default 120000)
  --offer-timeout-ms N  how long an offer waits for an answer (default 30000)
  --rate-limit N        frames per second one connection may send (default 100, bursts of 10 x N)
  --data DIR            where the database lives (default $XDG_DATA_HOME/switchboard, else ~/.local/share/switchboard)
  --memory              keep everything in memory instead (tests, trials): a restart forgets it all
  --database URL        PostgreSQL instead (postgres://USER@HOST:PORT/DB; or SWITCHBOARD_DATABASE, or
                        "database" in the config file): the store for several serve processes (docs/deploying.md)
  --max-connections N   sockets open at once, both endpoints (default 900; keep it under the descriptor limit)
  --max-connections-per-address N   sockets from one address (default 50)
  --max-chats-per-address N         open chats joined from one address (default 20)
  --allow-origin URL    a web page origin (https://shop.example.com) whose chat widget may connect; repeatable,
                        or comma-separated; * allows any page. This server's own pages and loopback always may.
  --tls-cert FILE       certificate chain (PEM): serve wss:// instead of ws:// (with --tls-key)
  --tls-key FILE        its private key (PEM)
  --log-format F        text (default) or json: one line per connection, sign-in, chat and error on stdout
  --retain-days N       remove ended chats (and their messages) N days after they ended; checked hourly

Without --token or --accounts a random token is made and printed once.
Plain ws:// on an address other than loopback is warned about at start: use TLS or a reverse proxy.
Chats, messages, customers and follow-ups are kept in DIR/switchboard.db (SQLite) and survive a restart.
`;

export const accountsHelp = `
switchboard accounts: agent accounts kept in the server's database

Usage
  switchboard accounts add ID --name NAME [--company C] [--department D]... [--capacity N]
  switchboard accounts list
  switchboard accounts rotate ID       a new token; the old one stops signing in
  switchboard accounts remove ID
  switchboard accounts import FILE [--replace]   an accounts file (docs/protocol.md, Appendix A)
  switchboard accounts department add ID --name NAME [--name-in LANG=NAME]... [--replace]
  switchboard accounts department list
  switchboard accounts department remove ID   refused while an agent account names it

Flags
  --data DIR         the server's data directory (default $XDG_DATA_HOME/switchboard, else ~/.local/share/switchboard)
  --database URL     the server's PostgreSQL database instead (postgres://...; or SWITCHBOARD_DATABASE, or
                     "database" in the config file)
  --name NAME        the agent's name, as customers see it (add), or the department's (department add)
  --company C        the agent's company (add)
  --department D     a department the agent takes chats of (repeatable or comma-separated; default all)
  --capacity N       chats at once (default 4)
  --replace          overwrite agents (import) or a department (department add) that exist already
  --name-in LANG=NAME  the department's name in a customer's language, e.g. nb=Teknisk støtte (repeatable)

add and rotate print a new random token once; the database keeps only a salted scrypt hash of it.
import keeps the file's tokens (16 characters at least) and departments. A running server sees every
change at the next sign-in, and closes a signed-in agent removed or rotated within about two seconds;
it sees departments at its next start. "serve" makes no token of its own when the database has accounts.
`;

export const dataHelp = `
switchboard data: what the reference server keeps, from the command line

Usage
  switchboard data erase --customer EMAIL|ID     a customer and every chat, message, follow-up of theirs
  switchboard data export [--customer EMAIL|ID] [--format json|text] [--out FILE]
  switchboard data backup FILE                   a consistent copy of the SQLite database, server running or not
                                                 (PostgreSQL: use pg_dump, see docs/deploying.md)

Flags
  --data DIR         the server's data directory (default $XDG_DATA_HOME/switchboard, else ~/.local/share/switchboard)
  --database URL     the server's PostgreSQL database instead (postgres://...; or SWITCHBOARD_DATABASE, or
                     "database" in the config file)
  --customer X       one customer, by e-mail (case-insensitive) or id
  --format F         json (default: one JSON array, a transcript per element) or text (for people)
  --out FILE         write the export to FILE (a new file) instead of standard output

Each works while the server runs, except erasing a customer whose chat is still open: end it first.
Ended chats older than N days are removed by the server itself with serve --retain-days N.
`;

export const conformanceHelp = `
switchboard conformance: check that a server speaks protocol v1

Usage
  switchboard conformance ws://HOST:PORT --token T [--second-token T2] [--timeout-ms N]
                          [--max-wait-ms N]

Flags
  --token T         an agent token the server accepts
  --second-token T2 another agent's token (offline at the start): also runs the
                    checks that need two agents (offers at login, declines,
                    transfers, presence events, another agent's chat)
  --timeout-ms N    how long each check may wait for the server (default 5000)
  --max-wait-ms N   longest wait for the server's own timings, such as 2 x heartbeat_ms
                    for the 4008 check (default 120000)

Prints pass, fail (with the reason), skip (does not apply) or unchecked (could not
run here) per check; exits 0 when none failed and all ran, 1 when one failed, 2 on a
wrong command line, 3 when none failed but some could not run (not fully checked).
A server that cannot be reached, or refuses the token, stops the run with one line.
The checks join as customers (without a department) on ws://HOST:PORT/customer.
The token's agent must be online with room for at least two chats, be given (offered
or assigned) chats of any department, and best be the only agent signed in. The run takes
over the agent's connection (close 4003): don't use a token a person is using.
Every chat it opens is ended; it leaves one follow-up behind.
`;

export const cannedHelp = `
switchboard canned: manage canned responses (see docs/canned-responses.md)

Usage
  switchboard canned list [QUERY] [--canned FILE]... [--lang CODE] [--no-bundled]
  switchboard canned add --id ID --title TITLE --text-en TEXT [--text-nb TEXT ...] [flags]
  switchboard canned add --from FILE|-
  switchboard canned import FILE [--file TARGET] [--replace]
  switchboard canned export [--canned FILE]... [--out FILE]

Flags
  --canned FILE       a team file, read after the bundled library (repeatable; list, export)
  --file FILE         the personal file (default $XDG_CONFIG_HOME/switchboard/canned.yaml);
                      for import: the file to merge into
  --no-bundled        leave the bundled responses out (list, export)
  --lang CODE         search the texts in this language (list)
  --id, --title, --shortcut, --category, --department TEXT   the response's fields (add)
  --tag T             a search word (repeatable; add)
  --text-en TEXT      the English text; likewise ${LANGUAGES.slice(1)
		.map(language => `--text-${language}`)
		.join(', ')}
  --text LANG=TEXT    the text in any other language (repeatable; add)
  --from FILE         read the response(s) as YAML instead; "-" reads standard input (add)
  --replace           overwrite responses with the same id (add, import)
  --out FILE          write the export to FILE instead of standard output

A file with problems is never written to; each problem is printed as FILE:LINE: PATH: MESSAGE (exit 1).
`;
