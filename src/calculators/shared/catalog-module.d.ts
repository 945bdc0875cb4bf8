/** The slim catalogue catalog-plugin.ts serializes at build time (import it via presets.ts). */
declare module 'virtual:calculator-catalog' {
	import type { GpuOption, ModelOption } from './options.ts';
	export const gpus: readonly GpuOption[];
	export const models: readonly ModelOption[];
}
