/**
 * Layout shift of every article page (and each home page) on an emulated throttled phone:
 * `npm run build`, then `npm run bench:cls` (or `node scripts/bench-cls.ts [runs]` with the
 * pinned Node on PATH). Prints one row per page: the CLS of each run and the largest shifts'
 * sources. The target is CLS < 0.05 on every page; the figures are in README.md ("Fonts"). It is
 * a benchmark, not a test: a throttled load takes minutes, and a busy machine's stalls move it.
 */
import { launchBrowser, startServer } from '../test/e2e/browser.ts';
import { listPages } from '../test/dist/site.ts';
import { measureLayoutShift, PHONE } from './layout-shift.ts';

const runs = Number(process.argv[2] ?? 2);
const pages = listPages().filter((p) => p.kind === 'article' || p.kind === 'home');
const [browser, server] = await Promise.all([launchBrowser(), startServer()]);
try {
	console.log(
		`CLS on an emulated phone (${PHONE.viewport.width}×${PHONE.viewport.height}, ` +
			`${PHONE.latencyMs} ms RTT, ${PHONE.downloadBitsPerSecond / 1e6} Mbit/s, ` +
			`CPU ÷${PHONE.cpuSlowdown}), ${runs} run(s) per page, empty cache`,
	);
	const rows = [];
	for (const page of pages) {
		const results = [];
		for (let i = 0; i < runs; i++)
			results.push(await measureLayoutShift(browser, server.origin + page.url));
		const worst = results.reduce((a, b) => (b.cls > a.cls ? b : a));
		const sources = [...worst.shifts]
			.sort((a, b) => b.value - a.value)
			.slice(0, 2)
			.map((s) => `${s.value.toFixed(3)} ${s.sources.join(', ')}`)
			.join(' | ');
		rows.push({
			page: page.url,
			cls: results.map((r) => r.cls.toFixed(3)).join(' '),
			worst: worst.cls.toFixed(3),
			'largest shifts': sources,
		});
	}
	console.table(rows);
	const max = Math.max(...rows.map((r) => Number(r.worst)));
	console.log(`worst CLS: ${max.toFixed(3)} (target < 0.05)`);
} finally {
	await browser.close();
	await server.close();
}
