import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';
import { LOCALES, NATIVE_DIGITS } from '../helpers/text.ts';

const Original = Intl.NumberFormat;

afterEach(() => {
	Intl.NumberFormat = Original;
	vi.resetModules();
});

test('a browser whose ICU defaults Arabic and Hindi to native digits still shows 0-9', async () => {
	// Older ICU data (and some browsers) resolve plain `ar` to Arabic-Indic digits: simulate it.
	class NativeDigitsByDefault extends Original {
		constructor(locales?: string | string[], options?: Intl.NumberFormatOptions) {
			const tag = String(locales);
			const native = tag.startsWith('ar') ? 'arab' : tag.startsWith('hi') ? 'deva' : 'latn';
			super(locales, { numberingSystem: native, ...options });
		}
	}
	Intl.NumberFormat = NativeDigitsByDefault as typeof Intl.NumberFormat;
	// the simulation works: without the pin, digits are native
	expect(new Intl.NumberFormat('ar').format(123)).toBe('١٢٣');
	vi.resetModules();
	const format = await import('../../src/format/index.ts');
	for (const locale of LOCALES) {
		const outputs = [
			format.formatNumber(1.14e21, locale),
			format.formatNumber(491520, locale),
			format.formatPercent(0.256, locale),
			format.formatCurrency(4.6e6, locale),
			format.formatCurrency(4.6e6, locale, { compact: true }),
			format.formatFlopPerSecond(4.01e13, locale),
			format.formatParams(1.5e9, locale, { compact: true }),
			format.formatBytes(12 * 2 ** 30, locale, { system: 'binary' }),
			format.formatDuration(133_000, locale),
			format.formatDuration(133_920, locale, { compound: true }),
			format.formatTex(1.14e21, locale),
		];
		for (const text of outputs) expect(text).not.toMatch(NATIVE_DIGITS);
	}
});

test('one helper creates every NumberFormat: no other file in src/format constructs one', () => {
	const dir = new URL('../../src/format/', import.meta.url);
	const offenders = readdirSync(dir)
		.filter((name) => name.endsWith('.ts') && name !== 'intl.ts')
		.filter((name) => /Intl\.NumberFormat\s*\(/.test(readFileSync(new URL(name, dir), 'utf8')));
	expect(offenders).toEqual([]);
});

test('formatters are cached: the same options give the same instance', async () => {
	const { numberFormat } = await import('../../src/format/intl.ts');
	expect(numberFormat('fr', { maximumSignificantDigits: 3 })).toBe(
		numberFormat('fr', { maximumSignificantDigits: 3 }),
	);
	expect(numberFormat('fr', { maximumSignificantDigits: 3 })).not.toBe(
		numberFormat('hi', { maximumSignificantDigits: 3 }),
	);
	expect(numberFormat('ar').resolvedOptions().numberingSystem).toBe('latn');
	expect(numberFormat('hi').resolvedOptions().numberingSystem).toBe('latn');
});
