/**
 * The site's languages: the single table every other file reads.
 * Adding a language = one line here, one strings file in src/i18n/, one folder of articles.
 */
export const locales = {
	en: { label: 'English', dir: 'ltr', intl: 'en' },
	fr: { label: 'Français', dir: 'ltr', intl: 'fr' },
	hi: { label: 'हिन्दी', dir: 'ltr', intl: 'hi' },
	ar: { label: 'العربية', dir: 'rtl', intl: 'ar' },
} as const satisfies Record<string, { label: string; dir: 'ltr' | 'rtl'; intl: string }>;

export type Locale = keyof typeof locales;

export const defaultLocale: Locale = 'en';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}
