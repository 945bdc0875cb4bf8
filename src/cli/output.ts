/**
 * What a sub-command returns, and its two renderings: a short table in the chosen language
 * (figures formatted by src/format exactly as on the site) with the conventions named, or one
 * JSON document whose keys spell their SI units (`flop`, `flopPerSecond`, `bytes`, `seconds`)
 * and which echoes the inputs.
 */
import {
	formatBytes,
	formatCurrency,
	formatDuration,
	formatFlop,
	formatFlopPerSecond,
	formatNumber,
	formatParams,
	formatPercent,
	formatPlain,
} from '../format/index.ts';
import type { Locale } from '../i18n/index.ts';

export type Row = { label: string; value: string };

export type Report = {
	/** The inputs as resolved (defaults filled in), SI units in the keys. */
	inputs: Record<string, unknown>;
	/** The results, SI units in the keys. */
	results: Record<string, unknown>;
	/** The conventions the results depend on, as data. */
	conventions: Record<string, unknown>;
	/** The human table. */
	rows: Row[];
	/** The conventions, worded. */
	notes: string[];
};

/** The table: labels padded to one width, then the conventions. */
export function renderTable(report: Report, conventionsHeading: string): string {
	const width = Math.max(...report.rows.map((r) => [...r.label].length));
	const lines = report.rows.map(
		(r) => `${r.label.padEnd(width + (r.label.length - [...r.label].length))}  ${r.value}`,
	);
	if (report.notes.length) {
		lines.push('', `${conventionsHeading}:`, ...report.notes.map((n) => `  - ${n}`));
	}
	return `${lines.join('\n')}\n`;
}

export function renderJson(command: string, report: Report): string {
	const { inputs, results, conventions } = report;
	return `${JSON.stringify({ command, inputs, results, conventions }, null, 2)}\n`;
}

/** Formatters for one locale, as the site's calculators show their figures. */
export function formatters(locale: Locale) {
	return {
		number: (x: number) => formatNumber(x, locale),
		plain: (x: number) => formatPlain(x, locale),
		/** "124,439,808 (124 M)". */
		count: (x: number) => `${formatPlain(x, locale)} (${formatParams(x, locale)})`,
		/** An estimated count: "4.04 × 10¹⁰ (40.4 B)". */
		approx: (x: number) => `${formatNumber(x, locale)} (${formatParams(x, locale)})`,
		/** "3.14 × 10²³ FLOP (314 ZFLOP)", as the site's flopsText. */
		flop: (x: number) => `${formatNumber(x, locale)} FLOP (${formatFlop(x, locale)})`,
		rate: (x: number) => formatFlopPerSecond(x, locale),
		bytes: (x: number) => formatBytes(x, locale, { system: 'binary' }),
		time: (s: number) => formatDuration(s, locale),
		percent: (x: number) => formatPercent(x, locale),
		usd: (x: number) => formatCurrency(x, locale, { currency: 'USD' }),
	};
}
export type Formatters = ReturnType<typeof formatters>;
