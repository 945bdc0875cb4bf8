/**
 * Calculator islands in the browser: they hydrate only when scrolled into view, recompute as you
 * type (in the page's number format), keep their inputs in the link, show errors next to the
 * field, and pass axe in their error state, in English and Arabic, light and dark.
 */
import { expect, it } from 'vitest';
import { distExists, listPages, readDoc } from '../dist/site.ts';
import { axeViolations, browserSuite, openPage } from './harness.ts';

// The training-compute calculator (6·N·D); the other calculators have their own test file.
const ISLAND = 'astro-island[component-url*="FlopsCalculator"]';
const withCalculator = (distExists() ? listPages() : []).filter(
	(p) => p.kind === 'article' && readDoc(p.file).querySelector(ISLAND),
);
const plain = (text: string) =>
	text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

browserSuite('calculator islands', (env) => {
	it('some article has a calculator', () => {
		expect(withCalculator.length).toBeGreaterThan(0);
	});

	for (const lang of ['en', 'ar'] as const) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`${lang}, ${colorScheme}: hydrates when visible, computes, links, reports errors`, async () => {
				const target = withCalculator.find((p) => p.locale === lang);
				expect(target, `an ${lang} article with a calculator`).toBeDefined();
				const checked = await openPage(env.browser, env.server, {
					colorScheme,
					viewport: { width: 800, height: 600 },
				});
				const { page } = checked;
				try {
					await page.goto(target!.url);
					const island = page.locator(ISLAND).first();
					// Below the fold, the island's code has not loaded yet.
					const componentUrl = await island.getAttribute('component-url');
					expect(checked.requested).not.toContain(componentUrl);
					await island.scrollIntoViewIfNeeded();
					await page.waitForFunction(
						(url) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(url!)),
						componentUrl,
					);
					await expect.poll(() => island.getAttribute('ssr'), { timeout: 20_000 }).toBeNull();

					// 6 × 2e9 × 4e10 = 4.8e20 FLOP
					const inputs = island.locator('input');
					await inputs.nth(0).fill('2B');
					await inputs.nth(1).fill('4e10');
					await expect
						.poll(async () => plain(await island.locator('output').innerText()))
						.toBe('4.8 × 10²⁰ FLOP (480 EFLOP)');
					const query = new URL(page.url()).searchParams;
					expect(query.get('params')).toBe('2000000000');
					expect(query.get('tokens')).toBe('40000000000');

					// A link reproduces the state.
					await page.goto(`${target!.url}?params=1e9&tokens=2e10`);
					const again = page.locator(ISLAND).first();
					await again.scrollIntoViewIfNeeded();
					await expect
						.poll(async () => plain(await again.locator('output').innerText()))
						.toBe('1.2 × 10²⁰ FLOP (120 EFLOP)'); // 6 × 1e9 × 2e10

					// Bad input: a message next to the field, no number, and still accessible.
					await again.locator('input').nth(0).fill('lots');
					await expect.poll(() => again.locator('[aria-invalid="true"]').count()).toBe(1);
					expect(plain(await again.locator('output').innerText())).toBe('—');
					expect(await axeViolations(page, '.calc')).toEqual([]);
					expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
					expect(checked.problems).toEqual([]);
				} finally {
					await checked.close();
				}
			});
		}
	}
});
