/**
 * Every inline <style> of a built page is allowed by that page's Content-Security-Policy.
 *
 * astro.config.mjs inlines each page's CSS (no render-blocking request), and Astro hashes the
 * styles it bundles into the CSP <meta>, but not the CSS an MDX article brings with it (a
 * component's stylesheet propagated from the content collection): inlined, the browser would
 * block it. After the build, this adds the hash of any inline style the policy lacks.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

/** The page with a hash in style-src for each inline <style> it has and the policy lacks. */
export function allowInlineStyles(html: string): string {
	const policy = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/.exec(html);
	if (!policy) return html;
	const missing = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
		.map((m) => hashOf(m[1]!))
		.filter((hash, i, all) => !policy[2]!.includes(hash) && all.indexOf(hash) === i);
	if (missing.length === 0) return html;
	const content = policy[2]!.replace(/(style-src 'self')/, `$1 ${missing.join(' ')}`);
	return html.replace(policy[0], `${policy[1]}${content}${policy[3]}`);
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

export default function cspStyleHashes(): AstroIntegration {
	return {
		name: 'csp-style-hashes',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				let fixed = 0;
				for (const file of walk(fileURLToPath(dir)).filter((f) => f.endsWith('.html'))) {
					const html = readFileSync(file, 'utf8');
					const allowed = allowInlineStyles(html);
					if (allowed !== html) {
						writeFileSync(file, allowed);
						fixed++;
					}
				}
				if (fixed) logger.info(`hashed inline styles Astro had left out, in ${fixed} page(s)`);
			},
		},
	};
}
