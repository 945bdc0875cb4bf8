/**
 * The compute-budget calculator's model: a GPU's dense peak, GPUs, utilisation and duration →
 * FLOP delivered and the sustained rate (the core's computeBudget and throughput), and that
 * budget as a share of known training runs. Rows with reasons; plain TypeScript, tested in Node.
 */
import { computeBudget, throughput } from '../../core/index.ts';
import {
	formatFlopPerSecond,
	formatNumber,
	formatPercent,
	formatPlain,
} from '../../format/index.ts';
import type { BudgetStrings } from '../../i18n/calculators/budget.ts';
import { fill, mfuNote } from '../shared/messages.ts';
import { flopRow, wording, type ModelResult, type Words } from '../shared/model.ts';
import type { GpuOption, Precision } from '../shared/options.ts';
import { step, type Row } from '../shared/rows.ts';

export type KnownRun = { id: string; name: string; flops: number };

export type BudgetModelInput = {
	gpu: GpuOption;
	precision: Precision;
	/** Dense peak of the GPU at that precision, FLOP/s (undefined: none published). */
	peak?: number;
	devices?: number;
	/** Percent, e.g. 40. */
	mfu?: number;
	seconds?: number;
	runs: readonly KnownRun[];
};

export type BudgetResult = ModelResult & {
	/** FLOP delivered, for the chart. */
	flops?: number;
	/** One row per known run: the budget's share of its training compute. */
	shares: Row[];
};

export function budgetModel(
	input: BudgetModelInput,
	{ locale, common, strings }: Words<BudgetStrings>,
): BudgetResult {
	const { peak, devices, mfu, seconds } = input;
	const { f, word } = wording(locale, common);
	const errors: Record<string, string | undefined> = {
		prec: peak === undefined ? common.core.noPeak : undefined,
	};
	const utilization = mfu === undefined ? undefined : mfu / 100;
	const r = step(
		{ peakFlopsPerSecond: peak, devices, utilization, seconds },
		(v) => ({ flops: computeBudget(v), rate: throughput(v) }),
		word,
		peak === undefined ? common.core.noPeak : undefined,
	);
	if (r.error?.field === 'seconds') errors.dur = r.reason;
	const { reason } = r;
	const flops = r.value?.flops;
	const rate = r.value?.rate;

	const rows: Row[] = [
		{
			...flopRow('flops', strings.rFlops, flops, reason, locale),
			note:
				mfu === undefined || peak === undefined
					? undefined
					: mfuNote({ ...input, peak }, formatPercent(mfu / 100, locale), common, locale),
			formula:
				r.value === undefined
					? undefined
					: `C = n × peak × MFU × t = ${formatPlain(devices!, locale)} × ${f(peak!)} FLOP/s × ${formatNumber(mfu! / 100, locale)} × ${f(seconds!)} s = ${f(r.value.flops)} FLOP`,
		},
		{
			key: 'rate',
			label: strings.rRate,
			value: rate === undefined ? undefined : formatFlopPerSecond(rate, locale),
			raw: rate,
			reason,
		},
	];
	const shares: Row[] = input.runs.map((run) => ({
		key: `share-${run.id}`,
		label: fill(strings.shareOf, { model: run.name }),
		value: flops === undefined ? undefined : formatPercent(flops / run.flops, locale),
		raw: flops === undefined ? undefined : flops / run.flops,
		reason,
		note: fill(strings.shareNote, { flops: f(run.flops) }),
		formula:
			flops === undefined
				? undefined
				: `${f(flops)} / ${f(run.flops)} = ${formatNumber(flops / run.flops, locale)}`,
	}));
	return { flops, rows, shares, errors };
}
