/**
 * Compute budget: accelerator, precision, count, duration and utilisation → FLOP delivered
 * (the core's computeBudget), against the training compute of known models on a log scale.
 */
import { LogBarChart } from '../../charts/index.ts';
import { computeBudget, throughput } from '../../core/index.ts';
import {
	formatFlopPerSecond,
	formatNumber,
	formatPercent,
	formatPlain,
} from '../../format/index.ts';
import { flopsText } from '../shared/conventions.ts';
import {
	BudgetFields,
	budgetDefaults,
	budgetSchema,
	budgetSeconds,
	useGpuCalc,
	type BudgetInputs,
	type GpuIslandProps,
} from '../shared/hardware.tsx';
import { gpuIds } from '../shared/measured.ts';
import { coreMessage, fill } from '../shared/messages.ts';
import type { BudgetStrings } from '../../i18n/calculators/budget.ts';
import { Results, Shell, Subheading, Tools } from '../shared/frame.tsx';
import { binder } from '../shared/fields.tsx';
import { mfuNote } from '../shared/messages.ts';
import { type Row } from '../shared/rows.ts';
import { attempt } from '../shared/useCalc.ts';

export type { BudgetInputs };
export const BUDGET_PREFIX = 'budget';

export type KnownRun = { id: string; name: string; flops: number };

type Props = GpuIslandProps & {
	strings: BudgetStrings;
	runs: readonly KnownRun[];
	inputs?: BudgetInputs;
};

export default function ComputeBudget(props: Props) {
	const { level, locale, common, strings, gpus: catalog, runs, inputs = {} } = props;
	const calc = useGpuCalc(
		props,
		BUDGET_PREFIX,
		(gpus) => budgetSchema(gpuIds(gpus)),
		() => budgetDefaults(catalog, inputs),
	);
	const { texts, num, peak } = calc;
	const f = (x: number) => formatNumber(x, locale);

	const errors = calc.errors();
	errors.prec = peak === undefined ? common.core.noPeak : undefined;
	const devices = num('n').value;
	const mfu = num('mfu').value;
	const seconds = budgetSeconds(num('dur').value, texts.unit);

	let flops: number | undefined;
	let rate: number | undefined;
	let reason: string | undefined = peak === undefined ? common.core.noPeak : undefined;
	if (peak !== undefined && devices !== undefined && mfu !== undefined && seconds !== undefined) {
		const r = attempt(() => ({
			flops: computeBudget({ peakFlopsPerSecond: peak, devices, utilization: mfu / 100, seconds }),
			rate: throughput({ peakFlopsPerSecond: peak, devices, utilization: mfu / 100 }),
		}));
		if (r.error) {
			reason = coreMessage(r.error, common);
			if (r.error.field === 'seconds') errors.dur = reason;
		} else ({ flops, rate } = r.value);
	}

	const rows: Row[] = [
		{
			key: 'flops',
			label: strings.rFlops,
			value: flops === undefined ? undefined : flopsText(flops, locale),
			raw: flops,
			reason,
			main: true,
			note:
				mfu === undefined || peak === undefined
					? undefined
					: mfuNote(calc, formatPercent(mfu / 100, locale), common, locale),
			formula:
				flops === undefined ||
				peak === undefined ||
				devices === undefined ||
				mfu === undefined ||
				seconds === undefined
					? undefined
					: `C = n × peak × MFU × t = ${formatPlain(devices, locale)} × ${f(peak)} FLOP/s × ${formatNumber(mfu / 100, locale)} × ${f(seconds)} s = ${f(flops)} FLOP`,
		},
		{
			key: 'rate',
			label: strings.rRate,
			value: rate === undefined ? undefined : formatFlopPerSecond(rate, locale),
			raw: rate,
			reason,
		},
	];
	const shares: Row[] = runs.map((run) => ({
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

	const bind = binder(calc, errors);
	return (
		<Shell level={level} title={strings.title} intro={strings.intro} strings={common} calc={calc}>
			<div class="calc-fields">
				<BudgetFields calc={calc} bind={bind} common={common} strings={strings} dated />
			</div>
			<Results rows={rows} strings={common} locale={locale} />
			<LogBarChart
				title={strings.chartTitle}
				desc={strings.chartDesc}
				locale={locale}
				axisLabel={strings.chartAxis}
				formatValue={(v) => `${f(v)} FLOP`}
				bars={[
					...(flops === undefined
						? []
						: [{ label: strings.you, value: flops, tone: 'budget' as const }]),
					...runs.map((r) => ({ label: r.name, value: r.flops })),
				].sort((a, b) => a.value - b.value)}
			/>
			<Subheading level={level}>{strings.sharesHeading}</Subheading>
			<Results rows={shares} strings={common} locale={locale} label={strings.sharesHeading} />
			<Tools name="compute-budget" strings={common} calc={calc} rows={[...rows, ...shares]} />
		</Shell>
	);
}
