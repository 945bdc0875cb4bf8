/** Shared by the format tests. */
import type { Locale } from '../../src/i18n/locales.ts';

export const LOCALES: readonly Locale[] = ['en', 'fr', 'hi', 'ar'];

/**
 * Writes expected strings legibly: "_" stands for U+00A0 (no-break space) and "~" for U+202F
 * (narrow no-break space, French digit grouping).
 */
export const t = (s: string): string => s.replaceAll('_', '\u00a0').replaceAll('~', '\u202f');

/** The invisible bidi marks Intl's Arabic output may contain (LRM, RLM, ALM). */
export const BIDI = /[\u200e\u200f\u061c]/g;

/** Output without bidi marks, for comparisons that should not depend on them. */
export const unmarked = (s: string): string => s.replace(BIDI, '');

/** Every kind of space as U+0020, for comparing words where the space kind is Intl's choice. */
export const spaced = (s: string): string => unmarked(s).replace(/[\u00a0\u202f\u2009]/g, ' ');

/** Arabic-Indic, Extended Arabic-Indic and Devanagari digits: none may appear in any output. */
export const NATIVE_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/;
