// `serve --tls-cert/--tls-key`: reading the key pair, and the warning for plain ws:// on an address others can reach.
import {readFileSync} from 'node:fs';
import {isIP} from 'node:net';
import {createSecureContext} from 'node:tls';
import {UsageError} from './usage-error.js';

/** The PEM files, or null without TLS; one flag without the other, or a file that cannot be read, is a usage error. */
export function readTlsFiles(
	certPath: string | undefined,
	keyPath: string | undefined,
): {cert: Buffer; key: Buffer} | null {
	if (certPath === undefined && keyPath === undefined) return null;
	if (certPath === undefined || keyPath === undefined)
		throw new UsageError('--tls-cert and --tls-key go together: give both files, or neither');
	const files = {cert: readPem('--tls-cert', certPath), key: readPem('--tls-key', keyPath)};
	try {
		// Checked here so a wrong pair stops `serve` in one line, before it opens the database or a port.
		createSecureContext(files);
	} catch (error) {
		throw new UsageError(
			`--tls-cert/--tls-key: ${certPath} and ${keyPath} are not a usable pair (${tlsReason(error)})`,
		);
	}
	return files;
}

function tlsReason(error: unknown): string {
	const {message} = error as {message?: string};
	return message?.replace(/^error:[0-9A-F]+:/, '') ?? String(error);
}

function readPem(flag: string, path: string): Buffer {
	let pem: Buffer;
	try {
		pem = readFileSync(path);
	} catch (error) {
		throw new UsageError(`${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
	}
	if (!pem.includes('-----BEGIN ')) throw new UsageError(`${flag}: ${path} is not a PEM file`);
	return pem;
}

/** True for names and addresses only this machine can reach: localhost, 127.0.0.0/8, ::1. */
export function isLoopback(host: string): boolean {
	const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
	if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
	if (isIP(bare) === 4) return bare.startsWith('127.');
	if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare);
	return false;
}

/** The warning `serve` prints when tokens and chats would cross a network in the clear, or null. */
export function plainTextWarning(host: string, tls: boolean): string | null {
	if (tls || isLoopback(host)) return null;
	return [
		`WARNING: serving plain ws:// on ${host}, an address other machines can reach.`,
		'Agent tokens and every chat cross the network unencrypted. Give --tls-cert and --tls-key to serve wss://,',
		'or keep --host 127.0.0.1 behind a reverse proxy that terminates TLS (docs/deploying.md).',
	].join('\n');
}
