/**
 * Input checking shared by every function of the core (and by src/format through the core's
 * index): one error type, clear messages, and no way for any JavaScript value to slip through.
 *
 * The contract (README.md, "Errors"): given any value in any argument, a function returns finite
 * numbers or throws `EstimateError` whose `field` names the input and whose message a reader can
 * act on. Messages describe values with `describeValue`, which never throws (a symbol, a bigint,
 * an object without a prototype) and never writes "NaN", "Infinity" or "undefined".
 */
import type { Limit } from './limits.ts';

/**
 * What kind of problem an EstimateError is, for a page to word it in its own language (the
 * message is English). The helpers below set it; a throw written by hand names its own or gets
 * 'invalid'.
 */
export type ErrorCode =
	| 'invalid'
	| 'not-an-object'
	/** Not a number, not whole, or below the range's minimum. */
	| 'out-of-range'
	/** A number above the range's maximum. */
	| 'above-max'
	| 'not-allowed'
	| 'not-a-flag'
	/** A value or a result that overflowed (Infinity). */
	| 'too-large'
	| 'result-above-limit'
	| 'result-below-limit'
	/** One input must divide another (heads and kvHeads, gradAccum and devices). */
	| 'not-a-multiple'
	/** The inputs describe more than 100 % of a device's peak. */
	| 'impossible'
	/** A duration beyond what any estimate here is meant for. */
	| 'too-long';

export class EstimateError extends Error {
	/** The input the message is about (e.g. "tokens"), so a form can show it next to that field. */
	readonly field: string;
	readonly code: ErrorCode;
	constructor(message: string, field: string, code: ErrorCode = 'invalid') {
		super(String(message));
		this.name = 'EstimateError';
		this.field = String(field);
		this.code = code;
	}
}

/** Words no message or output may contain: they mean a value escaped its checks. */
export const LEAKED = /NaN|Infinity|undefined/;

/**
 * A finite number for a message: "3", "0.25", "1e+15" (JavaScript's own shortest form, 4
 * significant digits at most). Non-finite values are described in words.
 */
export function showNumber(x: number): string {
	if (typeof x !== 'number') return describeValue(x);
	if (Number.isNaN(x)) return 'not a number';
	if (!Number.isFinite(x)) return x > 0 ? 'too large to compute' : 'too far below zero';
	if (Number.isInteger(x) && Math.abs(x) < 1e21) return String(x + 0);
	// toPrecision never rounds to Infinity (Number(1.7976e308.toPrecision(4)) would)
	const [mantissa, exponent] = x.toPrecision(4).split('e');
	const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
	return exponent === undefined ? trimmed : `${trimmed}e${exponent}`;
}

/** Any JavaScript value, described for a message without ever throwing. */
export function describeValue(value: unknown): string {
	switch (typeof value) {
		case 'undefined':
			return 'nothing';
		case 'number':
			return showNumber(value);
		case 'boolean':
			return String(value);
		case 'bigint':
			return 'a BigInt';
		case 'symbol':
			return 'a symbol';
		case 'function':
			return 'a function';
		case 'string': {
			if (value.trim() === '') return 'empty text';
			const shown = value.length > 24 ? `${value.slice(0, 20)}…` : value;
			// Echoing "NaN" or "Infinity" back would put those words on screen.
			return LEAKED.test(shown) ? 'text that is not a number' : JSON.stringify(shown);
		}
		default:
			if (value === null) return 'null';
			return Array.isArray(value) ? 'a list' : 'an object';
	}
}

/**
 * The name of an input as a message shows it. The helpers below are exported (src/format and
 * src/data use them), so they hold the same contract: a name that is not short plain text is
 * shown as "value".
 */
function label(name: unknown): string {
	return typeof name === 'string' && /^[\w .[\]/-]{1,64}$/.test(name) && !LEAKED.test(name)
		? name
		: 'value';
}

/** A range as limits.ts writes them, checked (the helpers are public). */
function checkLimit(limit: unknown): Limit {
	const l = record('limit', limit);
	const number = (x: unknown) => typeof x === 'number' && !Number.isNaN(x);
	if (!number(l.min) || !number(l.max) || (l.min as number) > (l.max as number)) {
		throw new EstimateError('limit must have numbers min ≤ max', 'limit');
	}
	return {
		min: l.min as number,
		max: l.max as number,
		above: flag('limit.above', l.above, false),
		integer: flag('limit.integer', l.integer, false),
	};
}

/** An object of named inputs (not null, a list or a function). */
export function record(name: string, value: unknown): Record<string, unknown> {
	name = label(name);
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new EstimateError(
			`${name} must be an object of inputs, got ${describeValue(value)}`,
			name,
			'not-an-object',
		);
	}
	return value as Record<string, unknown>;
}

/** An optional options argument: undefined or null mean none, otherwise a plain object. */
export function options(name: string, value: unknown): Record<string, unknown> {
	name = label(name);
	if (value === undefined || value === null) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new EstimateError(
			`${name} must be an object of options, got ${describeValue(value)}`,
			name,
			'not-an-object',
		);
	}
	return value as Record<string, unknown>;
}

function rangeText(limit: Limit): string {
	const kind = limit.integer ? 'a whole number' : 'a number';
	if (limit.above)
		return limit.min === 0
			? `a positive ${kind.slice(2)}`
			: `${kind} above ${showNumber(limit.min)}`;
	if (limit.min === 0) return `${kind} of zero or more`;
	return `${kind} of at least ${showNumber(limit.min)}`;
}

/**
 * A number inside `limit` (see limits.ts): "tokens must be a number of at least 1, got -3",
 * "devices must be at most 1e+8, got 1e+12". Returns the value so calls can be inlined.
 */
export function inRange(name: string, value: unknown, range: Limit): number {
	name = label(name);
	const limit = checkLimit(range);
	const ok =
		typeof value === 'number' &&
		Number.isFinite(value) &&
		(!limit.integer || Number.isInteger(value)) &&
		(limit.above ? value > limit.min : value >= limit.min);
	if (!ok) {
		throw new EstimateError(
			`${name} must be ${rangeText(limit)}, got ${describeValue(value)}`,
			name,
			value === Infinity ? 'too-large' : 'out-of-range',
		);
	}
	if (value > limit.max) {
		throw new EstimateError(
			`${name} must be at most ${showNumber(limit.max)}, got ${describeValue(value)}`,
			name,
			'above-max',
		);
	}
	return value + 0; // -0 becomes 0
}

/** `fallback` when the value is undefined, otherwise as `inRange`. */
export function optionalInRange(
	name: string,
	value: unknown,
	limit: Limit,
	fallback: number,
): number {
	if (value !== undefined) return inRange(name, value, limit);
	return inRange('fallback', fallback, { min: -Number.MAX_VALUE, max: Number.MAX_VALUE });
}

/** One of a fixed set of strings or numbers. */
export function oneOf<T extends string | number>(
	name: string,
	value: unknown,
	allowed: readonly T[],
): T {
	name = label(name);
	const plain = (a: unknown) =>
		typeof a === 'string' ? !LEAKED.test(a) : typeof a === 'number' && Number.isFinite(a);
	if (!Array.isArray(allowed) || allowed.length > 1000 || !allowed.every(plain)) {
		throw new EstimateError('allowed must be a list of plain strings or finite numbers', 'allowed');
	}
	if (!(allowed as readonly unknown[]).includes(value)) {
		throw new EstimateError(
			`${name} must be one of ${allowed.join(', ')}, got ${describeValue(value)}`,
			name,
			'not-allowed',
		);
	}
	return value as T;
}

/** An optional choice among fixed values: `fallback` when undefined, otherwise as `oneOf`. */
export function choice<T extends string | number>(
	name: string,
	value: unknown,
	allowed: readonly T[],
	fallback: T,
): T {
	return oneOf(name, value === undefined ? fallback : value, allowed);
}

/** An optional true/false flag: `fallback` when undefined, otherwise it must be a boolean. */
export function flag(name: string, value: unknown, fallback: boolean): boolean {
	name = label(name);
	if (value === undefined) value = fallback;
	if (typeof value !== 'boolean') {
		throw new EstimateError(
			`${name} must be true or false, got ${describeValue(value)}`,
			name,
			'not-a-flag',
		);
	}
	return value;
}

/**
 * Guards a result computed from checked inputs: NaN, ±Infinity, or a positive result that
 * underflowed to 0, throw instead of reaching a page. `field` is the input to change.
 */
export function checkedResult(what: string, value: number, field: string, range?: Limit): number {
	what = label(what);
	field = label(field);
	const limit = range === undefined ? undefined : checkLimit(range);
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new EstimateError(`${what} is too large to compute: check ${field}`, field, 'too-large');
	}
	if (limit !== undefined && value > limit.max) {
		throw new EstimateError(
			`${what} would be ${showNumber(value)}, above the ${showNumber(limit.max)} this site ` +
				`computes with: check ${field}`,
			field,
			'result-above-limit',
		);
	}
	if (limit !== undefined && (limit.above ? value <= limit.min : value < limit.min)) {
		throw new EstimateError(
			`${what} would be ${showNumber(value)}, below ${showNumber(limit.min)}: check ${field}`,
			field,
			'result-below-limit',
		);
	}
	return value + 0;
}
