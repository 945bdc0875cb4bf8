/**
 * The glossary's data (src/i18n/glossary.ts): the anchor ids article writers link to, a term and
 * a definition in every language, and links only to known articles or methods sections.
 */
import { describe, expect, it } from 'vitest';
import {
	articleSlugs,
	glossary,
	methodsSections,
	type GlossaryTerm,
} from '../../src/i18n/glossary.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

/** The ids the articles link to: fixed by the brief, so renaming one breaks their links. */
const AGREED = [
	'flop',
	'flops',
	'parameter',
	'token',
	'context',
	'micro-batch',
	'gradient-accumulation',
	'mfu',
	'hfu',
	'dense-peak',
	'tensor-core',
	'mixed-precision',
	'optimizer-state',
	'recomputation',
	'flashattention',
	'zero',
	'chinchilla-optimal',
	'gpu-year',
	'pue',
];

describe('glossary', () => {
	it('has exactly the agreed anchor ids', () => {
		expect(glossary.map((g) => g.id)).toEqual(AGREED);
	});

	for (const lang of localeCodes) {
		it(`${lang}: every term has a name and a definition`, () => {
			for (const g of glossary) {
				expect(g[lang].term.trim(), g.id).not.toBe('');
				expect(g[lang].text.length, g.id).toBeGreaterThan(40);
			}
		});
	}

	it('each term links to where the site uses it: a known article or methods section', () => {
		for (const g of glossary as readonly GlossaryTerm[]) {
			expect(g.uses.length, g.id).toBeGreaterThan(0);
			for (const use of g.uses) {
				if ('article' in use) expect(articleSlugs, g.id).toContain(use.article);
				else expect(methodsSections, g.id).toContain(use.methods);
			}
		}
	});
});
