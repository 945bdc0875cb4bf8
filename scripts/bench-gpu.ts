/**
 * `npm run bench`: the benchmark page of the built site in headless Chromium (WebGPU on
 * SwiftShader on a machine without a GPU, with the flags the browser tests use), started as a
 * reader would, with the result's JSON printed on stdout and a summary on stderr: the tuned
 * and naive kernels side by side, their ratio, and the configurations the autotune chose.
 *
 *   node scripts/bench-gpu.ts [--quick] [--max N] [--tune MS] [--lang en]
 *
 * --tune gives the autotune MS milliseconds instead of 2000 (SwiftShader needs ~20000 to time
 * every configuration).
 *
 * Builds the site first when dist/ is missing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { distExists } from '../test/dist/site.ts';
import { hasChromium, launchBrowser, missingMessage, startServer } from '../test/e2e/browser.ts';

const { values: args } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		max: { type: 'string' },
		tune: { type: 'string' },
		lang: { type: 'string', default: 'en' },
	},
});

if (!hasChromium) {
	console.error(missingMessage.replace('browser tests skipped', 'npm run bench needs it'));
	process.exit(1);
}
if (!distExists()) {
	console.error('bench: dist/ is missing; building the site first…');
	const npm = process.env.npm_execpath;
	const build = npm
		? spawnSync(process.execPath, [npm, 'run', 'build'], {
				stdio: ['ignore', 'inherit', 'inherit'],
			})
		: spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
	if (build.status !== 0) process.exit(1);
}

const query = new URLSearchParams();
if (args.quick) query.set('quick', '');
if (args.max) query.set('max', args.max);
if (args.tune) query.set('tune', args.tune);
const [browser, server] = await Promise.all([launchBrowser(), startServer()]);
let code = 0;
try {
	const context = await browser.newContext({ baseURL: server.origin, acceptDownloads: true });
	const page = await context.newPage();
	page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
	await page.goto(
		`/${args.lang}/benchmark/${query.size ? `?${query}`.replace(/=(&|$)/g, '$1') : ''}`,
	);
	const started = Date.now();
	await page.locator('.bench-controls button').click();
	const progress = setInterval(async () => {
		const label = await page
			.locator('.bench-progress label')
			.textContent({ timeout: 500 })
			.catch(() => null);
		if (label)
			process.stderr.write(
				`\r${((Date.now() - started) / 1000).toFixed(0)} s: ${label}`.padEnd(72),
			);
	}, 2000);
	const outcome = await page
		.locator('section.bench-results, [data-error]')
		.first()
		.waitFor({ timeout: 20 * 60_000 })
		.then(() => page.locator('[data-error]').count());
	clearInterval(progress);
	process.stderr.write('\n');
	if (outcome > 0) {
		console.error(`bench: the run failed: ${await page.locator('[data-error]').textContent()}`);
		code = 1;
	} else {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('.bench-results .bench-actions button').nth(1).click(),
		]);
		const json = readFileSync(await download.path(), 'utf8');
		console.log(json);
		const r = JSON.parse(json);
		const g = (m: { medianPerSecond: number; size: number } | null) =>
			m ? `${(m.medianPerSecond / 1e9).toFixed(3)} GFLOP/s at n = ${m.size}` : '—';
		const label = (c: Record<string, number> | null) =>
			c ? `${c.bm}×${c.bn}×${c.bk} / ${c.tm}×${c.tn}` : '—';
		console.error(
			[
				`adapter: ${r.adapter.name}${r.adapter.software ? ' (software)' : ''}; ${r.userAgent}`,
				`verified: ${r.verified}; timer: ${r.timer.kind}${r.timer.quantized ? ` (rounded to ${r.timer.quantumNs} ns)` : ''}; ${r.seconds.toFixed(1)} s`,
				`FP32 tuned ${g(r.matmul.fp32)}, config ${label(r.matmul.fp32?.config)}`,
				`tuned at the naive size ${g(r.matmul.tunedAtNaiveSize)}; naive ${g(r.matmul.naive)}`,
				`tuned ÷ naive: ${r.matmul.speedup?.toFixed(2) ?? '—'}`,
				`autotune: ${r.matmul.tuning.map((t: { config: Record<string, number>; ms: number | null; skipped?: string }) => `${label(t.config)} ${t.ms ? `${t.ms.toFixed(2)} ms` : t.skipped}`).join('; ')}`,
				`FP16: ${r.matmul.fp16 ? g(r.matmul.fp16) : r.matmul.fp16Skipped}`,
				`copy ${(r.bandwidth.copy?.medianPerSecond / 1e9).toFixed(2)} GB/s, triad ${(r.bandwidth.triad?.medianPerSecond / 1e9).toFixed(2)} GB/s`,
			].join('\n'),
		);
		if (!r.verified) code = 2;
	}
} finally {
	await browser.close();
	await server.close();
}
process.exit(code);
