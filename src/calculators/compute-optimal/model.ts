/**
 * The compute-optimal calculator's model: a FLOP budget (typed, or GPUs × peak × MFU × time)
 * → the optimal parameters and tokens under each fit (the core's chinchillaOptimal), their
 * ratio and predicted loss (chinchillaLoss), and the frontier for the chart. Rows with
 * reasons; plain TypeScript, tested in Node.
 */
import {
	chinchillaLoss,
	chinchillaOptimal,
	computeBudget,
	type ChinchillaFit,
	type EstimateError,
} from '../../core/index.ts';
import { formatNumber, formatParams } from '../../format/index.ts';
import type { OptimalStrings } from '../../i18n/calculators/optimal.ts';
import { flopRow, wording, type ModelResult, type Words } from '../shared/model.ts';
import { step, type Row } from '../shared/rows.ts';

export const OPTIMAL_FITS = [
	'epoch',
	'hoffmann',
	'tokens20',
] as const satisfies readonly ChinchillaFit[];
export type OptimalFit = (typeof OPTIMAL_FITS)[number];

export type KnownModel = {
	id: string;
	name: string;
	params: number;
	tokens: number;
	flops: number;
};

export type OptimalModelInput =
	| { mode: 'flop'; flops?: number }
	| {
			mode: 'hardware';
			/** Dense peak, FLOP/s (undefined: none published for the precision). */
			peak?: number;
			devices?: number;
			/** Percent. */
			mfu?: number;
			seconds?: number;
	  };

export type OptimalResult = ModelResult & {
	budget?: number;
	/** Per fit (in OPTIMAL_FITS order): parameters, tokens, ratio, loss. */
	fitRows: Row[][];
};

/** The budget the inputs give, or why not, and messages for the fields. */
function budgetOf(input: OptimalModelInput, word: (e: EstimateError) => string, noPeak: string) {
	if (input.mode === 'flop') return { budget: { value: input.flops }, errors: {} };
	const { peak, devices, mfu, seconds } = input;
	const errors: Record<string, string | undefined> = {};
	if (peak === undefined) errors.prec = noPeak;
	const budget = step(
		{
			peakFlopsPerSecond: peak,
			devices,
			utilization: mfu === undefined ? undefined : mfu / 100,
			seconds,
		},
		computeBudget,
		word,
		peak === undefined ? noPeak : undefined,
	);
	if (budget.error) errors.dur = budget.reason;
	return { budget, errors };
}

export function optimalModel(
	input: OptimalModelInput,
	{ locale, common, strings }: Words<OptimalStrings>,
): OptimalResult {
	const { f, word } = wording(locale, common);
	const { budget: b, errors } = budgetOf(input, word, common.core.noPeak);
	const budget = b.value;
	const reason = b.value === undefined ? b.reason : undefined;

	const rows: Row[] = [flopRow('budget', strings.rBudget, budget, reason, locale)];
	const fitRows = OPTIMAL_FITS.map((fit): Row[] => {
		const r = step(
			{ budget },
			(v) => {
				const o = chinchillaOptimal(v.budget, fit);
				const loss = chinchillaLoss(o.params, o.tokens, fit === 'tokens20' ? 'epoch' : fit);
				return { ...o, loss };
			},
			word,
			reason,
		);
		const o = r.value;
		const why = r.reason;
		return [
			{
				key: `${fit}-params`,
				label: strings.rParams,
				value: o ? `${f(o.params)} (${formatParams(o.params, locale)})` : undefined,
				raw: o?.params,
				reason: why,
				main: true,
				formula: o
					? fit === 'tokens20'
						? `N = √(C / 120) = √(${f(budget!)} / 120) = ${f(o.params)}`
						: `N = G · (C / 6)^a, D = (C / 6)^b / G; C = ${f(budget!)} → N = ${f(o.params)}`
					: undefined,
			},
			{
				key: `${fit}-tokens`,
				label: strings.rTokens,
				value: o ? `${f(o.tokens)} (${formatParams(o.tokens, locale)})` : undefined,
				raw: o?.tokens,
				reason: why,
				formula: o
					? `D = C / (6 · N) = ${f(budget!)} / (6 × ${f(o.params)}) = ${f(o.tokens)}`
					: undefined,
			},
			{
				key: `${fit}-ratio`,
				label: strings.rRatio,
				value: o ? formatNumber(o.tokens / o.params, locale) : undefined,
				raw: o ? o.tokens / o.params : undefined,
				reason: why,
			},
			{
				key: `${fit}-loss`,
				label: strings.rLoss,
				value: o ? formatNumber(o.loss, locale, { digits: 4 }) : undefined,
				raw: o?.loss,
				reason: why,
				note: fit === 'tokens20' ? `${strings.lossRule} ${strings.lossNote}` : strings.lossNote,
			},
		];
	});
	return { budget, rows, fitRows, errors };
}

/**
 * The frontier for the chart: each fit's optimal parameters over three decades either side of
 * the budget (or of 1e21 FLOP when there is none), widened to take in the known models.
 */
export function frontier(
	budget: number | undefined,
	known: readonly KnownModel[],
): { fit: OptimalFit; points: (readonly [number, number])[] }[] {
	const centre = budget ?? 1e21;
	const lo = Math.max(1e15, Math.min(centre / 1e3, ...known.map((k) => k.flops)));
	const hi = Math.min(1e31, Math.max(centre * 1e3, ...known.map((k) => k.flops)));
	const xs = Array.from({ length: 25 }, (_, i) => lo * (hi / lo) ** (i / 24));
	return OPTIMAL_FITS.map((fit) => ({
		fit,
		points: xs.flatMap((c) => {
			const r = step(
				{ c },
				(v) => chinchillaOptimal(v.c, fit),
				() => '',
			);
			return r.value ? [[c, r.value.params] as const] : [];
		}),
	}));
}
