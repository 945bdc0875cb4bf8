/**
 * Fills {name} placeholders of the benchmark's strings: fillTemplate('{a} of {b}', { a: '1', b: '2' })
 * → '1 of 2'. Kept apart from src/i18n/benchmark.ts so the island does not bundle every language.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * A value kept whole inside text of either direction (U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE): "1.86 EFLOP" keeps its order in Arabic, and a duration in Arabic words
 * ("43.5 سنة") reads right to left as it should.
 */
export function isolate(text: string): string {
	return `\u2068${text}\u2069`;
}
