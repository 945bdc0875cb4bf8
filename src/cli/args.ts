/**
 * Options by name, parsed with Node's `util.parseArgs` (strict: an unknown option, a missing
 * value or a stray argument is an error), and the readers that turn option text into checked
 * values: quantities through src/format's `parseQuantity` ("2e12", "2T", "2 × 10^12"), choices
 * from a fixed list. Every failure is a `UsageError` naming the option.
 */
import { parseArgs } from 'node:util';
import { parseQuantity } from '../format/index.ts';
import type { Locale } from '../i18n/index.ts';

/** A mistake in the command line: one line for stderr, naming the option, and exit status 2. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** One option as parseArgs takes it; `value` names its value in help ("N", "ID", "FILE"). */
export type OptionSpec =
	{ type: 'string'; value: string } | { type: 'boolean'; default?: boolean; negatable?: boolean };
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;
export type Values = Record<string, string | boolean | undefined>;

/** Options every sub-command takes. */
export const COMMON: OptionSpecs = {
	lang: { type: 'string', value: 'en|fr|hi|ar' },
	json: { type: 'boolean' },
	help: { type: 'boolean' },
};

/**
 * Parses `args` against `specs`, turning parseArgs' errors into one-line `UsageError`s that say
 * what to do (`hint` names the help to read).
 */
export function parseOptions(args: readonly string[], specs: OptionSpecs, hint: string): Values {
	const options = Object.fromEntries(
		Object.entries(specs).map(([name, s]) => [
			name,
			s.type === 'boolean' && s.default !== undefined
				? { type: 'boolean' as const, default: s.default }
				: { type: s.type },
		]),
	);
	try {
		const { values } = parseArgs({
			args: [...args],
			options,
			strict: true,
			allowPositionals: false,
			allowNegative: true,
		});
		return values as Values;
	} catch (e) {
		throw new UsageError(parseArgsMessage(e, args, specs, hint));
	}
}

function parseArgsMessage(
	e: unknown,
	args: readonly string[],
	specs: OptionSpecs,
	hint: string,
): string {
	const code = (e as { code?: unknown }).code;
	const message = String((e as { message?: unknown }).message ?? e);
	const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
	const option = quoted.split(' ')[0];
	const spec = specs[option.replace(/^--/, '')];
	const next = args[args.indexOf(option) + 1];
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `unknown option ${option}: ${hint}`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			if (message.includes('does not take an argument'))
				return `${option} is a switch and takes no value: write ${option} alone`;
			if (next !== undefined && /^-[\d.]/.test(next))
				return `${option} ${next}: a value starting with "-" reads as an option; write ${option}=${next}`;
			return `${option} needs a value, as in ${option} ${spec?.type === 'string' ? spec.value : 'VALUE'}: ${hint}`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `unexpected argument ${JSON.stringify(quoted)}: options are written --name value; ${hint}`;
		default:
			return `${message.split('\n')[0]}: ${hint}`;
	}
}

/** The option's text, or undefined when it was not given. */
export function text(values: Values, name: string): string | undefined {
	const v = values[name];
	return typeof v === 'string' ? v : undefined;
}

/**
 * A number from `--name`'s text: "2e12", "2T", "2 × 10^12", "1,5" in French. Ranges are the
 * core's to check (its errors name the option too).
 */
export function quantity(values: Values, name: string, locale: Locale): number | undefined {
	const t = text(values, name);
	if (t === undefined) return undefined;
	try {
		return parseQuantity(t, locale, { field: name });
	} catch (e) {
		throw new UsageError(`--${name}: ${(e as Error).message}; write e.g. --${name} 2e12 or 2T`);
	}
}

/**
 * A fraction of the peak from `--name`: "0.4" or "40%". A value above 1 without "%" is refused,
 * since "40" would read as 4,000 %.
 */
export function fraction(values: Values, name: string, locale: Locale): number | undefined {
	const t = text(values, name);
	if (t === undefined) return undefined;
	const percent = t.trim().endsWith('%');
	const v = quantity({ [name]: percent ? t.trim().slice(0, -1) : t }, name, locale) as number;
	if (percent) return v / 100;
	if (v > 1) {
		throw new UsageError(
			`--${name} is a fraction of the peak, got ${t}: write --${name} ${v / 100} or --${name} ${t}%`,
		);
	}
	return v;
}

/** One of `allowed` from `--name`, or `fallback` when absent. */
export function choice<T extends string>(
	values: Values,
	name: string,
	allowed: readonly T[],
	fallback: T,
): T {
	const t = text(values, name);
	if (t === undefined) return fallback;
	if (!(allowed as readonly string[]).includes(t)) {
		throw new UsageError(
			`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(t)}`,
		);
	}
	return t as T;
}

/** Refuses `others` next to `option`: they would be silently ignored. */
export function alone(
	values: Values,
	option: string,
	others: readonly string[],
	why: string,
): void {
	const given = others.filter((o) => values[o] !== undefined);
	if (values[option] !== undefined && given.length) {
		throw new UsageError(
			`--${option} and ${given.map((o) => `--${o}`).join(', ')} cannot go together: ${why}`,
		);
	}
}
