/**
 * Layout shift of every article page, in every language, on an emulated throttled phone
 * (Chrome DevTools Protocol network and CPU throttling; see layout-shift.ts). The target is
 * CLS < 0.05 and `npm run bench:cls` prints the figures. Before the fixes: 0.16 in English, 0.57
 * in Hindi and 0.42 in Arabic. The page's text faces are now preloaded, Inter and Arabic
 * font-display: optional, Devanagari block (fonts.css), and every article measures 0.000 to
 * 0.008 (0.019 for the Arabic page with the most formulas). This test guards 0.1: twice the
 * target, so that a stall of a busy machine does not fail it at random, while a face that swaps
 * again (Hindi with swap measured 0.01 to 0.11, with the old faces up to 0.46) does.
 */
import { it } from 'vitest';
import { listPages } from '../dist/site.ts';
import { browserSuite, pool } from './harness.ts';
import { measureLayoutShift } from './layout-shift.ts';

const BOUND = 0.1;
const articles = listPages().filter((p) => p.kind === 'article');

browserSuite('layout shift on a throttled phone', (env) => {
	it(`every article page: CLS < ${BOUND}`, async ({ expect }) => {
		expect(articles.length).toBeGreaterThan(0);
		// One at a time: throttled loads in parallel would slow each other down.
		const results = await pool(articles, 1, async (page) => {
			// A page that goes over the bound gets a second run, and its better run counts: a real
			// regression shifts every run, a stall of the busy machine only one.
			let best: Awaited<ReturnType<typeof measureLayoutShift>> | undefined;
			for (let run = 0; run < 2 && (!best || best.cls >= BOUND); run++) {
				const result = await measureLayoutShift(env.browser, env.server.origin + page.url);
				if (!best || result.cls < best.cls) best = result;
			}
			const { cls, shifts } = best!;
			const largest = [...shifts]
				.sort((a, b) => b.value - a.value)
				.slice(0, 3)
				.map((s) => `${s.value.toFixed(3)} ${s.sources.join(', ')}`);
			return { page: page.url, cls, largest };
		});
		console.table(results.map((r) => ({ page: r.page, cls: r.cls.toFixed(3) })));
		for (const r of results)
			expect(r.cls, `${r.page}: ${r.largest.join(' | ')}`).toBeLessThan(BOUND);
	}, 1_200_000);
});
