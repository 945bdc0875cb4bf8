/**
 * BUILD TIME ONLY: the Vite plugin behind `virtual:calculator-catalog`, the slim catalogue
 * (GPUs and models, English names) every calculator island imports. Serialized once from
 * catalog.ts at build time, it becomes one JavaScript chunk that a page loads once and the
 * browser caches across pages, instead of a copy in every island's props in the page's HTML.
 * astro.config.mjs registers it for the site, vitest.config.ts for the island tests; its type
 * is declared in catalog-module.d.ts. Islands import it through presets.ts.
 */
import { gpuOptions, modelOptions } from './catalog.ts';

export const CATALOG_MODULE = 'virtual:calculator-catalog';
const RESOLVED = `\0${CATALOG_MODULE}`;

export function catalogPlugin() {
	return {
		name: 'calculator-catalog',
		resolveId(id: string) {
			return id === CATALOG_MODULE ? RESOLVED : undefined;
		},
		load(id: string) {
			if (id !== RESOLVED) return undefined;
			return [
				`export const gpus = ${JSON.stringify(gpuOptions())};`,
				`export const models = ${JSON.stringify(modelOptions())};`,
			].join('\n');
		},
	};
}
