/**
 * Compute budget: accelerator, precision, count, duration and utilisation → FLOP delivered
 * (the core's computeBudget), against the training compute of known models on a log scale.
 */
import { useId, useMemo } from 'preact/hooks';
import { LogBarChart } from '../charts/index.ts';
import {
	SECONDS_PER_DAY,
	SECONDS_PER_HOUR,
	SECONDS_PER_YEAR,
	computeBudget,
	throughput,
} from '../core/index.ts';
import {
	formatFlop,
	formatFlopPerSecond,
	formatNumber,
	formatPercent,
	formatPlain,
} from '../format/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { coreMessage, fill } from './messages.ts';
import { PRECISIONS, type GpuOption, type Precision, DEFAULT_MFU } from './options.ts';
import type { Defaults, Schema } from './state.ts';
import type { BudgetStrings } from './strings/budget.ts';
import type { CommonStrings } from './strings/common.ts';
import {
	Results,
	Shell,
	Subheading,
	Tools,
	MeasuredLine,
	binder,
	gpuChoices,
	mfuHint,
	mfuNote,
	optionsOf,
	precisionChoices,
	type Row,
} from './ui.tsx';
import { attempt, useCalc } from './useCalc.ts';
import { MEASURED_ID, clearMeasuredGpu, gpuIds, useMeasuredGpu } from './measured.ts';

export const BUDGET_PREFIX = 'budget';
const UNITS = ['hour', 'day', 'year'] as const;
const UNIT_SECONDS = { hour: SECONDS_PER_HOUR, day: SECONDS_PER_DAY, year: SECONDS_PER_YEAR };

export type KnownRun = { id: string; name: string; flops: number };

export type BudgetInputs = {
	gpuId?: string;
	precision?: Precision;
	devices?: number;
	/** Percent, e.g. 40. */
	mfu?: number;
	/** Duration in seconds (shown in the largest whole unit). */
	seconds?: number;
};

const schemaFor = (gpus: readonly GpuOption[]) =>
	({
		gpu: { kind: 'choice', values: gpuIds(gpus) },
		prec: { kind: 'choice', values: PRECISIONS },
		n: { kind: 'number', integer: true, max: 1e8 },
		dur: { kind: 'number', max: 1e12 },
		unit: { kind: 'choice', values: UNITS },
		mfu: { kind: 'number', max: 100 },
	}) satisfies Schema;
type BudgetSchema = ReturnType<typeof schemaFor>;

function defaultsFor(gpus: readonly GpuOption[], inputs: BudgetInputs): Defaults<BudgetSchema> {
	const gpu = gpus.find((g) => g.id === inputs.gpuId) ?? gpus[0];
	const seconds = inputs.seconds ?? SECONDS_PER_YEAR;
	const unit = seconds >= SECONDS_PER_YEAR ? 'year' : seconds >= SECONDS_PER_DAY ? 'day' : 'hour';
	return {
		gpu: gpu.id,
		prec: inputs.precision ?? (gpu.peakFlopsPerSecond.bf16 !== undefined ? 'bf16' : 'fp32'),
		n: inputs.devices ?? 1,
		dur: seconds / UNIT_SECONDS[unit],
		unit,
		mfu: inputs.mfu ?? DEFAULT_MFU,
	};
}

type Props = {
	/** Heading level of the calculator's title (default 3). */
	level?: 2 | 3;
	locale: Locale;
	common: CommonStrings;
	strings: BudgetStrings;
	gpus: readonly GpuOption[];
	runs: readonly KnownRun[];
	inputs?: BudgetInputs;
	measured?: GpuOption;
};

export default function ComputeBudget({
	level,
	locale,
	common,
	strings,
	gpus: catalog,
	runs,
	inputs = {},
	measured,
}: Props) {
	const id = useId();
	const mine = useMeasuredGpu(common.measuredGpu, measured);
	const gpus = useMemo(() => (mine ? [...catalog, mine] : catalog), [catalog, mine]);
	const schema = useMemo(() => schemaFor(gpus), [gpus]);
	const defaults = useMemo(() => defaultsFor(catalog, inputs), []);
	const calc = useCalc(BUDGET_PREFIX, schema, defaults, locale, common);
	const { texts, num, set, hydrated } = calc;
	const disabled = !hydrated;
	const f = (x: number) => formatNumber(x, locale);

	const gpu =
		gpus.find((g) => g.id === texts.gpu) ?? gpus.find((g) => g.id === calc.base.gpu) ?? gpus[0];
	const forget = () => {
		clearMeasuredGpu();
		if (texts.gpu === MEASURED_ID) set('gpu', calc.base.gpu);
	};
	const precision = texts.prec as Precision;
	const peak = gpu.peakFlopsPerSecond[precision];
	const errors: Record<string, string | undefined> = {
		n: num('n').error,
		dur: num('dur').error,
		mfu: num('mfu').error,
		prec: peak === undefined ? common.core.noPeak : undefined,
	};
	const devices = num('n').value;
	const mfu = num('mfu').value;
	const dur = num('dur').value;
	const seconds =
		dur === undefined ? undefined : dur * UNIT_SECONDS[texts.unit as (typeof UNITS)[number]];

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
			value: flops === undefined ? undefined : `${f(flops)} FLOP (${formatFlop(flops, locale)})`,
			raw: flops,
			reason,
			main: true,
			note:
				mfu === undefined || peak === undefined
					? undefined
					: mfuNote(gpu, common, {
							mfu: formatPercent(mfu / 100, locale),
							precision: common.precisions[precision],
							peak: formatFlopPerSecond(peak, locale),
						}),
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

	const { field, select } = binder(id, texts, errors, disabled, set);
	return (
		<Shell
			level={level}
			id={id}
			title={strings.title}
			intro={strings.intro}
			strings={common}
			hydrated={hydrated}
			invalidLink={calc.invalidLink}
		>
			<div class="calc-fields">
				{select(
					'gpu',
					common.gpu,
					gpuChoices(gpus, common),
					gpu.measured ? fill(common.measuredOn, { date: gpu.measuredAt ?? '' }) : undefined,
				)}
				{mine && <MeasuredLine gpu={mine} strings={common} onForget={forget} disabled={disabled} />}
				{select('prec', common.precision, precisionChoices(gpu, precision, common))}
				{field('n', common.devices)}
				{field('dur', strings.duration)}
				{select('unit', strings.durationUnit, optionsOf(UNITS, strings.durationUnits))}
				{field('mfu', common.mfu, mfuHint(num('mfu').value, common))}
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
			<Tools
				name="compute-budget"
				strings={common}
				inputs={texts}
				rows={[...rows, ...shares]}
				onReset={calc.reset}
				disabled={disabled}
			/>
		</Shell>
	);
}
