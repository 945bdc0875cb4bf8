/**
 * The nanoGPT-style run planner: batch settings and iterations → tokens (the core's runPlan),
 * compute, time (measured seconds per iteration, or an assumed MFU), implied MFU against the
 * chosen GPU and against nanoGPT's A100 convention, memory, energy and cost.
 */
import {
	countParams,
	energy,
	flopsForTokens,
	mfu as modelFlopsUtilization,
	runPlan,
	trainingMemory,
	trainingTime,
	type Arch,
} from '../../core/index.ts';
import { formatNumber, formatPercent, formatPlain } from '../../format/index.ts';
import {
	CURRENCIES,
	FLOP_COUNTS,
	MEM_UNITS,
	TIME_UNITS,
	flopsText,
	formatMemory,
	formatMoney,
	formatTime,
	memoryPrecision,
	perTokenFlops,
	type Currency,
	type FlopCount,
	type MemUnit,
	type TimeUnit,
} from '../shared/conventions.ts';
import { coreMessage } from '../shared/messages.ts';
import {
	DEFAULT_MFU,
	PRECISIONS,
	defaultPrecision,
	type GpuOption,
	type ModelOption,
	type Precision,
} from '../shared/options.ts';
import type { Defaults, Schema } from '../shared/state.ts';
import type { PlanStrings } from '../../i18n/calculators/plan.ts';
import { ConventionFields, binder, modelChoices, optionsOf } from '../shared/fields.tsx';
import { Results, Shell, Tools } from '../shared/frame.tsx';
import { mfuNote } from '../shared/messages.ts';
import { type Row } from '../shared/rows.ts';
import { attempt } from '../shared/useCalc.ts';
import { GpuFields, mfuField, useGpuCalc, type GpuIslandProps } from '../shared/hardware.tsx';
import { gpuIds } from '../shared/measured.ts';

export const PLAN_PREFIX = 'plan';
/** nanoGPT's estimate_mfu: an A100's BF16 dense peak, whatever the GPU (model.py). */
export const NANOGPT_PEAK = 312e12;

export type PlanInputs = {
	modelId?: string;
	gpuId?: string;
	precision?: Precision;
	devices?: number;
	microBatch?: number;
	context?: number;
	gradAccum?: number;
	iters?: number;
	datasetTokens?: number;
	secondsPerIter?: number;
	mfu?: number;
	watts?: number;
	pricePerKWh?: number;
};

const schemaFor = (models: readonly ModelOption[], gpus: readonly GpuOption[]) =>
	({
		model: { kind: 'choice', values: models.map((m) => m.id) },
		mb: { kind: 'number', integer: true, max: 1_000_000 },
		ctx: { kind: 'number', integer: true, max: 100_000_000 },
		accum: { kind: 'number', integer: true, max: 1_000_000 },
		n: { kind: 'number', integer: true, max: 1e8 },
		iters: { kind: 'number', integer: true, max: 1e9 },
		data: { kind: 'number', optional: true, max: 1e17 },
		timefrom: { kind: 'choice', values: ['measured', 'mfu'] },
		spi: { kind: 'number', max: 1e9 },
		mfu: { kind: 'number', max: 100 },
		gpu: { kind: 'choice', values: gpuIds(gpus) },
		prec: { kind: 'choice', values: PRECISIONS },
		watts: { kind: 'number', optional: true, max: 100_000 },
		kwh: { kind: 'number', zero: true, optional: true, max: 1000 },
		cur: { kind: 'choice', values: CURRENCIES },
		flops: { kind: 'choice', values: FLOP_COUNTS },
		mem: { kind: 'choice', values: MEM_UNITS },
		time: { kind: 'choice', values: TIME_UNITS },
	}) satisfies Schema;
type PlanSchema = ReturnType<typeof schemaFor>;

function defaultsFor(
	models: readonly ModelOption[],
	gpus: readonly GpuOption[],
	i: PlanInputs,
): Defaults<PlanSchema> {
	const model = models.find((m) => m.id === i.modelId) ?? models[0];
	const gpu = gpus.find((g) => g.id === i.gpuId) ?? gpus[0];
	return {
		model: model.id,
		mb: i.microBatch ?? 12,
		ctx: i.context ?? model.arch.context,
		accum: i.gradAccum ?? 40,
		n: i.devices ?? 1,
		iters: i.iters ?? 5000,
		data: i.datasetTokens ?? '',
		timefrom: i.secondsPerIter === undefined && i.mfu !== undefined ? 'mfu' : 'measured',
		spi: i.secondsPerIter ?? 3,
		mfu: i.mfu ?? DEFAULT_MFU,
		gpu: gpu.id,
		prec: i.precision ?? defaultPrecision(gpu),
		watts: i.watts ?? gpu.watts ?? '',
		kwh: i.pricePerKWh ?? 0.15,
		cur: 'usd',
		flops: 'attn',
		mem: 'gib',
		time: 'auto',
	};
}

type Props = GpuIslandProps & {
	strings: PlanStrings;
	models: readonly ModelOption[];
	inputs?: PlanInputs;
};

export default function RunPlanner(props: Props) {
	const { level, locale, common, strings, models, gpus: catalog, inputs = {} } = props;
	const calc = useGpuCalc(
		props,
		PLAN_PREFIX,
		(gpus) => schemaFor(models, gpus),
		() => defaultsFor(models, catalog, inputs),
	);
	const { texts, num, gpu, precision, peak } = calc;
	const f = (x: number) => formatNumber(x, locale);
	const p = (x: number) => formatPlain(x, locale);

	const model = models.find((m) => m.id === texts.model) ?? models[0];
	const flopCount = texts.flops as FlopCount;
	const errors = calc.errors();
	if (peak === undefined) errors.prec = common.core.noPeak;
	const v = (k: keyof PlanSchema) => num(k).value;
	const [mb, ctx, accum, devices, iters, data] = [
		v('mb'),
		v('ctx'),
		v('accum'),
		v('n'),
		v('iters'),
		v('data'),
	];

	// Tokens.
	let plan: ReturnType<typeof runPlan> | undefined;
	let planReason: string | undefined;
	if (
		mb !== undefined &&
		ctx !== undefined &&
		accum !== undefined &&
		devices !== undefined &&
		iters !== undefined
	) {
		const r = attempt(() =>
			runPlan({
				microBatch: mb,
				context: ctx,
				gradAccum: accum,
				iters,
				devices,
				datasetTokens: data,
			}),
		);
		if (r.error) {
			planReason = coreMessage(r.error, common);
			const field =
				r.error.field === 'gradAccum' ? 'accum' : r.error.field === 'iters' ? 'iters' : undefined;
			if (field) errors[field] ??= planReason;
		} else plan = r.value;
	}

	// Model at this context, compute.
	const arch: Arch | undefined = ctx === undefined ? undefined : { ...model.arch, context: ctx };
	const archCheck = arch
		? attempt(() => countParams(arch, { excludePositionEmbeddings: true }))
		: undefined;
	if (archCheck?.error) errors.ctx ??= coreMessage(archCheck.error, common);
	const params = archCheck?.value;
	let perToken: number | undefined;
	let flops: number | undefined;
	let flopsReason =
		planReason ?? (archCheck?.error ? coreMessage(archCheck.error, common) : undefined);
	if (arch && plan && params !== undefined) {
		const r = attempt(() => {
			perToken = perTokenFlops(arch, flopCount);
			return flopsForTokens({
				flopsPerToken: perToken,
				tokens: (plan as NonNullable<typeof plan>).totalTokens,
			});
		});
		if (r.error) flopsReason = coreMessage(r.error, common);
		else flops = r.value;
	}

	// Time and MFU.
	const measuredTime = texts.timefrom === 'measured';
	const spi = v('spi');
	const mfuIn = v('mfu');
	let seconds: number | undefined;
	let timeReason = flopsReason;
	let mfuValue: number | undefined;
	let mfuReason: string | undefined = flopsReason;
	if (measuredTime) {
		if (spi !== undefined && iters !== undefined) seconds = spi * iters;
		if (
			flops !== undefined &&
			perToken !== undefined &&
			plan &&
			spi !== undefined &&
			devices !== undefined
		) {
			if (peak === undefined) mfuReason = common.core.noPeak;
			else {
				const r = attempt(() =>
					modelFlopsUtilization({
						flopsPerStep: (perToken as number) * plan!.tokensPerStep,
						secondsPerStep: spi,
						peakFlopsPerSecond: peak,
						devices,
					}),
				);
				if (r.error) {
					mfuReason = coreMessage(r.error, common);
					errors.spi ??= mfuReason;
				} else mfuValue = r.value;
			}
		}
	} else if (flops !== undefined && devices !== undefined && mfuIn !== undefined) {
		if (peak === undefined) timeReason = common.core.noPeak;
		else {
			const r = attempt(() =>
				trainingTime({
					flops: flops as number,
					peakFlopsPerSecond: peak,
					devices,
					utilization: mfuIn / 100,
				}),
			);
			if (r.error) timeReason = coreMessage(r.error, common);
			else {
				seconds = r.value;
				mfuValue = mfuIn / 100;
			}
		}
	}
	const secondsPerStep = seconds !== undefined && iters !== undefined ? seconds / iters : undefined;
	// nanoGPT's figure: the same FLOP per step over an A100's peak, per device (may exceed 100 %
	// on a faster GPU: it is a convention, not a utilisation).
	const a100 =
		perToken !== undefined && plan && secondsPerStep !== undefined && devices !== undefined
			? (perToken * plan.tokensPerStep) / secondsPerStep / devices / NANOGPT_PEAK
			: undefined;

	// Memory and energy.
	const memory =
		arch && mb !== undefined && !archCheck?.error
			? attempt(() =>
					trainingMemory({
						arch,
						microBatch: mb,
						precision: memoryPrecision(precision),
						parallel: { data: devices ?? 1 },
					}),
				)
			: undefined;
	const watts = v('watts');
	const kwh = v('kwh');
	const power =
		seconds !== undefined && devices !== undefined && watts !== undefined
			? attempt(() => energy({ watts, seconds: seconds as number, devices, pricePerKWh: kwh }))
			: undefined;
	const currency = texts.cur as Currency;
	const memUnit = texts.mem as MemUnit;
	const peakName = peak === undefined ? '' : mfuNote(calc, '', common, locale).trim();

	const rows: Row[] = [
		{
			key: 'tokensPerIter',
			label: strings.rTokensPerIter,
			value: plan ? p(plan.tokensPerStep) : undefined,
			raw: plan?.tokensPerStep,
			reason: planReason,
			formula:
				plan && mb !== undefined && ctx !== undefined && accum !== undefined
					? `${p(mb)} × ${p(ctx)} × ${p(accum)} = ${p(plan.tokensPerStep)}`
					: undefined,
		},
		{
			key: 'totalTokens',
			label: strings.rTotalTokens,
			value: plan ? f(plan.totalTokens) : undefined,
			raw: plan?.totalTokens,
			reason: planReason,
			formula:
				plan && iters !== undefined
					? `${p(plan.tokensPerStep)} × ${p(iters)} = ${f(plan.totalTokens)}`
					: undefined,
		},
		{
			key: 'epochs',
			label: strings.rEpochs,
			value: plan?.epochs != null ? formatNumber(plan.epochs, locale) : undefined,
			raw: plan?.epochs ?? undefined,
			reason: planReason ?? common.optionalHint,
			formula:
				plan?.epochs != null && data !== undefined
					? `${f(plan.totalTokens)} / ${f(data)} = ${formatNumber(plan.epochs, locale)}`
					: undefined,
		},
		{
			key: 'params',
			label: strings.rParams,
			value: params === undefined ? undefined : f(params),
			raw: params,
			reason: flopsReason,
			note: strings.paramsNote,
		},
		{
			key: 'flops',
			label: strings.rFlops,
			value: flops === undefined ? undefined : flopsText(flops, locale),
			raw: flops,
			reason: flopsReason,
			note: common.flopCounts[flopCount],
			formula:
				flops !== undefined && perToken !== undefined && plan
					? `C = ${f(perToken)} FLOP/token × ${f(plan.totalTokens)} = ${f(flops)} FLOP`
					: undefined,
			main: true,
		},
		{
			key: 'time',
			label: strings.rTime,
			value:
				seconds === undefined
					? undefined
					: formatTime(seconds, texts.time as TimeUnit, locale, common.inYears),
			raw: seconds,
			reason: timeReason,
			formula:
				seconds !== undefined && measuredTime && spi !== undefined && iters !== undefined
					? `${formatNumber(spi, locale)} s × ${p(iters)} = ${f(seconds)} s`
					: undefined,
			main: true,
		},
		{
			key: 'mfu',
			label: strings.rMfu,
			value: mfuValue === undefined ? undefined : formatPercent(mfuValue, locale),
			raw: mfuValue,
			reason: mfuReason,
			note: peakName,
			formula:
				mfuValue !== undefined &&
				perToken !== undefined &&
				plan &&
				secondsPerStep !== undefined &&
				peak !== undefined &&
				devices !== undefined
					? `MFU = (${f(perToken)} × ${p(plan.tokensPerStep)}) / (${formatNumber(secondsPerStep, locale)} s × ${p(devices)} × ${f(peak)}) = ${formatPercent(mfuValue, locale)}`
					: undefined,
		},
		{
			key: 'mfuA100',
			label: strings.rMfuA100,
			value: a100 === undefined ? undefined : formatPercent(a100, locale),
			raw: a100,
			reason: timeReason,
			note: strings.a100Note,
		},
		{
			key: 'memory',
			label: strings.rMemory,
			value: memory?.value ? formatMemory(memory.value.total, memUnit, locale) : undefined,
			raw: memory?.value?.total,
			reason: memory?.error ? coreMessage(memory.error, common) : flopsReason,
			note:
				gpu.memoryBytes === undefined
					? strings.memoryNote
					: `${strings.memoryNote} ${gpu.name}: ${formatMemory(gpu.memoryBytes, memUnit, locale)}.`,
		},
		{
			key: 'energy',
			label: strings.rEnergy,
			value: power?.value ? `${f(power.value.kWh)} kWh` : undefined,
			raw: power?.value?.kWh,
			reason: power?.error
				? coreMessage(power.error, common)
				: seconds === undefined
					? timeReason
					: common.optionalHint,
			formula:
				power?.value && watts !== undefined && seconds !== undefined && devices !== undefined
					? `${f(watts)} W × ${p(devices)} × ${f(seconds / 3600)} h = ${f(power.value.kWh)} kWh`
					: undefined,
		},
		{
			key: 'cost',
			label: strings.rCost,
			value:
				power?.value?.cost != null ? formatMoney(power.value.cost, currency, locale) : undefined,
			raw: power?.value?.cost ?? undefined,
			reason: power?.value
				? strings.priceNeeded
				: seconds === undefined
					? timeReason
					: common.optionalHint,
		},
	];

	const bind = binder(calc, errors);
	const { field, select } = bind;
	return (
		<Shell level={level} title={strings.title} intro={strings.intro} strings={common} calc={calc}>
			<div class="calc-fields">
				{select('model', strings.model, modelChoices(models))}
				{field('mb', strings.microBatch)}
				{field('ctx', strings.context)}
				{field('accum', strings.gradAccum)}
				{field('n', common.devices)}
				{field('iters', strings.iters)}
				{field('data', strings.dataset, common.optionalHint)}
				<GpuFields calc={calc} bind={bind} common={common} />
				{select('timefrom', strings.timeMode, optionsOf(['measured', 'mfu'], strings.timeModes))}
				{measuredTime ? field('spi', strings.secondsPerIter) : mfuField(bind, calc, common)}
				{field('watts', common.watts)}
				{field('kwh', common.kwhPrice, common.optionalHint)}
			</div>
			<ConventionFields bind={bind} strings={common} />
			<Results rows={rows} strings={common} locale={locale} />
			<Tools name="run-planner" strings={common} calc={calc} rows={rows} />
		</Shell>
	);
}
