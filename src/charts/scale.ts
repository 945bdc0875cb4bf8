/**
 * Pure helpers for the SVG charts: scales (linear and log), ticks, and tick labels. No DOM, no
 * Preact: unit-tested in Node (test/charts).
 */
import type { Locale } from '../i18n/locales.ts';
import { formatNumber, superscript } from '../format/index.ts';

/** A map from data values to SVG coordinates, with its ticks. */
export type Scale = {
	readonly domain: readonly [number, number];
	readonly range: readonly [number, number];
	readonly log: boolean;
	/** Data value → coordinate; clamps to the range (a bar never leaves the plot). */
	(value: number): number;
};

/** Whether every value can sit on a log axis (finite and above zero). */
export const loggable = (value: number): boolean => Number.isFinite(value) && value > 0;

/** floor(log10(x)) computed without the float slip of Math.log10(1e-3) = -2.9999999999999996. */
export function decadeFloor(x: number): number {
	let e = Math.floor(Math.log10(x));
	if (10 ** (e + 1) <= x) e += 1;
	else if (10 ** e > x) e -= 1;
	return e;
}

/** ceil(log10(x)), exact for powers of ten. */
export function decadeCeil(x: number): number {
	const e = decadeFloor(x);
	return 10 ** e === x ? e : e + 1;
}

/**
 * The decades that cover `values` (all > 0): [10^lo, 10^hi] with lo < hi. A single value, or
 * values within one decade, still get a decade of room.
 */
export function logDomain(values: readonly number[]): [number, number] {
	const ok = values.filter(loggable);
	if (ok.length === 0) return [1, 10];
	const lo = decadeFloor(Math.min(...ok));
	let hi = decadeCeil(Math.max(...ok));
	if (hi <= lo) hi = lo + 1;
	return [10 ** lo, 10 ** hi];
}

/**
 * Decade ticks (as exponents) between two powers of ten, thinned to at most `max` ticks by
 * stepping 2, 3, 5… decades, always keeping the first.
 */
export function decadeTicks(domain: readonly [number, number], max = 7): number[] {
	const lo = decadeFloor(domain[0]);
	const hi = decadeFloor(domain[1]);
	const span = hi - lo;
	const step = [1, 2, 3, 5, 10, 20, 50, 100].find((s) => Math.floor(span / s) + 1 <= max) ?? 100;
	const ticks: number[] = [];
	for (let e = lo; e <= hi; e += step) ticks.push(e);
	return ticks;
}

/** "10²¹", "10⁻³", "10⁰": a decade tick label with real superscripts. */
export function decadeLabel(exponent: number): string {
	return `10${superscript(exponent)}`;
}

/** A round step (1, 2 or 5 × 10^k) giving about `count` intervals over `span`. */
export function niceStep(span: number, count = 5): number {
	if (!(span > 0) || !Number.isFinite(span)) return 1;
	const raw = span / count;
	const e = decadeFloor(raw);
	const base = 10 ** e;
	const m = raw / base;
	const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
	return nice * base;
}

/** [0 or min, max] widened to whole steps, for a linear axis. */
export function linearDomain(values: readonly number[], fromZero = true): [number, number] {
	const ok = values.filter(Number.isFinite);
	if (ok.length === 0) return [0, 1];
	const lo = fromZero ? Math.min(0, ...ok) : Math.min(...ok);
	const hi = Math.max(...ok);
	if (hi === lo) return lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi) || 1];
	const step = niceStep(hi - lo);
	return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/** Round-number ticks across a linear domain. */
export function linearTicks(domain: readonly [number, number], count = 5): number[] {
	const step = niceStep(domain[1] - domain[0], count);
	const ticks: number[] = [];
	const first = Math.ceil(domain[0] / step - 1e-9);
	for (let k = first; k * step <= domain[1] * (1 + 1e-9) + 1e-12; k += 1) {
		// k * step, not repeated addition, so 0.1 + 0.2 never shows up as 0.30000000000000004.
		ticks.push(Number((k * step).toPrecision(12)));
		if (ticks.length > 50) break;
	}
	return ticks;
}

/** A linear or log scale from `domain` to `range`, clamped. */
export function makeScale(
	domain: readonly [number, number],
	range: readonly [number, number],
	log = false,
): Scale {
	const [d0, d1] = log ? [Math.log10(domain[0]), Math.log10(domain[1])] : domain;
	const [r0, r1] = range;
	const width = d1 - d0 || 1;
	const f = (value: number): number => {
		const v = log ? (value > 0 ? Math.log10(value) : d0) : value;
		const t = Math.min(1, Math.max(0, (v - d0) / width));
		const out = r0 + t * (r1 - r0);
		return Number.isFinite(out) ? out : r0;
	};
	return Object.assign(f, { domain: [domain[0], domain[1]] as const, range, log });
}

/** Ticks of a scale, with their labels: decades for log, round numbers for linear. */
export function ticksOf(
	scale: Scale,
	locale: Locale,
	format?: (value: number) => string,
	count = 5,
): { value: number; label: string }[] {
	if (scale.log) {
		return decadeTicks(scale.domain, count + 2).map((e) => ({
			value: 10 ** e,
			label: decadeLabel(e),
		}));
	}
	return linearTicks(scale.domain, count).map((value) => ({
		value,
		label: format ? format(value) : formatNumber(value, locale),
	}));
}
