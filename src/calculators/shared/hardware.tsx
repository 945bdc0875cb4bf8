/**
 * The hardware part the calculator islands share: a calculator's state with its GPU list (the
 * catalog, and the benchmark's "My GPU (measured)"), the GPU and precision pickers, and the
 * budget inputs (GPUs, duration, utilisation) of the compute-budget and compute-optimal
 * calculators.
 */
import { useMemo } from 'preact/hooks';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_YEAR } from '../../core/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { MEASURED_ID, clearMeasuredGpu, useMeasuredGpu } from './measured.ts';
import { fill } from './messages.ts';
import {
	DEFAULT_MFU,
	PRECISIONS,
	defaultPrecision,
	type GpuOption,
	type ModelOption,
	type Precision,
} from './options.ts';
import type { CatalogProps, WithCatalog } from './presets.ts';
import type { Defaults, Schema } from './state.ts';
import type { CommonStrings } from '../../i18n/calculators/common.ts';
import { MeasuredLine } from './frame.tsx';
import { gpuChoices, optionsOf, precisionChoices, type Binder } from './fields.tsx';
import { mfuHint } from './messages.ts';
import type { ModelInput, ModelResult, Words } from './model.ts';
import { useCalc, type Calc } from './useCalc.ts';

/** The props every calculator island with a GPU picker takes. */
export type GpuIslandProps = {
	/** Heading level of the calculator's title (default 3). */
	level?: 2 | 3;
	locale: Locale;
	common: CommonStrings;
	/** The GPUs offered (default: the shared catalogue's, presets.ts). */
	gpus?: readonly GpuOption[];
	/** The benchmark's measurement, as a GPU option (see options.ts measuredOption). */
	measured?: GpuOption;
};

/**
 * A calculator's state (useCalc, its link keys under `prefix`) and its GPU: the list it offers
 * (the catalog, then the measured GPU: the `measured` prop, or what the benchmark stored unless
 * `stored` is false), the one chosen (the default when the link named one that is gone), its
 * precision (the `prec` field, or BF16 where the GPU has it) and dense peak, and `forget` for
 * the measured GPU. `schema` is read when the GPU list changes, `defaults` once (from the first
 * render's list).
 */
export function useGpuCalc<S extends Schema & { gpu: Schema[string] }>(
	{ locale, common, gpus: catalog, measured }: WithCatalog<GpuIslandProps>,
	prefix: string,
	schemaFor: (gpus: readonly GpuOption[]) => S,
	defaultsFor: (gpus: readonly GpuOption[]) => Defaults<S>,
	stored = true,
) {
	const mine = useMeasuredGpu(common.measuredGpu, measured, stored);
	const gpus = useMemo(() => (mine ? [...catalog, mine] : catalog), [catalog, mine]);
	const schema = useMemo(() => schemaFor(gpus), [gpus]);
	const defaults = useMemo(() => defaultsFor(gpus), []);
	const calc = useCalc(prefix, schema, defaults, locale, common);
	const { texts, base, set } = calc;
	const gpu =
		gpus.find((g) => g.id === texts.gpu) ?? gpus.find((g) => g.id === base.gpu) ?? gpus[0];
	const prec = (texts as Record<string, string>).prec;
	const precision = (prec ?? defaultPrecision(gpu)) as Precision;
	const choice: GpuChoice = {
		mine,
		gpus,
		gpu,
		precision,
		peak: gpu.peakFlopsPerSecond[precision],
		forget: () => {
			clearMeasuredGpu();
			if (texts.gpu === MEASURED_ID) set('gpu', base.gpu);
		},
	};
	return { ...calc, ...choice };
}

/** The props of a calculator with a model picker and a GPU picker. */
export type ModelIslandProps<Strings, Inputs> = GpuIslandProps &
	CatalogProps & {
		strings: Strings;
		inputs?: Inputs;
	};

/**
 * A calculator with a model picker and a GPU picker, wired to its model: the state (useGpuCalc,
 * link keys under `prefix`), the model's result on the fields' values, and every field's
 * message (the parse errors, then the model's).
 */
export function useModelCalc<
	S extends Schema & { gpu: Schema[string] },
	Strings,
	Inputs,
	R extends ModelResult,
>(
	props: WithCatalog<ModelIslandProps<Strings, Inputs>>,
	prefix: string,
	schemaFor: (models: readonly ModelOption[], gpus: readonly GpuOption[]) => S,
	defaultsFor: (
		models: readonly ModelOption[],
		gpus: readonly GpuOption[],
		inputs: Inputs,
	) => Defaults<S>,
	model: (input: ModelInput<S>, words: Words<Strings>) => R,
) {
	const { locale, common, strings, models, gpus: catalog, inputs = {} as Inputs } = props;
	const calc = useGpuCalc(
		props,
		prefix,
		(gpus) => schemaFor(models, gpus),
		() => defaultsFor(models, catalog, inputs),
	);
	const values = Object.fromEntries(
		Object.keys(calc.base).map((k) => [k, calc.num(k as keyof S & string).value]),
	) as Partial<Record<keyof S, number>>;
	const result = model({ ...calc, values, models }, { locale, common, strings });
	return { calc, result, errors: { ...calc.errors(), ...result.errors } };
}

/** The GPU part of a calculator's state (useGpuCalc): the list, the one chosen, its peak. */
export type GpuChoice = {
	gpus: readonly GpuOption[];
	gpu: GpuOption;
	mine?: GpuOption;
	precision: Precision;
	/** Dense peak of `gpu` at `precision`, FLOP/s; undefined where none is published. */
	peak?: number;
	forget(): void;
};
/** A calculator's state with its GPU, as the GPU fields take it. */
export type GpuCalc = Calc & GpuChoice;

/**
 * The GPU picker (with "measured on {date}" under it when `dated` and the measured GPU is
 * chosen), the line that forgets a measured GPU, and the precision picker (unless
 * `precision` is false).
 */
export function GpuFields({
	calc,
	bind: { select },
	common,
	label = common.gpu,
	dated,
	precision = true,
}: {
	calc: GpuCalc;
	bind: Binder;
	common: CommonStrings;
	label?: string;
	dated?: boolean;
	precision?: boolean;
}) {
	const { gpu, mine } = calc;
	return (
		<>
			{select(
				'gpu',
				label,
				gpuChoices(calc.gpus, common),
				dated && gpu.measured ? fill(common.measuredOn, { date: gpu.measuredAt ?? '' }) : undefined,
			)}
			{mine && (
				<MeasuredLine gpu={mine} strings={common} onForget={calc.forget} disabled={calc.disabled} />
			)}
			{precision && select('prec', common.precision, precisionChoices(gpu, calc.precision, common))}
		</>
	);
}

export const DURATION_UNITS = ['hour', 'day', 'year'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
const UNIT_SECONDS: Record<DurationUnit, number> = {
	hour: SECONDS_PER_HOUR,
	day: SECONDS_PER_DAY,
	year: SECONDS_PER_YEAR,
};

/** A compute budget from hardware, as a scenario or an article sets it. */
export type BudgetInputs = {
	gpuId?: string;
	precision?: Precision;
	devices?: number;
	/** Percent, e.g. 40. */
	mfu?: number;
	/** Duration in seconds (shown in the largest whole unit). */
	seconds?: number;
};

/** The fields of a budget from hardware; `gpuIds` are the GPU picker's accepted values. */
export const budgetSchema = (gpuIds: readonly string[]) =>
	({
		gpu: { kind: 'choice', values: gpuIds },
		prec: { kind: 'choice', values: PRECISIONS },
		n: { kind: 'number', integer: true, max: 1e8 },
		dur: { kind: 'number', max: 1e12 },
		unit: { kind: 'choice', values: DURATION_UNITS },
		mfu: { kind: 'number', max: 100 },
	}) satisfies Schema;

/** Their defaults: the scenario's inputs, one GPU for a year at 40 % MFU otherwise. */
export function budgetDefaults(
	gpus: readonly GpuOption[],
	inputs: BudgetInputs,
): Defaults<ReturnType<typeof budgetSchema>> {
	const gpu = gpus.find((g) => g.id === inputs.gpuId) ?? gpus[0];
	const seconds = inputs.seconds ?? SECONDS_PER_YEAR;
	const unit = seconds >= SECONDS_PER_YEAR ? 'year' : seconds >= SECONDS_PER_DAY ? 'day' : 'hour';
	return {
		gpu: gpu.id,
		prec: inputs.precision ?? defaultPrecision(gpu),
		n: inputs.devices ?? 1,
		dur: seconds / UNIT_SECONDS[unit],
		unit,
		mfu: inputs.mfu ?? DEFAULT_MFU,
	};
}

/** The duration the fields give, in seconds (undefined while it does not parse). */
export const budgetSeconds = (dur: number | undefined, unit: string): number | undefined =>
	dur === undefined ? undefined : dur * UNIT_SECONDS[unit as DurationUnit];

/** GPU, precision, number of GPUs, duration and its unit, utilisation. */
export function BudgetFields({
	calc,
	bind,
	common,
	strings,
	dated,
}: {
	calc: GpuCalc;
	bind: Binder;
	common: CommonStrings;
	strings: { duration: string; durationUnit: string; durationUnits: Record<DurationUnit, string> };
	dated?: boolean;
}) {
	const { field, select } = bind;
	return (
		<>
			<GpuFields calc={calc} bind={bind} common={common} dated={dated} />
			{field('n', common.devices)}
			{field('dur', strings.duration)}
			{select('unit', strings.durationUnit, optionsOf(DURATION_UNITS, strings.durationUnits))}
			{mfuField(bind, calc, common)}
		</>
	);
}

/** The utilisation field, with why 40 % while it holds the default. */
export const mfuField = (bind: Binder, calc: Pick<Calc, 'num'>, common: CommonStrings) =>
	bind.field('mfu', common.mfu, mfuHint(calc.num('mfu').value, common));
