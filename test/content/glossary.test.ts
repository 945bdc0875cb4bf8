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
import { publishedRunById } from '../../src/data/index.ts';
import { realityRow } from '../../src/figures/methods.ts';

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

describe('the MFU entry states the range published runs span', () => {
	// "from about a fifth (GPT-3) to just under half (PaLM)": GPT-3's MFU implied by Patterson et
	// al. 2021 (10,000 V100s, 14.8 days) and PaLM's published 46.2 % (Chowdhery et al. 2022,
	// Table 3). It said "well under half", which PaLM contradicts.
	it('GPT-3 is about a fifth, PaLM just under half', () => {
		const gpt3 = realityRow('gpt3-175b-patterson-estimate').impliedMfu!;
		expect(gpt3).toBeGreaterThan(0.17);
		expect(gpt3).toBeLessThan(0.23);
		const palm = publishedRunById('palm-540b-training').mfu!;
		expect(palm).toBeGreaterThan(0.4);
		expect(palm).toBeLessThan(0.5);
		const mfu = glossary.find((g) => g.id === 'mfu')!;
		expect(mfu.en.text).toMatch(/about a fifth \(GPT-3\) to just under half \(PaLM\)/);
		expect(mfu.en.text).not.toMatch(/well under half/);
	});
});
