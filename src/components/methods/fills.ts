/**
 * Figures the methods page's texts name as {key}: each computed by the core (through
 * src/figures/methods.ts), with how to format it.
 */
import { DAYS_PER_YEAR, DEFAULT_OVERHEAD_BYTES } from '../../core/index.ts';
import * as fig from '../../figures/methods.ts';

/** Figures a text can name as {key}: value and how to format it. */
export type Fill = {
	value: number;
	as: 'percent' | 'params' | 'flop' | 'plain' | 'gib' | 'flop/s';
	digits?: number;
};
const fills: Record<string, Fill | string> = {
	attentionGpt3: { value: fig.attentionShareGpt3, as: 'percent', digits: 2 },
	attentionSmall: { value: fig.attentionShareSmall, as: 'percent', digits: 2 },
	smallModel: fig.smallModelName,
	bytes16: { value: fig.bytes16, as: 'plain' },
	bytes18: { value: fig.bytes18, as: 'plain' },
	bytes20: { value: fig.bytes20, as: 'plain' },
	budget: { value: fig.gopherBudget, as: 'flop' },
	epochN: { value: fig.optimalEpoch.params, as: 'params' },
	epochD: { value: fig.optimalEpoch.tokens, as: 'params' },
	hoffmannN: { value: fig.optimalHoffmann.params, as: 'params' },
	hoffmannD: { value: fig.optimalHoffmann.tokens, as: 'params' },
	rule20N: { value: fig.optimalTokens20.params, as: 'params' },
	chinchilla: { value: fig.chinchillaParams, as: 'params' },
	overhead: { value: DEFAULT_OVERHEAD_BYTES, as: 'gib', digits: 2 },
	gibExtra: { value: fig.gibOverGb - 1, as: 'percent', digits: 1 },
	yearDiff: { value: DAYS_PER_YEAR / 365 - 1, as: 'percent', digits: 1 },
	days: { value: DAYS_PER_YEAR, as: 'plain', digits: 5 },
	a100: { value: fig.a100Peak, as: 'flop/s' },
	megatronPerDevice: { value: fig.megatronPerDevice, as: 'flop/s' },
	megatronShare: {
		value: fig.realityRow('gpt3-175b-megatron-projection').publishedPerDeviceShare!,
		as: 'percent',
	},
	megatronMfu: {
		value: fig.realityRow('gpt3-175b-megatron-projection').impliedMfu!,
		as: 'percent',
	},
};
/** Splits a text at its {key} slots: strings and figures to render in order. */
export function parts(s: string): (string | Fill)[] {
	return s.split(/\{(\w+)\}/).map((piece, i) => {
		if (i % 2 === 0) return piece;
		const fill = fills[piece];
		if (fill === undefined) throw new Error(`methods: no figure for {${piece}} in "${s}"`);
		return fill;
	});
}
