// @ts-check
// Lint: typescript-eslint's recommended rules everywhere, Astro's recommended rules for .astro
// files, and accessibility rules (jsx-a11y, through eslint-plugin-jsx-a11y-x) for .astro
// templates and Preact .tsx components. Formatting is Prettier's job (`prettier --check .`).
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import tseslint from 'typescript-eslint';

export default defineConfig([
	globalIgnores(['dist/', '.astro/', 'node_modules/', 'public/', 'screenshots/', 'test-results/']),
	tseslint.configs.recommended,
	astro.configs.recommended,
	// eslint-plugin-astro wraps the jsx-a11y rules for Astro templates (it finds jsx-a11y-x).
	{
		files: ['**/*.astro'],
		extends: [astro.configs['jsx-a11y-recommended']],
	},
	{
		files: ['**/*.tsx'],
		extends: [jsxA11y.configs.recommended],
		rules: {
			// role="list" on a list styled with list-style: none is deliberate: Safari/VoiceOver drops
			// list semantics otherwise.
			'jsx-a11y-x/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
		},
	},
	{
		files: ['**/*.astro'],
		rules: {
			'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
			// A wide table scrolls inside a role="region" that must take keyboard focus to be
			// scrollable without a mouse (axe: scrollable-region-focusable).
			'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
		},
	},
	{
		// Script blocks of .astro files (linted as virtual *.astro/N_N.ts files). <script is:inline>
		// ships as written, not bundled: the theme bootstrap keeps to ES5 and may use var.
		files: ['**/*.astro/*.js', '**/*.astro/*.ts'],
		rules: { 'no-var': 'off' },
	},
	{
		// The core's public API is src/core/index.ts: nothing else imports its files.
		files: ['**/*.{ts,tsx,astro,js,mjs}'],
		ignores: ['src/core/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)core/(?!index\\.ts$)[^/]+$',
							message: 'Import the core through src/core/index.ts only.',
						},
					],
				},
			],
		},
	},
	{
		// The core is a library with no dependencies: it imports nothing outside src/core.
		files: ['src/core/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?!\\./)',
							message: 'The core imports nothing outside src/core (no packages, no ../).',
						},
					],
				},
			],
		},
	},
	{
		rules: {
			// `_name` marks a parameter or binding that is intentionally unused.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
		},
	},
]);
