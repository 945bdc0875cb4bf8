import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { typedFigures } from './typed-figures.ts';

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

const english = slugsOf('en');

describe('the typed-figure rule', () => {
	it('catches scientific notation, magnitude suffixes and numbers outside the allow-list', () => {
		const typed = (text: string) => typedFigures(text).length;
		expect(typed('GPT-3 needed 3.14 × 10²³ FLOP.')).toBeGreaterThan(0);
		expect(typed('about 3.14e23 FLOP')).toBeGreaterThan(0);
		expect(typed('GPT-2 has 124M parameters')).toBeGreaterThan(0);
		expect(typed('un modèle de 1.5 B paramètres')).toBeGreaterThan(0);
		expect(typed('environ 3 milliards de jetons')).toBeGreaterThan(0);
		expect(typed('a 312 TFLOP/s peak')).toBeGreaterThan(0);
		expect(typed('it reaches 0.36 % of the budget')).toBeGreaterThan(0);
		expect(typed('524,288 tokens per step')).toBeGreaterThan(0);
		expect(typed('a context of 1024 tokens')).toBeGreaterThan(0);
		expect(typed('१०२४ टोकन')).toBeGreaterThan(0);
		expect(typed('about 2.8 TB of weights and optimizer state')).toBeGreaterThan(0);
		expect(typed('more than 12.5 GB')).toBeGreaterThan(0);
		expect(typed('environ 2,8 To de poids')).toBeGreaterThan(0);
		expect(typed('une carte de 12 Go')).toBe(0);
	});

	it('allows names, references, years, small integers and list markers', () => {
		expect(
			typedFigures(
				[
					'1. On an RTX 4070 Ti or an A100, in FP32 or BF16, GPT-2 and GPT-3.5 differ.',
					'Brown et al. (2020), Table 2.1 and Appendix D; §5.1; Llama 3.1 405B and GPT-3 175B.',
					'At 16 bytes per parameter, 20 tokens per parameter, 8 GPUs and 90 % utilisation.',
					'A 12 GB card, an A100 80GB node, a year of 365 days; llm.c Discussion 677.',
					'Le tableau 2.1 ; <Num value={params} as="params" /> ; $6 \\times 10^{23}$ ; {x * 1000}',
				].join('\n'),
			),
		).toEqual([]);
	});
});

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
				// the rule and its allow-list: typed-figures.ts
				expect(typedFigures(body)).toEqual([]);
			});
		}
	}
});
