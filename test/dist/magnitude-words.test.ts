/**
 * How-estimates-work tells readers which magnitude words the site writes counts with; that must be
 * what the pages really write in their language (French Md and Bn, Hindi मिलियन, Arabic مليون),
 * not the English M / B / T. The expected words are the locale's own technical usage, written out
 * here (src/format/README.md, "Magnitude words"), not read from the formatter.
 */
import { describe, expect, it } from 'vitest';
import { distExists, listPages, readDoc } from './site.ts';

const WORDS = {
	en: ['k', 'M', 'B', 'T'],
	fr: ['k', 'M', 'Md', 'Bn'],
	hi: ['हज़ार', 'मिलियन', 'बिलियन', 'ट्रिलियन'],
	ar: ['ألف', 'مليون', 'مليار', 'تريليون'],
} as const;

const strip = (t: string) =>
	t.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ');

describe.skipIf(!distExists())('magnitude words', () => {
	for (const [lang, words] of Object.entries(WORDS)) {
		it(`${lang}: how-estimates-work names the words the ${lang} pages use`, () => {
			const page = listPages().find((p) => p.url === `/${lang}/how-estimates-work/`)!;
			const text = strip(readDoc(page.file).querySelector('main')?.textContent ?? '');
			for (const w of words) expect(text, w).toContain(`1 ${w}`);
			if (lang !== 'en') {
				// No sentence telling the reader the site writes the English letters.
				expect(text).not.toMatch(/\bB (pour|यानी|لل)/);
				// No count on the language's pages written with the English B or T.
				for (const p of listPages().filter((x) => x.locale === lang)) {
					for (const num of readDoc(p.file).querySelectorAll('main .num')) {
						expect(strip(num.textContent ?? ''), p.url).not.toMatch(/\d (B|T)$/);
					}
				}
			}
		});
	}
});
