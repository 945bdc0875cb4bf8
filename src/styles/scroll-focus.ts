/**
 * Boxes that scroll sideways on a phone take keyboard focus, so a keyboard can scroll them
 * (axe: scrollable-region-focusable). global.css makes every table and display formula scroll
 * inside itself when it is wider than the screen; after the build, this gives each <table> and
 * KaTeX display block without a tabindex one, whichever component or article rendered it.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The page with tabindex="0" on every table and display formula that has no tabindex. */
export function focusableScrollers(html: string): string {
	return html
		.replace(
			/<table(?![^>]*\btabindex=)(\s[^>]*)?>/g,
			(_, attrs = '') => `<table tabindex="0"${attrs}>`,
		)
		.replace(
			/<span class="katex-display"(?![^>]*\btabindex=)/g,
			'<span class="katex-display" tabindex="0"',
		);
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

export default function scrollFocus(): AstroIntegration {
	return {
		name: 'scroll-focus',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of walk(fileURLToPath(dir)).filter((f) => f.endsWith('.html'))) {
					const html = readFileSync(file, 'utf8');
					const fixed = focusableScrollers(html);
					if (fixed !== html) writeFileSync(file, fixed);
				}
			},
		},
	};
}
