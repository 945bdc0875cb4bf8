import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.ts';
import { cliStrings } from '../../src/cli/strings.ts';
import { localeCodes } from '../../src/i18n/index.ts';

// The type check fails on a missing key; this catches empty strings and English left in
// another language (as test/i18n/strings.test.ts does for the site's strings).
function leaves(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

// Words spelled the same in French, and names or symbols the same everywhere.
const same: Record<string, string[]> = {
	fr: [
		'options',
		'conventions',
		'label.attention',
		'label.activations',
		'label.gradients',
		'label.logits',
		'flopCount.attn',
	],
	all: ['label.mlp', 'label.gpu', 'label.co2'],
};

describe('the command line’s strings', () => {
	const en = Object.fromEntries(leaves(cliStrings.en));
	for (const locale of localeCodes.filter((l) => l !== 'en')) {
		it(`${locale}: every string is non-empty and translated`, () => {
			const own = leaves(cliStrings[locale]);
			expect(own.map(([k]) => k).sort()).toEqual(Object.keys(en).sort());
			const allowed = [...(same[locale] ?? []), ...same.all];
			const copied = own.filter(([k, v]) => v === en[k] && !allowed.includes(k)).map(([k]) => k);
			expect(copied).toEqual([]);
			for (const [k, v] of own) expect(v.trim(), k).not.toBe('');
		});
	}

	it('every command has a summary in every language and help for every option', () => {
		const described = new Set(Object.keys(cliStrings.en.option));
		for (const c of commands) {
			for (const locale of localeCodes) expect(c.summary[locale].trim(), c.name).not.toBe('');
			for (const name of Object.keys(c.options)) {
				const camel = name.replace(/-([a-z0-9])/g, (_, x: string) => x.toUpperCase());
				const own = c.optionHelp?.en?.[name];
				expect(own !== undefined || described.has(camel), `${c.name} --${name}`).toBe(true);
			}
		}
	});
});
