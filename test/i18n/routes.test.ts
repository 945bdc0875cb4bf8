import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import {
	articlePaths,
	localizedPath,
	neighbours,
	pathWithoutLocale,
	splitId,
} from '../../src/i18n/routes.ts';

const entry = (id: string, order: number) => ({ id, data: { order } });

describe('localized paths', () => {
	it('swaps only the locale segment', () => {
		expect(localizedPath('/fr/gpt-2-one-gpu/', 'ar')).toBe('/ar/gpt-2-one-gpu/');
		expect(localizedPath('/en/', 'hi')).toBe('/hi/');
		expect(localizedPath('/', 'fr')).toBe('/fr/');
		expect(pathWithoutLocale('/ar/benchmark/')).toBe('benchmark/');
	});
	it('does not mistake a slug that starts like a locale for one', () => {
		expect(localizedPath('/en/architecture/', 'fr')).toBe('/fr/architecture/');
	});
	it('splits collection ids', () => {
		expect(splitId('hi/nanogpt-run')).toEqual({ lang: 'hi', slug: 'nanogpt-run' });
	});
});

describe('article paths', () => {
	const entries = [
		entry('en/b', 2),
		entry('en/a', 1),
		entry('fr/a', 1),
		entry('ar/b', 2),
		// a translation without an English original is not published
		entry('hi/orphan', 3),
	];
	const paths = articlePaths(entries);

	it('builds every slug in every locale, in reading order', () => {
		expect(paths).toHaveLength(localeCodes.length * 2);
		for (const lang of localeCodes) {
			expect(paths.filter((p) => p.lang === lang).map((p) => p.slug)).toEqual(['a', 'b']);
		}
	});
	it('falls back to the English entry, marked untranslated, instead of a 404', () => {
		const hiA = paths.find((p) => p.lang === 'hi' && p.slug === 'a')!;
		expect(hiA.translated).toBe(false);
		expect(hiA.entry.id).toBe('en/a');
		const frA = paths.find((p) => p.lang === 'fr' && p.slug === 'a')!;
		expect(frA.translated).toBe(true);
		expect(frA.entry.id).toBe('fr/a');
		expect(paths.find((p) => p.lang === 'fr' && p.slug === 'b')!.translated).toBe(false);
	});
	it('gives neighbours in reading order', () => {
		expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ prev: 'a', next: 'c' });
		expect(neighbours(['a', 'b', 'c'], 'a')).toEqual({ prev: undefined, next: 'b' });
		expect(neighbours(['a'], 'zzz')).toEqual({});
	});
});
