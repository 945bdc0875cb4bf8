/**
 * The training-compute calculator's model: parameters and tokens → C = 6·N·D (the core's
 * trainingFlops), written both ways, or why not. Plain TypeScript: tested in Node.
 */
import { trainingFlops } from '../../core/index.ts';
import { formatFlop, formatNumber } from '../../format/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Parsed } from '../shared/field.ts';
import { step } from '../shared/rows.ts';
import type { Schema } from '../shared/state.ts';

/** Positive numbers up to 1e40 (the core checks its own limits), under bare keys in the link. */
export const FLOPS_SCHEMA = {
	params: { kind: 'number', max: 1e40 },
	tokens: { kind: 'number', max: 1e40 },
} satisfies Schema;
export type FlopsField = keyof typeof FLOPS_SCHEMA;

export type FlopsResult = {
	/** FLOP; undefined while an input is wrong. */
	flops?: number;
	/** "3.14 × 10²³ FLOP (314 ZFLOP)", or the scientific form alone beyond SI prefixes. */
	shown: string;
	/** The message next to each field. */
	errors: Record<FlopsField, string | undefined>;
};

export function flopsModel(
	parsed: Record<FlopsField, Parsed>,
	locale: Locale,
	strings: { tooLarge: string },
): FlopsResult {
	const errors: Record<FlopsField, string | undefined> = {
		params: parsed.params.error,
		tokens: parsed.tokens.error,
	};
	// The core checks its own limits (LIMITS.params: at most 1e18 parameters): a value it
	// rejects shows its message next to the field and no result, never the previous one.
	const computed = step(
		{ params: parsed.params.value, tokens: parsed.tokens.value },
		trainingFlops,
		() => strings.tooLarge,
	);
	if (computed.error)
		errors[computed.error.field === 'tokens' ? 'tokens' : 'params'] ??= computed.reason;
	const flops = computed.value;
	if (flops === undefined) return { errors, shown: '' };
	const scientific = `${formatNumber(flops, locale)}\u00a0FLOP`;
	const prefixed = formatFlop(flops, locale);
	return {
		flops,
		errors,
		shown: prefixed === scientific ? scientific : `${scientific} (${prefixed})`,
	};
}
