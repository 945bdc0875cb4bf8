import { defineConfig } from 'vitest/config';
import { catalogPlugin } from './src/calculators/shared/catalog-plugin.ts';

// Three projects:
// - unit: core, data, format, i18n and content sources, in Node (no build needed);
// - islands: Preact components and SVG charts in happy-dom;
// - built: checks on dist/ and real-browser tests (run after `npm run build`).
export default defineConfig({
	test: {
		// `npm run test:unit` measures coverage of the core and the formatter (V8, no
		// instrumentation) and fails under these floors.
		coverage: {
			provider: 'v8',
			include: ['src/core/**/*.ts', 'src/format/**/*.ts', 'src/calculators/*/model.ts'],
			reporter: ['text-summary', 'text'],
			thresholds: {
				'src/core/**/*.ts': { lines: 95, statements: 95, functions: 95, branches: 90 },
				'src/format/**/*.ts': { lines: 95, statements: 95, functions: 95, branches: 90 },
			},
		},
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/{core,data,format,i18n,content,lint,bench,cli}/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
				// The islands import the catalogue from virtual:calculator-catalog.
				plugins: [catalogPlugin()],
				test: {
					name: 'islands',
					include: ['test/{islands,charts}/**/*.test.{ts,tsx}'],
					environment: 'happy-dom',
				},
			},
			{
				test: {
					name: 'built',
					include: ['test/dist/**/*.test.ts', 'test/e2e/**/*.test.ts'],
					// Fails at once without a build instead of skipping every suite.
					globalSetup: ['test/dist/global-setup.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
