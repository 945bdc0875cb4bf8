/**
 * The glossary's "used in" links come from the articles themselves: an article is listed under a
 * term exactly when one of its language versions links to the term's anchor. Read here from the
 * MDX files with node:fs, independently of the glossary's own import.meta.glob.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesUsing, articleSlugs, glossary } from '../../src/i18n/glossary.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

const ROOT = join(import.meta.dirname, '../../content/articles');
const bodies = localeCodes.flatMap((lang) =>
	readdirSync(join(ROOT, lang)).map((file) => ({
		slug: file.replace(/\.mdx$/, ''),
		lang,
		body: readFileSync(join(ROOT, lang, file), 'utf8'),
	})),
);

describe('glossary: where each term is used', () => {
	it('lists an article under a term exactly when the article links to it', () => {
		for (const term of glossary) {
			const listed = term.uses.flatMap((u) => ('article' in u ? [u.article] : []));
			const linking = articleSlugs.filter((slug) =>
				bodies.some(
					(b) => b.slug === slug && b.body.includes(`](/${b.lang}/glossary/#${term.id})`),
				),
			);
			expect(listed, term.id).toEqual(linking);
		}
	});

	it('PUE is listed under the GPT-3 article, which defines it, and FlashAttention under every article linking it', () => {
		const pue = glossary.find((g) => g.id === 'pue')!;
		expect(pue.uses).toContainEqual({ article: 'gpt-3-5-compute' });
		const flash = glossary.find((g) => g.id === 'flashattention')!;
		expect(flash.uses).toContainEqual({ article: 'nanogpt-run' });
		expect(flash.uses).toContainEqual({ article: 'gpt-2-one-gpu' });
	});

	it('does not take "#flops" for "#flop"', () => {
		const sources = { '/x/en/gpt-2-one-gpu.mdx': '[FLOP/s](/en/glossary/#flops)' };
		expect(articlesUsing('flop', sources)).toEqual([]);
		expect(articlesUsing('flops', sources)).toEqual([{ article: 'gpt-2-one-gpu' }]);
	});

	it('every term is used somewhere', () => {
		for (const term of glossary) expect(term.uses.length, term.id).toBeGreaterThan(0);
	});
});
