import { pageLocale, type Locale } from '../i18n/index.ts';

/**
 * The locale to format a figure or label a calculator in: the main text's language (English for
 * an untranslated article), else the page's.
 */
export function contentLocale(astro: { currentLocale?: string; locals: App.Locals }): Locale {
	return astro.locals.contentLocale ?? pageLocale(astro.currentLocale);
}
