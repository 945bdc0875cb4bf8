/**
 * Fills {name} placeholders of the benchmark's strings: fillTemplate('{a} of {b}', { a: '1', b: '2' })
 * → '1 of 2'. Kept apart from benchStrings.ts so the island does not bundle every language.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
