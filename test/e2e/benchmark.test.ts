/**
 * The benchmark page in headless Chromium with WebGPU on SwiftShader (the flags are in
 * browser.ts): the whole benchmark runs at small sizes (`?quick`) and every kernel verifies
 * against the CPU reference; results are positive and flagged as a software adapter; "use in
 * the calculators" stores the measured GPU where the calculators' hook reads it. Without
 * navigator.gpu the page explains; a destroyed device gives the lost-device message and a
 * retry; cancel stops within a second; a hidden tab pauses; corrupt stored data is ignored.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { benchStrings } from '../../src/i18n/benchmark.ts';
import { MEASURED_KEY, HISTORY_KEY, parseMeasuredGpu } from '../../src/bench/stored.ts';
import { axeViolations, browserSuite, openPage } from './harness.ts';

const en = benchStrings.en;

/** Keeps the device the page creates, so a test can destroy it mid-run. */
const CAPTURE_DEVICE = `
(() => {
	if (!('GPUAdapter' in self)) return;
	const original = GPUAdapter.prototype.requestDevice;
	GPUAdapter.prototype.requestDevice = async function (...args) {
		const device = await original.apply(this, args);
		self.__benchDevice = device;
		return device;
	};
})();
`;

browserSuite('benchmark page', (env) => {
	it('runs the whole benchmark on SwiftShader: every kernel verifies, figures are positive, flagged software, usable by the calculators', async ({
		expect,
	}) => {
		const checked = await openPage(env.browser, env.server, { acceptDownloads: true });
		try {
			const { page, problems } = checked;
			await page.goto('/en/benchmark/?quick');
			const started = Date.now();
			await page.getByRole('button', { name: en.start }).click();
			const results = page.locator('section.bench-results');
			await results.waitFor({ timeout: 55_000 });
			const seconds = (Date.now() - started) / 1000;
			console.log(`benchmark (quick) on SwiftShader: ${seconds.toFixed(1)} s`);

			expect(await results.getAttribute('data-verified')).toBe('true');
			for (const name of ['fp32', 'naive', 'copy', 'triad']) {
				expect(
					await results.locator(`tr[data-figure="${name}"]`).getAttribute('data-verified'),
					name,
				).toBe('true');
			}
			// SwiftShader has no shader-f16: the row says so instead of showing a number.
			await expect(results.locator('tr[data-figure="fp16"]').textContent()).resolves.toContain(
				en.results.noFp16,
			);
			await expect(results.locator('[data-software]').textContent()).resolves.toContain(
				en.software.title,
			);

			// The results card is accessible too (the page tests only see it before a run).
			expect(await axeViolations(page, '.bench'), 'axe on the results').toEqual([]);

			// The downloaded JSON: what ran, positive figures, every check passed against the CPU reference.
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: en.actions.download }).click(),
			]);
			const result = JSON.parse(readFileSync(await download.path(), 'utf8'));
			expect(result.format).toBe('can-i-train-it/benchmark');
			expect(result.verified).toBe(true);
			expect(result.adapter.software).toBe(true);
			for (const m of [
				result.matmul.fp32,
				result.matmul.naive,
				result.bandwidth.copy,
				result.bandwidth.triad,
			]) {
				expect(m.verification.ok).toBe(true);
				expect(m.verification.failures).toBe(0);
				expect(m.verification.checked).toBeGreaterThan(0);
				expect(m.medianPerSecond).toBeGreaterThan(0);
			}
			// At the small size (128) every kernel is checked in full: 128 × 128 elements each.
			for (const check of [
				result.matmul.naiveCheck,
				...result.matmul.tuning.map((t: { verification: unknown }) => t.verification),
			])
				expect(check).toMatchObject({ ok: true, mode: 'full', checked: 128 * 128, failures: 0 });
			// The tuning table lists the configuration that won, timed.
			const winner = result.matmul.tuning.find(
				(t: { config: unknown; ms: number | null }) =>
					JSON.stringify(t.config) === JSON.stringify(result.matmul.fp32.config),
			);
			expect(winner?.ms).toBeGreaterThan(0);
			// Every configuration compiled and verified (none left out for failing its check).
			for (const t of result.matmul.tuning)
				expect(t.skipped ?? '').not.toMatch(/verification|compile/);
			expect(result.matmul.speedup).toBeGreaterThan(0);
			console.log(
				`SwiftShader quick run: tuned ${(result.matmul.fp32.medianPerSecond / 1e9).toFixed(2)} GFLOP/s at n = ${result.matmul.fp32.size}, ${result.matmul.speedup.toFixed(1)}× the naive kernel`,
			);

			await page.getByRole('button', { name: en.actions.use }).click();
			const stored = await page.evaluate((key) => localStorage.getItem(key), MEASURED_KEY);
			const measured = parseMeasuredGpu(JSON.parse(stored ?? 'null'));
			expect(measured, 'stored measured GPU').not.toBeNull();
			expect(measured!.fp32FlopsPerSecond).toBeGreaterThan(0);
			expect(measured!.bandwidthBytesPerSecond).toBeGreaterThan(0);
			expect(measured!.software).toBe(true);
			expect(measured!.fp16FlopsPerSecond).toBeUndefined();
			await expect(page.locator('[data-measured]').textContent()).resolves.toContain(
				measured!.name,
			);

			// The calculators list it as "My GPU (measured)", with its name and date.
			await page.goto('/en/calculators/');
			for (const calc of await page.locator('section.calc').all())
				await calc.scrollIntoViewIfNeeded();
			const mine = page.locator('section.calc select[name="gpu"] option[value="measured"]');
			await mine.first().waitFor({ state: 'attached', timeout: 10_000 });
			// Islands hydrate when visible, one after another: wait for all three (budget, can I train
			// it, run planner) rather than counting at the first.
			await expect.poll(() => mine.count(), { timeout: 10_000 }).toBe(3);
			await expect(page.locator('.calc-measured').first().textContent()).resolves.toContain(
				measured!.name.slice(0, 60),
			);

			// History survives a reload, and so does the measured GPU; "stop using it" clears it.
			await page.goto('/en/benchmark/?quick');
			await page.locator('.bench-history tbody tr').first().waitFor();
			await expect(page.locator('.bench-history tbody tr').count()).resolves.toBe(1);
			await page.locator('[data-measured]').waitFor();
			await page.getByRole('button', { name: en.actions.clear }).click();
			expect(await page.evaluate((key) => localStorage.getItem(key), MEASURED_KEY)).toBeNull();
			expect(problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});

	it('explains when the browser has no WebGPU (English, Arabic); says when stored data is unreadable and clears it', async ({
		expect,
	}) => {
		// English and Arabic (left to right, right to left); defineStrings' types keep all four complete.
		for (const lang of ['en', 'ar'] as const) {
			const checked = await openPage(env.browser, env.server);
			try {
				const { page, problems, context } = checked;
				await context.addInitScript(
					([measured, history]) => {
						delete (Navigator.prototype as { gpu?: unknown }).gpu;
						localStorage.setItem(measured!, '{"name": 3, corrupt');
						localStorage.setItem(history!, '[{"id": 1}, null, "x"]');
					},
					[MEASURED_KEY, HISTORY_KEY],
				);
				await page.goto(`/${lang}/benchmark/`);
				const message = page.locator('[data-state="no-webgpu"]');
				await message.waitFor();
				await expect(message.textContent()).resolves.toContain(benchStrings[lang].noWebgpu.title);
				expect(problems).toEqual([]);
			} finally {
				await checked.close();
			}
		}
		// With WebGPU, the page says the stored data was unreadable and offers to clear it.
		const checked = await openPage(env.browser, env.server);
		try {
			const { page, problems, context } = checked;
			await context.addInitScript(
				([measured]) => {
					// Once: the reload below must find what the button left.
					if (sessionStorage.getItem('seeded')) return;
					sessionStorage.setItem('seeded', '1');
					localStorage.setItem(measured!, '{"name": 3, corrupt');
				},
				[MEASURED_KEY],
			);
			await page.goto('/en/benchmark/');
			await page.locator('[data-unreadable]').waitFor();
			await page.locator('[data-unreadable] button').click();
			await page.locator('[data-unreadable]').waitFor({ state: 'detached' });
			expect(await page.evaluate((key) => localStorage.getItem(key), MEASURED_KEY)).toBeNull();
			await page.reload();
			await page.getByRole('button', { name: en.start }).waitFor();
			await expect(page.locator('[data-unreadable]').count()).resolves.toBe(0);
			expect(problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});

	describe('interruptions', () => {
		it('a destroyed device shows the lost-device message and a retry that works', async ({
			expect,
		}) => {
			const checked = await openPage(env.browser, env.server);
			try {
				const { page, problems, context } = checked;
				await context.addInitScript(CAPTURE_DEVICE);
				await page.goto('/en/benchmark/?quick');
				await page.getByRole('button', { name: en.start }).click();
				await page.locator('progress').waitFor();
				await page.waitForFunction(
					() => 'GPUDevice' in self && (self as { __benchDevice?: unknown }).__benchDevice,
				);
				await page.evaluate(() =>
					(self as unknown as { __benchDevice: GPUDevice }).__benchDevice.destroy(),
				);
				const alert = page.locator('[data-error="device-lost"]');
				await alert.waitFor({ timeout: 10_000 });
				await expect(alert.textContent()).resolves.toContain(en.errors['device-lost']);
				await page.getByRole('button', { name: en.retry, exact: true }).click();
				await page.locator('progress').waitFor();
				await page.getByRole('button', { name: en.cancel }).click();
				await page.locator('[data-error="cancelled"]').waitFor({ timeout: 5_000 });
				expect(problems).toEqual([]);
			} finally {
				await checked.close();
			}
		});

		it('a hidden tab pauses between passes and says so; it resumes when shown', async ({
			expect,
		}) => {
			const checked = await openPage(env.browser, env.server);
			try {
				const { page, problems, context } = checked;
				// Headless tabs are always visible: let the test decide what the page sees.
				await context.addInitScript(() => {
					Object.defineProperty(document, 'visibilityState', {
						get: () => ((self as { __hidden?: boolean }).__hidden ? 'hidden' : 'visible'),
					});
				});
				const setHidden = (hidden: boolean) =>
					page.evaluate((h) => {
						(self as { __hidden?: boolean }).__hidden = h;
						document.dispatchEvent(new Event('visibilitychange'));
					}, hidden);
				await page.goto('/en/benchmark/?quick');
				await page.getByRole('button', { name: en.start }).click();
				await page.getByText(en.steps.probe).waitFor({ timeout: 20_000 });
				await setHidden(true);
				await page.getByText(en.paused).waitFor({ timeout: 10_000 });
				await setHidden(false);
				await page.getByText(en.paused).waitFor({ state: 'detached', timeout: 5_000 });
				await page.getByRole('button', { name: en.cancel }).click();
				await page.locator('[data-error="cancelled"]').waitFor({ timeout: 5_000 });
				expect(problems).toEqual([]);
			} finally {
				await checked.close();
			}
		});

		it('cancel stops the run within a second', async ({ expect }) => {
			const checked = await openPage(env.browser, env.server);
			try {
				const { page, problems } = checked;
				await page.goto('/en/benchmark/?quick');
				await page.getByRole('button', { name: en.start }).click();
				// Wait until kernels are being timed, then cancel.
				await page.getByText(en.steps.probe).waitFor({ timeout: 20_000 });
				const before = Date.now();
				await page.getByRole('button', { name: en.cancel }).click();
				await page.locator('[data-error="cancelled"]').waitFor({ timeout: 5_000 });
				const ms = Date.now() - before;
				expect(ms).toBeLessThan(1000);
				await expect(
					page.getByRole('button', { name: en.retry, exact: true }).isVisible(),
				).resolves.toBe(true);
				expect(problems).toEqual([]);
			} finally {
				await checked.close();
			}
		});
	});
});
