import { ar } from './ar.ts';
import { en, type UiStrings } from './en.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { defaultLocale, isLocale, locales, type Locale } from './locales.ts';

export type { UiStrings } from './en.ts';
export * from './locales.ts';

const strings: Record<Locale, UiStrings> = { en, fr, hi, ar };

/** The UI strings of a locale. */
export function t(locale: Locale): UiStrings {
	return strings[locale];
}

/** Text direction of a locale, from the locale table. */
export function dirOf(locale: Locale): 'ltr' | 'rtl' {
	return locales[locale].dir;
}

/** The locale of a page from Astro.currentLocale (falls back to the default). */
export function pageLocale(current: string | undefined): Locale {
	return isLocale(current) ? current : defaultLocale;
}

/**
 * UI strings of one feature (a calculator, the benchmark, a page), kept beside the feature in
 * their own module so features do not all edit en.ts. English sets the shape; the other
 * locales must match it key for key (a missing or extra key fails the type check).
 *
 *   export const benchStrings = defineStrings({ start: 'Start' }, { fr: { start: 'Lancer' }, … });
 *   benchStrings[locale].start
 */
export function defineStrings<T>(
	english: T,
	others: Record<Exclude<Locale, 'en'>, NoInfer<T>>,
): Record<Locale, T> {
	return { en: english, ...others };
}
