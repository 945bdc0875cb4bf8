import { describe, expect, it } from 'vitest';
import { dirOf, localeCodes, t } from '../../src/i18n/index.ts';

// The type check already fails on a missing key; this catches empty strings and leftovers
// copied from English into another locale.
function leaves(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const sameInEveryLanguage = new Set(['siteName', 'methods.fp32']);
// Words that are spelled the same in that language.
const sameWord: Record<string, string[]> = {
	fr: [
		'nav.articles',
		'nav.menu',
		'home.articlesHeading',
		'article.sources',
		'methods.source',
		'footer.license',
	],
};

describe('UI strings', () => {
	const en = Object.fromEntries(leaves(t('en')));
	for (const locale of localeCodes) {
		it(`${locale}: every string is non-empty and has the same keys as English`, () => {
			const own = Object.fromEntries(leaves(t(locale)));
			expect(Object.keys(own).sort()).toEqual(Object.keys(en).sort());
			for (const [key, value] of Object.entries(own)) expect(value.trim(), key).not.toBe('');
		});
		if (locale !== 'en') {
			it(`${locale}: strings are translated, not copied from English`, () => {
				const copied = leaves(t(locale))
					.filter(
						([key, value]) =>
							!sameInEveryLanguage.has(key) &&
							!(sameWord[locale] ?? []).includes(key) &&
							value === en[key],
					)
					.map(([key]) => key);
				expect(copied).toEqual([]);
			});
		}
	}
	it('Arabic is the only right-to-left locale', () => {
		expect(localeCodes.filter((l) => dirOf(l) === 'rtl')).toEqual(['ar']);
	});
});
