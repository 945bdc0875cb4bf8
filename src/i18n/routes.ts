import { defaultLocale, localeCodes, type Locale } from './locales.ts';

/** The part of a site path after the locale: "/fr/gpt-2-one-gpu/" → "gpt-2-one-gpu/". */
export function pathWithoutLocale(pathname: string): string {
	const parts = pathname.split('/').filter(Boolean);
	if (parts.length > 0 && (localeCodes as string[]).includes(parts[0]!)) parts.shift();
	return parts.length ? `${parts.join('/')}/` : '';
}

/** The same page in another locale: every page exists in every locale under the same path. */
export function localizedPath(pathname: string, locale: Locale): string {
	return `/${locale}/${pathWithoutLocale(pathname)}`;
}

type Entry = { id: string; data: { order: number } };

export type ArticlePath<E extends Entry> = {
	lang: Locale;
	slug: string;
	entry: E;
	/** false when the entry is the default-locale text shown in another locale's chrome. */
	translated: boolean;
};

/** Splits a collection id "fr/gpt-2-one-gpu" into its locale and slug. */
export function splitId(id: string): { lang: string; slug: string } {
	const [lang = '', ...rest] = id.split('/');
	return { lang, slug: rest.join('/') };
}

/**
 * Every (locale, slug) page to build. A slug exists when the default locale has it; a locale
 * without its own translation gets the default-locale entry, marked untranslated, so no link
 * ever leads to a 404.
 */
export function articlePaths<E extends Entry>(entries: readonly E[]): ArticlePath<E>[] {
	const byId = new Map(entries.map((e) => [e.id, e]));
	const slugs = entries
		.filter((e) => splitId(e.id).lang === defaultLocale)
		.sort((a, b) => a.data.order - b.data.order)
		.map((e) => splitId(e.id).slug);
	return localeCodes.flatMap((lang) =>
		slugs.map((slug) => {
			const own = byId.get(`${lang}/${slug}`);
			const entry = own ?? byId.get(`${defaultLocale}/${slug}`)!;
			return { lang, slug, entry, translated: own !== undefined };
		}),
	);
}

/** Reading order for one locale: previous and next slugs around `slug`. */
export function neighbours(
	orderedSlugs: readonly string[],
	slug: string,
): { prev?: string; next?: string } {
	const i = orderedSlugs.indexOf(slug);
	if (i < 0) return {};
	return { prev: orderedSlugs[i - 1], next: orderedSlugs[i + 1] };
}
