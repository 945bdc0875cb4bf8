/**
 * The calculators' own UI strings (src/i18n/calculators): every locale has every key, nothing is
 * empty, placeholders ({time}, {mfu}…) survive translation, and French hints never list
 * examples with a comma (the French decimal separator).
 */
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/index.ts';
import { budgetStrings } from '../../src/i18n/calculators/budget.ts';
import { commonStrings } from '../../src/i18n/calculators/common.ts';
import { optimalStrings } from '../../src/i18n/calculators/optimal.ts';
import { pageStrings } from '../../src/i18n/calculators/pages.ts';
import { planStrings } from '../../src/i18n/calculators/plan.ts';
import { trainStrings } from '../../src/i18n/calculators/train.ts';

function leaves(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const modules = {
	common: commonStrings,
	train: trainStrings,
	budget: budgetStrings,
	plan: planStrings,
	optimal: optimalStrings,
	pages: pageStrings,
};

describe('calculator strings', () => {
	for (const [name, strings] of Object.entries(modules)) {
		const en = Object.fromEntries(leaves(strings.en));
		for (const locale of localeCodes) {
			it(`${name}, ${locale}: same keys as English, none empty, same placeholders`, () => {
				const own = Object.fromEntries(leaves(strings[locale]));
				expect(Object.keys(own).sort()).toEqual(Object.keys(en).sort());
				for (const [key, value] of Object.entries(own)) {
					expect(value.trim(), key).not.toBe('');
					expect(placeholders(value), `${name}.${key} (${locale})`).toEqual(placeholders(en[key]));
				}
			});
		}
		it(`${name}: most strings are translated, not copied from English`, () => {
			for (const locale of ['fr', 'hi', 'ar'] as const) {
				const own = leaves(strings[locale]);
				const copied = own.filter(
					([key, value]) => value === en[key] && /[a-z]{4,} [a-z]{4,}/.test(value),
				);
				expect(
					copied.map(([key]) => key),
					locale,
				).toEqual([]);
			}
		});
	}

	it('French example lists use “ ; ”, never a comma (1,5 is a number in French)', () => {
		expect(commonStrings.fr.numberHint).toBe('p. ex. 124 M ; 1,5 Md ; 3e11');
		expect(commonStrings.fr.notANumber).not.toMatch(/\d, \d/);
	});
});
