/**
 * Locale-aware number formatting for en, fr, hi and ar: the only way numbers reach a page.
 * Used at build time (Node) and in islands (browser) alike; Intl underneath, Latin digits
 * pinned (see intl.ts). Decisions are written up in README.md next to this file.
 */
export { NBSP, NNBSP } from './intl.ts';
export { superscript } from './superscript.ts';
export {
	formatCurrency,
	formatNumber,
	formatPercent,
	formatPlain,
	formatTex,
	joinParts,
	numberParts,
} from './number.ts';
export type { CurrencyOptions, NumberOptions, NumberParts } from './number.ts';
export {
	byteUnit,
	formatBandwidth,
	formatBytes,
	formatCO2,
	formatEnergy,
	formatFlop,
	formatFlopPerSecond,
	formatParams,
	formatPower,
	formatSI,
} from './units.ts';
export type {
	ByteUnit,
	BytesOptions,
	ParamsOptions,
	SIOptions,
	SIPrefix,
	UnitOptions,
} from './units.ts';
export { figureRuns, hasRtlWord } from './bidi.ts';
export type { FigureRun } from './bidi.ts';
export { formatDuration } from './duration.ts';
export type { DurationOptions } from './duration.ts';
export { parseQuantity } from './parse.ts';
export type { ParseOptions } from './parse.ts';
