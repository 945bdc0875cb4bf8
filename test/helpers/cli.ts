/**
 * The command line as a user runs it, for test/cli/*.test.ts: bin/can-i-train-it.js in a child
 * process under the pinned Node, its output with plain spaces, its JSON, and a ratio check.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
const NODE = resolve(ROOT, 'node_modules/.bin/node');
const BIN = resolve(ROOT, 'bin/can-i-train-it.js');

export type Run = { code: number; stdout: string; stderr: string; plain: string };

export function cli(...args: string[]): Promise<Run> {
	return new Promise((done) => {
		execFile(NODE, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
			const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
			// The formatter joins numbers and units with no-break spaces; compare with plain ones
			// (cli-output.test.ts's French test checks its narrow no-break spaces on the raw text).
			done({ code, stdout, stderr, plain: stdout.replace(/[\u00a0\u202f]/g, ' ') });
		});
	});
}

export async function json(...args: string[]): Promise<Record<string, unknown>> {
	const r = await cli(...args, '--json');
	expect(r.stderr).toBe('');
	expect(r.code).toBe(0);
	return JSON.parse(r.stdout) as Record<string, unknown>;
}

export const results = (doc: Record<string, unknown>) => doc.results as Record<string, number>;
/** |a/b − 1| < tolerance. */
export const near = (a: number, b: number, tolerance = 1e-9) => Math.abs(a / b - 1) < tolerance;
