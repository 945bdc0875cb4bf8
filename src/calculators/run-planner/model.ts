/**
 * The run planner's model: nanoGPT-style batch settings and iterations → tokens (the core's
 * runPlan), compute, time (measured seconds per iteration, or an assumed MFU), the implied
 * MFU against the chosen GPU and nanoGPT's A100 convention (peakShare), memory, energy and
 * cost. Rows with reasons; plain TypeScript, tested in Node.
 */
import {
	countParams,
	paramCounts,
	energy,
	flopsForTokens,
	mfu as modelFlopsUtilization,
	peakShare,
	runPlan,
	trainingMemory,
	trainingTime,
	type Arch,
} from '../../core/index.ts';
import { formatNumber, formatPercent } from '../../format/index.ts';
import type { PlanStrings } from '../../i18n/calculators/plan.ts';
import {
	formatMemory,
	formatMoney,
	trainingPrecisionFor,
	flopsPerTokenCounted,
	type Currency,
	type FlopCount,
	type MemUnit,
} from '../shared/conventions.ts';
import { fill, mfuNote } from '../shared/messages.ts';
import {
	flopRow,
	timeRow,
	wording,
	type ModelInput,
	type ModelResult,
	type Words,
} from '../shared/model.ts';
import { known, step, type Row } from '../shared/rows.ts';
import type { PlanSchema } from './state.ts';

/** nanoGPT's estimate_mfu: an A100's BF16 dense peak, whatever the GPU (model.py). */
export const NANOGPT_PEAK = 312e12;

export type PlanModelInput = ModelInput<PlanSchema>;

export type PlanResult = ModelResult;

export function planModel(
	input: PlanModelInput,
	{ locale, common, strings }: Words<PlanStrings>,
): PlanResult {
	const { texts, values: v, models, gpu, precision, peak } = input;
	const { f, p, word } = wording(locale, common);
	const model = models.find((m) => m.id === texts.model) ?? models[0];
	const flopCount = texts.count as FlopCount;
	const errors: Record<string, string | undefined> = {};
	if (peak === undefined) errors.prec = common.core.noPeak;
	const { mb, ctx, accum, n: devices, iters, data } = v;

	// Tokens.
	const planStep = step(
		{ microBatch: mb, context: ctx, gradAccum: accum, iters, devices },
		(i) => runPlan({ ...i, datasetTokens: data }),
		word,
	);
	const plan = planStep.value;
	const planReason = planStep.reason;
	const planField = { gradAccum: 'accum', iters: 'iters' }[planStep.error?.field ?? ''];
	if (planField) errors[planField] = planReason;

	// The model at this context, and compute.
	const arch: Arch | undefined = ctx === undefined ? undefined : { ...model.arch, context: ctx };
	const archCheck = step(
		{ arch },
		(i) => countParams(i.arch, { excludePositionEmbeddings: true }),
		word,
	);
	if (archCheck.error) errors.ctx = archCheck.reason;
	const params = archCheck.value;
	// A mixture of experts: compute from the parameters a token runs through, memory from all.
	const counts = arch?.moe && params !== undefined ? paramCounts(arch) : undefined;
	const moeNote = counts
		? fill(common.moeNote, { active: f(counts.active), total: f(counts.total) })
		: undefined;
	const perToken =
		arch && params !== undefined && plan ? flopsPerTokenCounted(arch, flopCount) : undefined;
	const flopsStep = step(
		{ flopsPerToken: perToken, tokens: plan?.totalTokens },
		flopsForTokens,
		word,
		planReason ?? (archCheck.error ? archCheck.reason : undefined),
	);
	const flops = flopsStep.value;
	const flopsReason = flopsStep.reason;

	// Time and MFU.
	const measuredTime = texts.timefrom === 'measured';
	const spi = v.spi;
	const mfuIn = v.mfu;
	let seconds: number | undefined;
	let timeReason = flopsReason;
	let mfuValue: number | undefined;
	let mfuReason: string | undefined = flopsReason;
	const flopsPerStep = perToken !== undefined && plan ? perToken * plan.tokensPerStep : undefined;
	if (measuredTime) {
		if (spi !== undefined && iters !== undefined) seconds = spi * iters;
		if (
			flops !== undefined &&
			flopsPerStep !== undefined &&
			spi !== undefined &&
			devices !== undefined
		) {
			if (peak === undefined) mfuReason = common.core.noPeak;
			else {
				const r = step(
					{ flopsPerStep, secondsPerStep: spi, peakFlopsPerSecond: peak, devices },
					modelFlopsUtilization,
					word,
				);
				if (r.error) errors.spi = mfuReason = r.reason;
				else mfuValue = r.value;
			}
		}
	} else if (flops !== undefined && devices !== undefined && mfuIn !== undefined) {
		if (peak === undefined) timeReason = common.core.noPeak;
		else {
			const r = step(
				{ flops, peakFlopsPerSecond: peak, devices, utilization: mfuIn / 100 },
				trainingTime,
				word,
			);
			if (r.error) timeReason = r.reason;
			else {
				seconds = r.value;
				mfuValue = mfuIn / 100;
			}
		}
	}
	const secondsPerStep = seconds !== undefined && iters !== undefined ? seconds / iters : undefined;
	// nanoGPT's figure: the same FLOP per step over an A100's peak, per device (may exceed 100 %
	// on a faster GPU: it is a convention, not a utilisation).
	const a100 = step(
		{ flopsPerStep, secondsPerStep, devices },
		(i) => peakShare({ ...i, peakFlopsPerSecond: NANOGPT_PEAK }),
		word,
	).value;

	// Memory and energy.
	const memory = step(
		{ arch: archCheck.error ? undefined : arch, mb },
		(i) =>
			trainingMemory({
				arch: i.arch,
				microBatch: i.mb,
				precision: trainingPrecisionFor(precision),
				parallel: { data: devices ?? 1 },
			}),
		word,
	);
	const watts = v.watts;
	const power = step(
		{ watts, seconds, devices },
		(i) => energy({ ...i, pricePerKWh: v.kwh }),
		word,
	);
	const currency = texts.cur as Currency;
	const memUnit = texts.mem as MemUnit;
	const peakName =
		peak === undefined ? '' : mfuNote({ gpu, precision, peak }, '', common, locale).trim();
	const mfuIs = known({ mfuValue, perToken, plan, secondsPerStep, peak, devices });

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
		...(counts
			? [
					{
						key: 'active',
						label: common.rActive,
						value: f(counts.active),
						raw: counts.active,
						note: moeNote,
					},
				]
			: []),
		{
			...flopRow('flops', strings.rFlops, flops, flopsReason, locale),
			note: [common.flopCounts[flopCount], moeNote].filter(Boolean).join(' '),
			formula:
				flops !== undefined && perToken !== undefined && plan
					? `C = ${f(perToken)} FLOP/token × ${f(plan.totalTokens)} = ${f(flops)} FLOP`
					: undefined,
		},
		{
			...timeRow(strings.rTime, seconds, timeReason, texts.time, { locale, common }),
			formula:
				seconds !== undefined && measuredTime && spi !== undefined && iters !== undefined
					? `${formatNumber(spi, locale)} s × ${p(iters)} = ${f(seconds)} s`
					: undefined,
		},
		{
			key: 'mfu',
			label: strings.rMfu,
			value: mfuValue === undefined ? undefined : formatPercent(mfuValue, locale),
			raw: mfuValue,
			reason: mfuReason,
			note: peakName,
			formula: mfuIs
				? `MFU = (${f(mfuIs.perToken)} × ${p(mfuIs.plan.tokensPerStep)}) / (${formatNumber(mfuIs.secondsPerStep, locale)} s × ${p(mfuIs.devices)} × ${f(mfuIs.peak)}) = ${formatPercent(mfuIs.mfuValue, locale)}`
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
			value: memory.value ? formatMemory(memory.value.total, memUnit, locale) : undefined,
			raw: memory.value?.total,
			reason: memory.error ? memory.reason : flopsReason,
			note:
				gpu.memoryBytes === undefined
					? strings.memoryNote
					: `${strings.memoryNote} ${gpu.name}: ${formatMemory(gpu.memoryBytes, memUnit, locale)}.`,
		},
		{
			key: 'energy',
			label: strings.rEnergy,
			value: power.value ? `${f(power.value.kWh)} kWh` : undefined,
			raw: power.value?.kWh,
			reason: power.error ? power.reason : seconds === undefined ? timeReason : common.optionalHint,
			formula:
				power.value && watts !== undefined && seconds !== undefined && devices !== undefined
					? `${f(watts)} W × ${p(devices)} × ${f(seconds / 3600)} h = ${f(power.value.kWh)} kWh`
					: undefined,
		},
		{
			key: 'cost',
			label: strings.rCost,
			value:
				power.value?.cost != null ? formatMoney(power.value.cost, currency, locale) : undefined,
			raw: power.value?.cost ?? undefined,
			reason: power.value
				? strings.priceNeeded
				: seconds === undefined
					? timeReason
					: common.optionalHint,
		},
	];
	return { rows, errors };
}
