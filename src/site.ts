/**
 * Facts about the site set in one place: where its source lives, and the pages every page
 * links to (header navigation and footer). Components read this; nothing else repeats it.
 */
import type { Locale } from './i18n/locales.ts';

/**
 * The public repository of the site's source. A placeholder until the project is published:
 * change it here and every link (footer, about page) follows.
 */
export const repositoryUrl = 'https://github.com/can-i-train-it/can-i-train-it';

/** Where readers report a wrong figure: the repository's issue tracker. */
export const issuesUrl = `${repositoryUrl}/issues`;

/** The licence text in the repository (MIT for code, CC BY 4.0 for article text). */
export const licenseUrl = `${repositoryUrl}/blob/main/LICENSE`;

/** A link label's key in the `nav` section of the UI strings (src/i18n/<lang>.ts). */
export type NavKey = 'articles' | 'calculators' | 'benchmark' | 'methods' | 'glossary' | 'about';

export type NavEntry = {
	key: NavKey;
	/** Path after /<lang>/ ("methods/"), or a fragment of the home page ("#articles"). */
	path: string;
	/** Shown in the header bar (on a phone: inside its menu). */
	header: boolean;
	/** Shown in the footer. */
	footer: boolean;
};

/**
 * Every internal page link of the header and footer, in order. Add a page here (and its label
 * under `nav` in each strings file) and it appears everywhere. Link only to pages that exist:
 * the link checks in test/ fail otherwise.
 */
export const navigation: readonly NavEntry[] = [
	{ key: 'articles', path: '#articles', header: true, footer: false },
	{ key: 'calculators', path: 'calculators/', header: true, footer: true },
	{ key: 'benchmark', path: 'benchmark/', header: true, footer: false },
	{ key: 'methods', path: 'methods/', header: true, footer: true },
	{ key: 'glossary', path: 'glossary/', header: true, footer: true },
	{ key: 'about', path: 'about/', header: true, footer: true },
];

/** The href of a navigation entry in a locale: "/fr/methods/", "/fr/#articles". */
export function navHref(entry: NavEntry, lang: Locale): string {
	return `/${lang}/${entry.path}`;
}
