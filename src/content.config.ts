import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Articles live in content/articles/<lang>/<slug>.mdx, with the same slug in every language.
 * The entry id is "<lang>/<slug>".
 */
const articles = defineCollection({
	loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles' }),
	schema: z.object({
		title: z.string().min(1),
		description: z.string().min(20).max(200),
		/** Date of the last substantive change (YYYY-MM-DD). */
		updated: z.coerce.date(),
		/** Position in the reading order: prev/next links follow it. */
		order: z.number().int().nonnegative(),
		sources: z.array(z.object({ title: z.string().min(1), url: z.url() })).min(1),
	}),
});

export const collections = { articles };
