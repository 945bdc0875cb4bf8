import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';

const root = join(import.meta.dirname, '../../content/articles');
const slugsOf = (lang: string) =>
	readdirSync(join(root, lang))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''))
		.sort();
const read = (lang: string, slug: string) => readFileSync(join(root, lang, `${slug}.mdx`), 'utf8');

function split(source: string) {
	const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!m) throw new Error('no frontmatter');
	return { frontmatter: m[1]!, body: m[2]! };
}

/** Prose only: no import lines, no math, no JSX attributes. */
function prose(body: string): string {
	return body
		.split('\n')
		.filter((line) => !/^\s*(import|export)\s/.test(line))
		.join('\n')
		.replace(/\$\$[\s\S]*?\$\$/g, ' ')
		.replace(/\$[^$\n]*\$/g, ' ')
		.replace(/<[A-Z][\s\S]*?\/>/g, ' ');
}

const english = slugsOf('en');

describe('articles', () => {
	it('exist', () => {
		expect(english.length).toBeGreaterThan(0);
	});

	for (const lang of localeCodes) {
		it(`${lang}: every English article is translated, with no extra slugs`, () => {
			expect(slugsOf(lang)).toEqual(english);
		});
	}

	for (const slug of english) {
		for (const lang of localeCodes) {
			const { frontmatter, body } = split(read(lang, slug));

			it(`${lang}/${slug}: reading order and sources match English`, () => {
				const en = split(read('en', slug)).frontmatter;
				const order = (fm: string) => /^order:\s*(\d+)/m.exec(fm)?.[1];
				const urls = (fm: string) => [...fm.matchAll(/url:\s*(\S+)/g)].map((m) => m[1]);
				expect(order(frontmatter)).toBe(order(en));
				expect(urls(frontmatter)).toEqual(urls(en));
			});

			it(`${lang}/${slug}: no computed figure is typed into the prose`, () => {
				const text = prose(body);
				// scientific notation, grouped thousands, or decimals: these must come from <Num>
				const typed = text.match(
					/\d+(?:[.,]\d+)?\s?[×x]\s?10|\d[.,]?\d*e[+-]?\d{2}|\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+[.,]\d+/g,
				);
				expect(typed ?? []).toEqual([]);
			});
		}
	}
});
