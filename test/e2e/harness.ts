/**
 * Shared set-up for browser tests: everything in browser.ts (static server over dist/, Debian's
 * Chromium through playwright-core, pages that record problems, axe), plus browserSuite().
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { distExists } from '../dist/site.ts';
import { hasChromium, inCI, missingMessage } from './browser.ts';

export * from './browser.ts';

/**
 * describe() for tests that need Chromium and a built site. Without Chromium the suite is
 * skipped with one line of explanation, except in CI (CI=true), where it fails.
 */
export function browserSuite(name: string, body: () => void): void {
	if (!distExists()) {
		describe(name, () => {
			it('needs a built site', () => {
				throw new Error('dist/ is missing: run `npm run build` before `npm run test:built`');
			});
		});
		return;
	}
	if (hasChromium) {
		describe(name, body);
		return;
	}
	if (inCI) {
		describe(name, () => {
			it('needs Chromium', () => {
				throw new Error(
					missingMessage.replace('browser tests skipped', 'browser tests cannot run in CI'),
				);
			});
		});
		return;
	}
	warnOnce();
	describe.skip(name, body);
}

/** Print the missing-Chromium line once per test run, not once per test file. */
function warnOnce() {
	const marker = join(tmpdir(), `can-i-train-it-no-chromium-${process.ppid}`);
	if (existsSync(marker)) return;
	writeFileSync(marker, '');
	console.warn(missingMessage);
}
