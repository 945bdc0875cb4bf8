/**
 * Screenshots of the built site for a human to look at: the home page and the first article in
 * English and Arabic, light and dark, at 1280 and 360 CSS pixels wide, into screenshots/.
 *
 *   npm run build
 *   PATH=$PWD/node_modules/.bin:$PATH node test/e2e/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distExists, listPages } from '../dist/site.ts';
import { CHROMIUM, hasChromium, launchBrowser, openPage, pool, startServer } from './browser.ts';

const OUT = resolve(import.meta.dirname, '../../screenshots');
const langs = ['en', 'ar'];
const schemes = ['light', 'dark'] as const;
const widths = [1280, 360];

if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first');
if (!hasChromium)
	throw new Error(
		`Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\``,
	);

const pages = listPages();
const targets = langs.flatMap((lang) => {
	const article = pages.find((p) => p.locale === lang && p.kind === 'article');
	return [
		{ name: `${lang}-home`, url: `/${lang}/` },
		...(article ? [{ name: `${lang}-article`, url: article.url }] : []),
	];
});
const shots = targets.flatMap((t) =>
	schemes.flatMap((colorScheme) => widths.map((width) => ({ ...t, colorScheme, width }))),
);

mkdirSync(OUT, { recursive: true });
const [browser, server] = await Promise.all([launchBrowser(), startServer()]);
try {
	await pool(shots, 4, async ({ name, url, colorScheme, width }) => {
		const checked = await openPage(browser, server, {
			colorScheme,
			viewport: { width, height: 900 },
			deviceScaleFactor: 1,
		});
		try {
			await checked.page.goto(url, { waitUntil: 'networkidle' });
			await checked.page.evaluate(() => document.fonts.ready);
			const file = join(OUT, `${name}-${colorScheme}-${width}.png`);
			await checked.page.screenshot({ path: file, fullPage: true });
			const problems = checked.problems.length ? `  PROBLEMS: ${checked.problems.join('; ')}` : '';
			console.log(`${file}  (${url})${problems}`);
		} finally {
			await checked.close();
		}
	});
} finally {
	await browser.close();
	await server.close();
}
