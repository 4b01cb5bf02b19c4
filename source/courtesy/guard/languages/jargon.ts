// Support-desk jargon that turns up whatever language the agent writes in; each pack gives the plain words for it (E5).

export type SharedJargon = {
	id: string;
	pattern: string;
	/** Whether the plain words fit in the term's place, so Tab can swap them in. */
	swap: boolean;
};

export const sharedJargon: readonly SharedJargon[] = [
	{
		id: 'escalate',
		pattern: 'escalat* {this |it |your case |the case |your ticket |the ticket |}to {the |}{L2|L3|tier 2|tier 3|second{ |-}line|2nd{ |-}line|level 2|level 3|the back office}',
		swap: true,
	},
	{id: 'second-line', pattern: '{L2|L3|tier{ |-}2|tier{ |-}3|second{ |-}line|2nd{ |-}line|level 2|level 3} {support|team}', swap: true},
	{id: 'ticket-id', pattern: 'ticket{ |-|}{ID|number|nummer|numer|nr|no|#}', swap: true},
	{id: 'sla', pattern: '{SLA|SLAs}', swap: false},
	{id: 'backend', pattern: '{backend|back-end|back end}', swap: false},
	{id: 'cache', pattern: 'cache*', swap: false},
	{id: 'dns', pattern: 'DNS', swap: false},
	{id: 'rma', pattern: 'RMA', swap: false},
	{id: 'eta', pattern: 'ETA', swap: true},
	{id: 'kb-article', pattern: '{KB|knowledge base} article', swap: true},
	{id: 'sku', pattern: 'SKU', swap: true},
	{id: 'workaround', pattern: '{workaround|work-around}', swap: true},
	{id: 'root-cause', pattern: 'root cause', swap: true},
	{id: 'asap', pattern: 'ASAP', swap: true},
	{id: 'eod', pattern: 'EOD', swap: true},
	{id: 'fyi', pattern: 'FYI', swap: true},
	{id: '2fa', pattern: '{2FA|MFA}', swap: true},
];

/** Acronyms and codes that are never shouting, in any language (E5). Each pack adds its own. */
export const sharedAcronyms: readonly string[] = [
	'PDF', 'VAT', 'USB', 'USB-C', 'SMS', 'MMS', 'URL', 'FAQ', 'ID', 'OK', 'EU', 'UK', 'USA', 'PIN', 'IBAN', 'BIC',
	'SWIFT', 'CVC', 'CVV', 'DNS', 'SLA', 'RMA', 'TV', 'PC', 'HDMI', 'GPS', 'EAN', 'SKU', 'ETA', 'ASAP', 'FYI', 'EOD',
	'API', 'CRM', 'IMEI', 'SIM', 'WIFI', 'WI-FI', 'LED', 'LCD', 'OLED', 'DVD', 'CD', 'HD', 'UHD', 'NFC', 'QR', 'RAM',
	'SSD', 'HDD', 'CPU', 'GPU', 'OS', 'IOS', 'PM', 'GDPR', 'HTML', 'CSV', 'XML', 'JSON', 'ZIP', 'JPG', 'JPEG', 'PNG',
	'GIF', 'EUR', 'USD', 'GBP', 'NOK', 'SEK', 'DKK', 'HUF', 'CNY', 'RMB', 'AB', 'AS', 'ASA', 'OY', 'OYJ', 'LTD', 'INC',
	'PLC', 'LLC', 'GMBH', 'CEO', 'CTO', 'VIP', 'DHL', 'UPS', 'FEDEX', 'TNT', 'GLS', 'POS', 'ATM', 'KYC', 'ISBN', 'VPN',
	'IP', 'SSL', 'TLS', 'HTTP', 'HTTPS', 'WWW', 'AI', 'AC', 'DC', 'PS', 'FW', 'CC', 'BCC',
];
