/**
 * Input checking shared by every function of the core.
 *
 * One error type, `EstimateError`, with a message a reader can act on:
 * "tokens must be a positive number, got -3". Islands show `message` next to the field
 * named by `field`.
 */
export class EstimateError extends Error {
	/** The input the message is about (e.g. "tokens"), so a form can show it next to that field. */
	readonly field: string | undefined;
	constructor(message: string, field?: string) {
		super(message);
		this.name = 'EstimateError';
		this.field = field;
	}
}

function show(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value);
	if (typeof value === 'number' || typeof value === 'boolean' || value == null)
		return String(value);
	return typeof value;
}

/** A finite number > 0, below `max` when given. Returns the value so calls can be inlined. */
export function positive(name: string, value: unknown, max = Number.MAX_VALUE): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
		throw new EstimateError(`${name} must be a positive number, got ${show(value)}`, name);
	}
	if (value > max) {
		throw new EstimateError(`${name} must be at most ${max}, got ${show(value)}`, name);
	}
	return value;
}

/** A finite number >= 0. */
export function nonNegative(name: string, value: unknown, max = Number.MAX_VALUE): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
		throw new EstimateError(`${name} must be zero or a positive number, got ${show(value)}`, name);
	}
	if (value > max) {
		throw new EstimateError(`${name} must be at most ${max}, got ${show(value)}`, name);
	}
	return value;
}

/** A whole number >= 1 (layers, heads, devices, batch sizes). */
export function positiveInteger(
	name: string,
	value: unknown,
	max = Number.MAX_SAFE_INTEGER,
): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
		throw new EstimateError(
			`${name} must be a whole number of at least 1, got ${show(value)}`,
			name,
		);
	}
	if (value > max) {
		throw new EstimateError(`${name} must be at most ${max}, got ${show(value)}`, name);
	}
	return value;
}

/** A fraction in (0, 1] (utilisation, efficiency). */
export function fraction(name: string, value: unknown): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
		throw new EstimateError(
			`${name} must be a fraction above 0 and at most 1 (100 %), got ${show(value)}`,
			name,
		);
	}
	return value;
}

/** One of a fixed set of strings. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
		throw new EstimateError(
			`${name} must be one of ${allowed.join(', ')}, got ${show(value)}`,
			name,
		);
	}
	return value as T;
}

/** Guards a result: a computation that would return NaN or Infinity throws instead. */
export function finiteResult(name: string, value: number): number {
	if (!Number.isFinite(value)) {
		throw new EstimateError(`${name} is out of range: the inputs are too large to compute`, name);
	}
	return value;
}

/** An optional true/false flag: `fallback` when undefined, otherwise it must be a boolean. */
export function flag(name: string, value: unknown, fallback: boolean): boolean {
	if (value === undefined) return fallback;
	if (typeof value !== 'boolean') {
		throw new EstimateError(`${name} must be true or false, got ${show(value)}`, name);
	}
	return value;
}

/** An options argument: undefined (no options) or a plain object. */
export function options<T extends object>(name: string, value: T | undefined): Partial<T> {
	if (value === undefined) return {};
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new EstimateError(`${name} must be an object of options, got ${show(value)}`, name);
	}
	return value;
}

/** An optional choice among fixed strings: `fallback` when undefined, otherwise as `oneOf`. */
export function choice<T extends string>(
	name: string,
	value: unknown,
	allowed: readonly T[],
	fallback: T,
): T {
	return value === undefined ? fallback : oneOf(name, value, allowed);
}
