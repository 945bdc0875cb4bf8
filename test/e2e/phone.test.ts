/**
 * The site on a 360 px phone, in every language (every page's header height, width and axe with
 * all rules at 360 px are checked in pages.test.ts): the menus open, show every entry on screen,
 * and close on Escape (focus back on their button) and when focus leaves them. Without
 * JavaScript the theme toggle, which could not work, is not shown. Printing from dark mode
 * prints dark text and says which page it is.
 */
import { describe, it } from 'vitest';
import { listPages, localeCodes } from '../dist/site.ts';
import { browserSuite, openPage } from './harness.ts';

const PHONE = { width: 360, height: 800 };

browserSuite('on a 360 px phone', (env) => {
	describe.concurrent.each(localeCodes)('%s', (lang) => {
		it('the menus show every entry on screen and close on Escape and when focus leaves', async ({
			expect,
		}) => {
			const checked = await openPage(env.browser, env.server, { viewport: PHONE });
			try {
				const { page } = checked;
				await page.goto(`/${lang}/`);
				for (const selector of ['header .nav-menu', 'header .language-picker']) {
					const menu = page.locator(selector);
					const button = menu.locator('summary');
					const isOpen = () => menu.evaluate((d: HTMLDetailsElement) => d.open);

					await button.click();
					expect(await isOpen(), `${selector} opens`).toBe(true);
					const boxes = await menu
						.locator('a')
						.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON()));
					expect(boxes.length).toBeGreaterThan(1);
					for (const box of boxes) {
						expect(box.left, `${selector}: an entry off screen`).toBeGreaterThanOrEqual(0);
						expect(box.right, `${selector}: an entry off screen`).toBeLessThanOrEqual(PHONE.width);
					}
					// Escape closes it and puts focus back on its button.
					await menu.locator('a').first().focus();
					await page.keyboard.press('Escape');
					expect(await isOpen(), `${selector} closes on Escape`).toBe(false);
					expect(
						await button.evaluate((el) => el === document.activeElement),
						'focus returns to the menu button',
					).toBe(true);

					// Tabbing out of the last entry closes it.
					await button.click();
					expect(await isOpen()).toBe(true);
					await menu.locator('a').last().focus();
					await page.keyboard.press('Tab');
					expect(await isOpen(), `${selector} closes when focus leaves`).toBe(false);
				}
				expect(checked.problems).toEqual([]);
			} finally {
				await checked.close();
			}
		});

		it('the language names line up on one side, whatever their direction', async ({ expect }) => {
			const checked = await openPage(env.browser, env.server, { viewport: PHONE });
			try {
				const { page } = checked;
				await page.goto(`/${lang}/`);
				await page.locator('header .language-picker summary').click();
				const edges = await page
					.locator('header .language-picker a > [lang]')
					.evaluateAll((names) =>
						names.map((n) => {
							const box = n.getBoundingClientRect();
							const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
							return Math.round(rtl ? box.right : box.left);
						}),
					);
				expect(edges.length).toBe(localeCodes.length);
				expect(new Set(edges).size, `start edges ${edges.join(', ')}`).toBe(1);
			} finally {
				await checked.close();
			}
		});
	});

	it('without JavaScript, the theme toggle is not shown and the menus still open', async ({
		expect,
	}) => {
		const checked = await openPage(env.browser, env.server, {
			viewport: PHONE,
			javaScriptEnabled: false,
		});
		try {
			const { page } = checked;
			await page.goto('/fr/');
			expect(await page.locator('header [data-theme-toggle]').isVisible()).toBe(false);
			// The quick answer says it needs JavaScript (with JavaScript that note is hidden from
			// the first paint, so hydration does not move the form).
			expect(await page.locator('.calc-nojs').first().isVisible()).toBe(true);
			await page.locator('header .nav-menu summary').click();
			expect(await page.locator('header .nav-menu a').first().isVisible()).toBe(true);
		} finally {
			await checked.close();
		}
	});

	it.for(['light', 'dark'] as const)(
		'with JavaScript, the theme toggle shows one icon, centred in the button (%s)',
		async (colorScheme, { expect }) => {
			const checked = await openPage(env.browser, env.server, { viewport: PHONE, colorScheme });
			try {
				const { page } = checked;
				await page.goto('/en/');
				const toggle = page.locator('header [data-theme-toggle]');
				expect(await toggle.isVisible()).toBe(true);
				const icons = await toggle.evaluate((button) => {
					const b = button.getBoundingClientRect();
					return [...button.querySelectorAll('svg')]
						.filter((s) => s.getClientRects().length > 0)
						.map((icon) => {
							const i = icon.getBoundingClientRect();
							return {
								x: i.left + i.width / 2 - (b.left + b.width / 2),
								y: i.top + i.height / 2 - (b.top + b.height / 2),
							};
						});
				});
				expect(icons.length, 'icons shown').toBe(1);
				expect(Math.abs(icons[0]!.x), 'horizontal offset of the icon').toBeLessThanOrEqual(1);
				expect(Math.abs(icons[0]!.y), 'vertical offset of the icon').toBeLessThanOrEqual(1);
			} finally {
				await checked.close();
			}
		},
	);

	it('printing from dark mode: dark text on paper, and the site name and page address', async ({
		expect,
	}) => {
		const checked = await openPage(env.browser, env.server, { colorScheme: 'dark' });
		try {
			const { page } = checked;
			const article = listPages().find((p) => p.locale === 'en' && p.kind === 'article')!;
			await page.goto(article.url);
			await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
			const source = page.locator('.print-source');
			expect(await source.isVisible()).toBe(true);
			expect(await source.textContent()).toContain('Can I Train It?');
			expect(await source.textContent()).toContain(article.url);
			// Every text colour, inputs included, is dark enough to read on white.
			const light = await page.evaluate(() => {
				const luminance = (color: string) => {
					const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
					return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
				};
				return [...document.querySelectorAll('main p, main input, main output, main td')]
					.map((el) => ({ el: el.outerHTML.slice(0, 80), color: getComputedStyle(el).color }))
					.filter(({ color }) => luminance(color) > 0.5);
			});
			expect(light, 'pale text in print').toEqual([]);
		} finally {
			await checked.close();
		}
	});
});
