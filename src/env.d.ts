/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/**
		 * The language of the page's main text, when it differs from the chrome's: an article
		 * not yet translated is shown in English inside the localized page. Components that format
		 * figures or label calculators read it (see src/components/contentLocale.ts).
		 */
		contentLocale?: import('./i18n/locales.ts').Locale;
	}
}
