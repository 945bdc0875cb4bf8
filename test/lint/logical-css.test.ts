/**
 * CSS uses logical properties only (margin-inline-start, not margin-left), so Arabic mirrors
 * without special cases. Scans every .css file and every <style> block and style="" attribute of
 * .astro and .tsx files under src/, and lists each physical property as file:line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Property → the logical replacement to suggest. */
const PHYSICAL: [RegExp, string][] = [
	[
		/^(margin|padding|scroll-margin|scroll-padding)-(left|right)$/,
		'$1-inline-start / $1-inline-end',
	],
	[/^border-(left|right)(-(color|style|width))?$/, 'border-inline-start / border-inline-end'],
	[/^border-(top|bottom)-(left|right)-radius$/, 'border-start-start-radius etc.'],
	[/^(left|right)$/, 'inset-inline-start / inset-inline-end'],
	[/^inset-(left|right)$/, 'inset-inline-start / inset-inline-end'],
];
/** Properties whose value is physical when it says left or right. */
const PHYSICAL_VALUE = /^(text-align|float|clear|caption-side|resize)$/;
/** Box shorthands whose 4-value form sets left and right separately. */
const BOX_SHORTHAND =
	/^(margin|padding|inset|scroll-margin|scroll-padding|border-width|border-style|border-color)$/;

export type Finding = { line: number; text: string };

/** Physical properties in a piece of CSS; `firstLine` is the line the CSS starts on in its file. */
export function physicalProperties(css: string, firstLine = 1): Finding[] {
	// Blank out comments and strings, keeping newlines so line numbers stay right.
	const clean = css
		.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
		.replace(/(["'])(?:\\.|(?!\1)[^\\\n])*\1/g, (m) => m.replace(/[^\n]/g, ' '));
	const findings: Finding[] = [];
	// A declaration: a property name right after {, ; or the start of a line.
	for (const m of clean.matchAll(/(?<=^|[{;])\s*(-?[a-z][a-z-]*)\s*:\s*([^;{}]*)/gm)) {
		const property = m[1]!;
		const value = m[2]!.trim().replace(/\s*!important$/, '');
		// Skip selectors with pseudo-classes ("a:hover {"): a declaration never ends with "{".
		const after = clean.slice(m.index! + m[0].length, m.index! + m[0].length + 1);
		if (after === '{') continue;
		let problem: string | undefined;
		for (const [re, hint] of PHYSICAL) {
			if (re.test(property)) problem = `${property} (use ${property.replace(re, hint)})`;
		}
		if (PHYSICAL_VALUE.test(property) && /^(left|right)$/.test(value)) {
			problem = `${property}: ${value} (use ${value === 'left' ? 'start / inline-start' : 'end / inline-end'})`;
		}
		if (BOX_SHORTHAND.test(property)) {
			const parts = value.split(/\s+(?![^(]*\))/);
			if (parts.length === 4 && parts[1] !== parts[3]) {
				problem = `${property}: ${value} (different left and right: use ${property}-block / ${property}-inline)`;
			}
		}
		if (problem) {
			const line =
				firstLine + clean.slice(0, m.index! + m[0].indexOf(property)).split('\n').length - 1;
			findings.push({ line, text: problem });
		}
	}
	return findings;
}

/** CSS pieces of a source file with the line each starts on. */
export function cssBlocks(file: string, text: string): { css: string; line: number }[] {
	if (file.endsWith('.css')) return [{ css: text, line: 1 }];
	const blocks: { css: string; line: number }[] = [];
	const lineAt = (index: number) => text.slice(0, index).split('\n').length;
	for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
		const start = m.index! + m[0].indexOf('>') + 1;
		blocks.push({ css: m[1]!, line: lineAt(start) });
	}
	// style="…" attributes hold declarations too.
	for (const m of text.matchAll(/\sstyle=(["'])([^"']*)\1/g)) {
		blocks.push({ css: m[2]!, line: lineAt(m.index!) });
	}
	return blocks;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(css|astro|tsx)$/.test(entry.name) ? [path] : [];
	});
}

describe('the scanner', () => {
	it('finds physical properties and values, with their lines', () => {
		const css = [
			'.a { margin-left: 1rem; }',
			'.b {',
			'  padding-right: 0;',
			'  border-left-color: red;',
			'  left: 0;',
			'  text-align: right;',
			'  float: left !important;',
			'  margin: 0 1rem 0 2rem;',
			'  border-top-right-radius: 2px;',
			'}',
		].join('\n');
		expect(physicalProperties(css).map((f) => f.line)).toEqual([1, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('accepts logical properties, selectors and comments that mention left or right', () => {
		const css = [
			'/* margin-left: 0 is not used here */',
			'.left:hover, a:is(.right) { margin-inline-start: 1rem; inset-inline-end: 0; }',
			'.x { text-align: start; float: inline-start; margin: 0 1rem; padding: 1px 2px 3px 2px; }',
			'.y { content: "left: 0"; border-inline-start: 1px solid; }',
			'@media (min-width: 40rem) { .z { inset-block-start: 0; } }',
		].join('\n');
		expect(physicalProperties(css)).toEqual([]);
	});

	it('reads <style> blocks and style attributes of components, with file lines', () => {
		const astro = [
			'---',
			'const a = 1;',
			'---',
			'<div style="margin-right: 2px"></div>',
			'<style>',
			'  .c {',
			'    right: 0;',
			'  }',
			'</style>',
		].join('\n');
		const found = cssBlocks('x.astro', astro).flatMap((b) => physicalProperties(b.css, b.line));
		expect(found.map((f) => f.line).sort()).toEqual([4, 7]);
	});
});

describe('src/ uses logical CSS properties only', () => {
	it('no physical left/right property in .css files, <style> blocks or style attributes', () => {
		const files = sourceFiles(SRC);
		expect(files.some((f) => f.endsWith('.css'))).toBe(true);
		const findings = files.flatMap((file) => {
			const rel = relative(ROOT, file);
			return cssBlocks(file, readFileSync(file, 'utf8')).flatMap((block) =>
				physicalProperties(block.css, block.line).map((f) => `${rel}:${f.line}: ${f.text}`),
			);
		});
		expect(findings, findings.join('\n')).toEqual([]);
	});
});
