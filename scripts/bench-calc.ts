/**
 * npm run bench:calc — how long the calculators take to update after a keystroke, in Chromium,
 * on the built site (run `npm run build` first). For each calculator on /en/calculators/ it
 * types into one field, one key at a time, and times each update from the input event to the
 * end of the DOM changes it causes (the islands' computation and Preact's rendering; the
 * browser then paints in the next frame). Prints the median and the worst per calculator.
 * A measurement, not a test: it never fails on a slow machine.
 */
import { distExists } from '../test/dist/site.ts';
import { launchBrowser, startServer } from '../test/e2e/browser.ts';

const FIELDS: { island: string; field: string; keys: string[] }[] = [
	{ island: 'compute-budget', field: 'dur', keys: ['2', '5', '0', 'Backspace', '7'] },
	{ island: 'can-i-train-it', field: 'n', keys: ['2', '4', 'Backspace', '8', '1'] },
	{ island: 'run-planner', field: 'iters', keys: ['5', '0', '0', 'Backspace', '0'] },
	{ island: 'compute-optimal', field: 'n', keys: ['6', '4', 'Backspace', '2', '8'] },
];
const ROUNDS = 10;

if (!distExists()) {
	console.error('dist/ is missing: run `npm run build` first.');
	process.exit(1);
}

const [browser, server] = await Promise.all([launchBrowser(), startServer()]);
try {
	const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
	await page.goto(`${server.origin}/en/calculators/`);
	const islands = page.locator('astro-island');
	for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
	// In the page: an input event starts a timer; the DOM changes it causes stop it.
	await page.evaluate(() => {
		const w = window as unknown as { benchTimes: number[]; benchStart: number | null };
		w.benchTimes = [];
		w.benchStart = null;
		document.addEventListener('input', () => (w.benchStart = performance.now()), true);
		new MutationObserver(() => {
			if (w.benchStart === null) return;
			w.benchTimes.push(performance.now() - w.benchStart);
			w.benchStart = null;
		}).observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true,
		});
	});
	const rows: Record<string, string | number>[] = [];
	const all: number[] = [];
	for (const { island, field, keys } of FIELDS) {
		const input = page.locator(`#${island} input[name="${field}"]`);
		await input.click();
		await page.evaluate(() => ((window as unknown as { benchTimes: number[] }).benchTimes = []));
		for (let r = 0; r < ROUNDS; r++) {
			for (const key of keys) await page.keyboard.press(key);
			// Back to where it started, so every round types the same thing.
			for (let k = 0; k < 4; k++) await page.keyboard.press('Backspace');
		}
		const times = (
			await page.evaluate(() => (window as unknown as { benchTimes: number[] }).benchTimes)
		).sort((a, b) => a - b);
		all.push(...times);
		rows.push({
			calculator: island,
			keystrokes: times.length,
			'median ms': Number(times[times.length >> 1].toFixed(2)),
			'worst ms': Number(times[times.length - 1].toFixed(2)),
		});
	}
	all.sort((a, b) => a - b);
	rows.push({
		calculator: 'all',
		keystrokes: all.length,
		'median ms': Number(all[all.length >> 1].toFixed(2)),
		'worst ms': Number(all[all.length - 1].toFixed(2)),
	});
	console.log('Update time after a keystroke (input event → DOM updated), Chromium:');
	console.table(rows);
	console.log('One frame at 60 Hz is 16.7 ms.');
} finally {
	await browser.close();
	await server.close();
}
