/**
 * The header on a desktop, in every language: from 75rem the page links sit in the bar between
 * the site's name and the tools, and every label must stay on one line without overlapping its
 * neighbours or pushing the page wider than the window. French, with the longest labels ("Banc
 * d'essai GPU", "Rechercher Ctrl K"), wrapped "Can I Train It?", "À propos" and the shortcut onto
 * two lines at 1,280 px, and once nothing could wrap, overflowed the bar by 40 px at 1,200 px.
 */
import { it } from 'vitest';
import { localeCodes } from '../dist/site.ts';
import { fontInitScript } from './font-check.ts';
import { browserSuite, openPage } from './harness.ts';

const WIDTHS = [1200, 1280, 1600];

browserSuite('the header on a desktop', (env) => {
	it.for(localeCodes)('%s: one line, no overlap, no sideways scroll', async (lang, { expect }) => {
		for (const width of WIDTHS) {
			const checked = await openPage(env.browser, env.server, {
				viewport: { width, height: 700 },
			});
			try {
				const { page, context } = checked;
				// The layout as designed, in Inter: on a busy machine the optional face can miss its
				// window and leave the header to a system font (font-check.ts).
				await context.addInitScript(fontInitScript());
				await page.goto(`/${lang}/about/`, { waitUntil: 'load' });
				await page.evaluate(() => document.fonts.ready.then(() => undefined));
				const layout = await page.evaluate(() => {
					const bar = document.querySelector('.site-header .bar')!;
					const box = (el: Element) => el.getBoundingClientRect();
					const line = (el: Element) => {
						const r = box(el);
						return { h: r.height, lh: parseFloat(getComputedStyle(el).lineHeight) || 20 };
					};
					const items = [
						bar.querySelector('.brand')!,
						...bar.querySelectorAll('.nav a'),
						...bar.querySelectorAll('.tools > *'),
					];
					// Only what is drawn: the closed search dialog and scripts take no room.
					const rects = items
						.filter((el) => box(el).width > 0)
						.map((el) => ({
							text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
							left: box(el).left,
							right: box(el).right,
							top: box(el).top,
						}));
					return {
						scrollWidth: document.documentElement.scrollWidth,
						barRight: box(bar).right,
						barLeft: box(bar).left,
						// Text that wrapped is at least twice its line height (the brand and links).
						wrapped: [bar.querySelector('.brand')!, ...bar.querySelectorAll('.nav a span, .nav a')]
							.filter((el) => {
								const { h, lh } = line(el);
								return el.getClientRects().length > 0 && h > 1.6 * lh + 16;
							})
							.map((el) => el.textContent?.trim()),
						kbd: [...bar.querySelectorAll('kbd')].map((k) => box(k).height),
						rects,
					};
				});
				const where = `${lang} at ${width} px`;
				expect(layout.scrollWidth, `${where}: page width`).toBeLessThanOrEqual(width);
				expect(layout.wrapped, `${where}: wrapped labels`).toEqual([]);
				for (const h of layout.kbd) expect(h, `${where}: shortcut hint height`).toBeLessThan(30);
				// Left to right (or right to left in Arabic), no item overlaps the next one.
				const sorted = [...layout.rects].sort((a, b) => a.left - b.left);
				for (let i = 1; i < sorted.length; i++) {
					expect(
						sorted[i]!.left,
						`${where}: "${sorted[i]!.text}" overlaps "${sorted[i - 1]!.text}"`,
					).toBeGreaterThanOrEqual(sorted[i - 1]!.right - 0.5);
				}
				for (const r of layout.rects) {
					expect(r.right, `${where}: "${r.text}" past the bar`).toBeLessThanOrEqual(
						layout.barRight + 0.5,
					);
					expect(r.left, `${where}: "${r.text}" before the bar`).toBeGreaterThanOrEqual(
						layout.barLeft - 0.5,
					);
				}
				expect(checked.problems).toEqual([]);
			} finally {
				await checked.close();
			}
		}
	});
});
