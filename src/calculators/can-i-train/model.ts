/**
 * The "Can I train it?" model: a model (preset, custom architecture or a bare parameter
 * count), tokens (as entered or compute-optimal), hardware and memory settings → parameters,
 * compute, time, GPU-hours, cost, energy, CO₂ and memory per GPU against the card, with a
 * verdict and what would make it fit. Every number is the core's; this file chains the calls
 * and words the rows. Plain TypeScript, tested in Node.
 */
import {
	chinchillaOptimalTokens,
	energy,
	flopsForTokens,
	gpuHours,
	maxBatchThatFits,
	paramCounts,
	parameterMemory,
	trainingFlops,
	trainingMemory,
	trainingTime,
	type Arch,
	type FitResult,
	type Optimizer,
	type Recompute,
	type TrainingMemory,
	type ZeroStage,
} from '../../core/index.ts';
import { formatNumber, formatPercent, formatPlain } from '../../format/index.ts';
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import {
	GRADIENTS_FOR,
	formatMemory,
	formatMoney,
	trainingPrecisionFor,
	flopsPerTokenCounted,
	type BytesPerParam,
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
import type { ModelOption } from '../shared/options.ts';
import { known, step, type Maybe, type Row } from '../shared/rows.ts';
import { decodeArch } from '../shared/arch-code.ts';
import { ARCH_FIELD, customArch, leverNote } from './parts.ts';
import type { TrainFit, TrainSchema } from './state.ts';

export type TrainModelInput = ModelInput<TrainSchema>;

export type TrainResult = ModelResult & {
	/** The preset chosen, if any. */
	preset?: ModelOption;
	modelMode: 'preset' | 'custom' | 'config' | 'params';
	params?: number;
	/** Parameters one token runs through (a mixture of experts: fewer than `params`). */
	active?: number;
	/** The architecture the calculation used (preset, custom or pasted). */
	arch?: Arch;
	/** Memory by part (custom or preset architecture), for the chart. */
	memory?: TrainingMemory;
};

export function trainModel(
	input: TrainModelInput,
	{ locale, common, strings }: Words<TrainStrings>,
): TrainResult {
	const { texts, values: val, models, gpu, precision, peak } = input;
	const { f, word } = wording(locale, common);
	const modelMode =
		texts.model === 'custom' || texts.model === 'config' || texts.model === 'params'
			? texts.model
			: 'preset';
	const preset = models.find((m) => m.id === texts.model);
	const memUnit = texts.mem as MemUnit;
	const currency = texts.cur as Currency;
	const flopCount = texts.count as FlopCount;
	const errors: Record<string, string | undefined> = {};

	// Architecture and parameters.
	let arch: Arch | undefined;
	let archError: string | undefined;
	let params: number | undefined;
	if (modelMode === 'preset' && preset) {
		arch = preset.arch;
		params = preset.params;
	} else if (modelMode === 'custom') {
		const custom = customArch(val, texts, word);
		if (custom.error) {
			archError = custom.reason;
			errors[ARCH_FIELD[custom.error.field] ?? 'dmodel'] = archError;
		}
		({ arch, params } = custom);
	} else if (modelMode === 'config') {
		arch = decodeArch(texts.cfg)?.arch;
		if (arch) params = paramCounts(arch).total;
		else archError = strings.config.needed;
	} else params = val.params;
	const active = arch?.moe ? paramCounts(arch).active : undefined;
	const moeNote =
		active !== undefined && params !== undefined
			? fill(common.moeNote, { active: f(active), total: f(params) })
			: undefined;

	// Tokens: as entered, or compute-optimal for these parameters.
	const fit = texts.fit as TrainFit;
	const tokensStep: Maybe<number> =
		fit === 'given'
			? { value: val.tokens }
			: step({ params }, (i) => chinchillaOptimalTokens(i.params, fit), word);
	const tokens = tokensStep.value;
	const tokensReason = tokensStep.reason;

	// Compute.
	const perToken = arch ? flopsPerTokenCounted(arch, flopCount) : undefined;
	const flopsStep = step(
		{ params, tokens },
		(i) =>
			perToken === undefined
				? trainingFlops(i)
				: flopsForTokens({ flopsPerToken: perToken, tokens: i.tokens }),
		word,
		tokensReason ?? archError,
	);
	if (flopsStep.error?.field === 'tokens') errors.tokens ??= flopsStep.reason;
	const flops = flopsStep.value;
	const flopsReason = flopsStep.reason;

	// Time.
	if (peak === undefined) errors.prec = common.core.noPeak;
	const devices = val.n;
	const mfu = val.mfu;
	const timeStep = step(
		{ flops, peakFlopsPerSecond: peak, devices, mfu },
		(i) => trainingTime({ ...i, utilization: i.mfu / 100 }),
		word,
		peak === undefined ? common.core.noPeak : flopsReason,
	);
	const seconds = timeStep.value;
	const timeReason = timeStep.reason;
	const hours = step({ seconds, devices }, (i) => gpuHours(i.seconds, i.devices), word).value;
	const price = val.price;
	const cost = hours !== undefined && price !== undefined ? hours * price : undefined;

	// Energy.
	const { watts, overhead, pue, kwh, co2 } = val;
	const power = step(
		{ seconds, devices, watts, overhead, pue },
		(i) =>
			energy({
				watts: i.watts * i.overhead,
				seconds: i.seconds,
				devices: i.devices,
				pue: i.pue,
				pricePerKWh: kwh,
				gramsCO2PerKWh: co2,
			}),
		word,
	);

	// Memory.
	const mb = val.mb;
	let memory: TrainingMemory | undefined;
	let fitResult: FitResult | undefined;
	let memoryReason: string | undefined = archError;
	let paramsOnlyBytes: number | undefined;
	if (arch && mb !== undefined && devices !== undefined) {
		const base = {
			arch,
			precision: trainingPrecisionFor(precision),
			optimizer: texts.opt as Optimizer,
			recompute: texts.recompute as Recompute,
			flashAttention: texts.flash === '1',
			parallel: { data: devices, zeroStage: Number(texts.zero) as ZeroStage },
			gradients: GRADIENTS_FOR[texts.bpp as BytesPerParam],
		};
		const m = step({ mb }, (i) => trainingMemory({ ...base, microBatch: i.mb }), word);
		if (m.error) memoryReason = m.reason;
		memory = m.value;
		const capacityBytes = gpu.memoryBytes;
		if (memory && capacityBytes !== undefined)
			fitResult = step({ capacityBytes }, (i) => maxBatchThatFits({ ...base, ...i }), word).value;
	} else if (modelMode === 'params' && params !== undefined) {
		const floor = step(
			{ params },
			(i) => parameterMemory({ params: i.params, bytesPerParam: Number(texts.bpp) }),
			word,
		);
		paramsOnlyBytes = floor.value;
		memoryReason ??= floor.reason;
	}
	const capacity = gpu.memoryBytes;

	const fmtMem = (b: number) => formatMemory(b, memUnit, locale);
	const mfuText =
		mfu === undefined
			? ''
			: mfuNote({ gpu, precision, peak }, formatPercent(mfu / 100, locale), common, locale);

	const flopFormula = (() => {
		if (flops === undefined || tokens === undefined || params === undefined) return undefined;
		if (!arch) return `C = 6 · N · D = 6 × ${f(params)} × ${f(tokens)} = ${f(flops)} FLOP`;
		const a = arch;
		const n = flopsPerTokenCounted(a, '6n') / 6;
		const attn =
			flopCount === '6n'
				? ''
				: ` + ${flopCount === 'causal' ? '6' : '12'} × ${a.layers} × ${formatPlain(a.dModel, locale)} × ${formatPlain(a.context, locale)}`;
		return `C = (6 × ${f(n)}${attn}) × ${f(tokens)} = ${f(flops)} FLOP`;
	})();

	let verdict: string | undefined;
	let verdictReason = memoryReason;
	let verdictNote: string | undefined;
	if (capacity === undefined) verdictReason = strings.memoryUnknown;
	else if (memory) {
		const fitsNow = memory.total <= capacity;
		verdict = fill(fitsNow ? strings.fitsYes : strings.notFits, {
			total: fmtMem(memory.total),
			capacity: fmtMem(capacity),
		});
		if (!fitsNow && fitResult) verdictNote = leverNote(fitResult, strings, locale);
	} else if (paramsOnlyBytes !== undefined) {
		verdict = fill(paramsOnlyBytes <= capacity ? strings.fitsYes : strings.notFits, {
			total: fmtMem(paramsOnlyBytes),
			capacity: fmtMem(capacity),
		});
		verdictNote = strings.paramsOnlyMemory;
	}

	const time = known({ seconds, flops, devices, mfu, peak });
	const energyIn = known({ kWh: power.value?.kWh, watts, overhead, pue, devices, seconds });
	const co2Grams = power.value?.co2Grams ?? undefined;
	const rows: Row[] = [
		{
			key: 'params',
			label: strings.rParams,
			value: params === undefined ? undefined : `${f(params)}`,
			raw: params,
			reason: archError,
			note: arch ? strings.paramsExact : undefined,
		},
		...(active === undefined
			? []
			: [{ key: 'active', label: common.rActive, value: f(active), raw: active, note: moeNote }]),
		{
			key: 'tokens',
			label: strings.rTokens,
			value: tokens === undefined ? undefined : f(tokens),
			raw: tokens,
			reason: tokensReason,
			note: fit !== 'given' ? strings.tokensOptimal : undefined,
		},
		{
			...flopRow('flops', strings.rFlops, flops, flopsReason, locale),
			formula: flopFormula,
			note: arch
				? [common.flopCounts[flopCount], moeNote].filter(Boolean).join(' ')
				: strings.paramsOnlyFlop,
		},
		{
			...timeRow(strings.rTime, seconds, timeReason, texts.time, { locale, common }),
			note: mfuText,
			formula: time
				? `t = C / (n × peak × MFU) = ${f(time.flops)} / (${formatPlain(time.devices, locale)} × ${f(time.peak)} × ${formatNumber(time.mfu / 100, locale)}) = ${f(time.seconds)} s`
				: undefined,
		},
		{
			key: 'gpuHours',
			label: strings.rGpuHours,
			value: hours === undefined ? undefined : f(hours),
			raw: hours,
			reason: timeReason,
			formula:
				hours === undefined || seconds === undefined || devices === undefined
					? undefined
					: `GPU-h = t × n / 3600 = ${f(seconds)} × ${formatPlain(devices, locale)} / 3600 = ${f(hours)}`,
		},
		{
			key: 'cost',
			label: strings.rCost,
			value: cost === undefined ? undefined : formatMoney(cost, currency, locale),
			raw: cost,
			reason: hours === undefined ? timeReason : strings.priceNeeded,
			formula:
				cost === undefined || hours === undefined || price === undefined
					? undefined
					: `${f(hours)} GPU-h × ${formatMoney(price, currency, locale)} = ${formatMoney(cost, currency, locale)}`,
		},
		{
			key: 'energy',
			label: strings.rEnergy,
			value: power.value
				? `${f(power.value.kWh)} kWh${power.value.cost === null ? '' : ` · ${formatMoney(power.value.cost, currency, locale)}`}`
				: undefined,
			raw: power.value?.kWh,
			reason: power.error ? power.reason : seconds === undefined ? timeReason : strings.wattsNeeded,
			formula: energyIn
				? `E = P × overhead × n × t × PUE = ${f(energyIn.watts)} W × ${formatNumber(energyIn.overhead, locale)} × ${formatPlain(energyIn.devices, locale)} × ${f(energyIn.seconds / 3600)} h × ${formatNumber(energyIn.pue, locale)} = ${f(energyIn.kWh)} kWh`
				: undefined,
		},
		{
			key: 'co2',
			label: strings.rCo2,
			value: co2Grams !== undefined ? `${f(co2Grams / 1000)} kg CO₂` : undefined,
			raw: co2Grams,
			reason: power.value
				? strings.co2Needed
				: seconds === undefined
					? timeReason
					: strings.wattsNeeded,
			formula:
				co2Grams !== undefined && co2 !== undefined && power.value
					? `${f(power.value.kWh)} kWh × ${f(co2)} g/kWh = ${f(co2Grams / 1000)} kg`
					: undefined,
		},
		{
			key: 'memory',
			label: strings.rMemory,
			value: memory
				? fmtMem(memory.total)
				: paramsOnlyBytes !== undefined
					? `≥ ${fmtMem(paramsOnlyBytes)}`
					: undefined,
			raw: memory?.total ?? paramsOnlyBytes,
			reason: memoryReason,
			formula: memory
				? `${strings.parts.weights} ${fmtMem(memory.weights)} + ${strings.parts.gradients} ${fmtMem(memory.gradients)} + ${strings.parts.optimizer} ${fmtMem(memory.optimizer)} + ${strings.parts.activations} ${fmtMem(memory.activations)} + ${strings.parts.logits} ${fmtMem(memory.logits)} + ${strings.parts.overhead} ${fmtMem(memory.overhead)} = ${fmtMem(memory.total)}`
				: undefined,
			main: true,
		},
		{
			key: 'verdict',
			label: strings.rVerdict,
			value: verdict,
			raw: verdict,
			reason: verdictReason,
			note: verdictNote,
		},
		{
			key: 'maxBatch',
			label: strings.rMaxBatch,
			value: fitResult
				? fitResult.fits
					? formatPlain(fitResult.microBatch, locale)
					: strings.noneFits
				: undefined,
			raw: fitResult?.microBatch,
			reason:
				capacity === undefined
					? strings.memoryUnknown
					: (memoryReason ?? (modelMode === 'params' ? strings.paramsOnlyMemory : undefined)),
		},
	];
	return { rows, errors, preset, modelMode, params, active, arch, memory };
}
