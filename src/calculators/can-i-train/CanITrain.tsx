/**
 * "Can I train it?": a model (preset, custom architecture, or a bare parameter count), tokens
 * (as entered or compute-optimal), hardware and memory settings → parameters, compute, time,
 * GPU-hours, cost, energy, CO₂ and memory per GPU against the card, with a verdict and what
 * would make it fit. Every number comes from src/core; this file only wires and words them.
 */
import { StackedBarChart } from '../../charts/index.ts';
import {
	DEFAULT_OVERHEAD_BYTES,
	chinchillaOptimalTokens,
	countParams,
	energy,
	flopsForTokens,
	gpuHours,
	maxBatchThatFits,
	trainingFlops,
	trainingMemory,
	trainingTime,
	type Arch,
	type ChinchillaFit,
	type FitResult,
	type Optimizer,
	type Recompute,
	type TrainingMemory,
	type ZeroStage,
} from '../../core/index.ts';
import { formatNumber, formatPercent, formatPlain } from '../../format/index.ts';
import {
	BPPS,
	CURRENCIES,
	FLOP_COUNTS,
	GRADIENTS_FOR,
	MEM_UNITS,
	TIME_UNITS,
	bytesPerUnit,
	flopsText,
	formatMemory,
	formatMoney,
	formatTime,
	memoryPrecision,
	perTokenFlops,
	type Bpp,
	type Currency,
	type FlopCount,
	type MemUnit,
	type TimeUnit,
} from '../shared/conventions.ts';
import { coreMessage, fill } from '../shared/messages.ts';
import {
	DEFAULT_MFU,
	PRECISIONS,
	TRAIN_PREFIX,
	defaultPrecision,
	type GpuOption,
	type ModelOption,
	type Precision,
} from '../shared/options.ts';
import type { Defaults, Schema } from '../shared/state.ts';
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import {
	ConventionFields,
	SelectField,
	binder,
	modelChoices,
	optionsOf,
} from '../shared/fields.tsx';
import { Results, Shell, Tools } from '../shared/frame.tsx';
import { mfuNote } from '../shared/messages.ts';
import { type Row } from '../shared/rows.ts';
import { attempt } from '../shared/useCalc.ts';
import { GpuFields, mfuField, useGpuCalc, type GpuIslandProps } from '../shared/hardware.tsx';
import { gpuIds } from '../shared/measured.ts';

const FITS = ['given', 'epoch', 'hoffmann', 'tokens20'] as const;
const OPTIMIZERS: readonly Optimizer[] = ['adam', 'adam-8bit', 'sgd-momentum', 'sgd'];
const RECOMPUTES: readonly Recompute[] = ['none', 'selective', 'full'];
const ZEROS = ['0', '1', '2', '3'] as const;

/** The inputs a scenario (or an article) can set; the rest take the defaults below. */
export type TrainInputs = {
	modelId?: string;
	params?: number;
	tokens?: number;
	fit?: (typeof FITS)[number];
	gpuId?: string;
	precision?: Precision;
	devices?: number;
	/** Percent, e.g. 40. */
	mfu?: number;
	microBatch?: number;
	watts?: number;
	pricePerKWh?: number;
};

export function trainSchema(models: readonly ModelOption[], gpus: readonly GpuOption[]) {
	return {
		model: { kind: 'choice', values: [...models.map((m) => m.id), 'custom', 'params'] },
		params: { kind: 'number', max: 1e15 },
		family: { kind: 'choice', values: ['gpt2', 'llama'] },
		layers: { kind: 'number', integer: true, max: 10_000 },
		heads: { kind: 'number', integer: true, max: 100_000 },
		kv: { kind: 'number', integer: true, max: 100_000 },
		dmodel: { kind: 'number', integer: true, max: 1_000_000 },
		ffn: { kind: 'number', integer: true, max: 10_000_000 },
		vocab: { kind: 'number', integer: true, max: 100_000_000 },
		ctx: { kind: 'number', integer: true, max: 100_000_000 },
		tied: { kind: 'flag' },
		fit: { kind: 'choice', values: FITS },
		tokens: { kind: 'number', max: 1e17 },
		gpu: { kind: 'choice', values: gpuIds(gpus) },
		prec: { kind: 'choice', values: PRECISIONS },
		n: { kind: 'number', integer: true, max: 1e8 },
		mfu: { kind: 'number', max: 100 },
		opt: { kind: 'choice', values: OPTIMIZERS },
		recompute: { kind: 'choice', values: RECOMPUTES },
		flash: { kind: 'flag' },
		zero: { kind: 'choice', values: ZEROS },
		mb: { kind: 'number', integer: true, max: 1_000_000 },
		price: { kind: 'number', zero: true, optional: true, max: 1e6 },
		cur: { kind: 'choice', values: CURRENCIES },
		watts: { kind: 'number', optional: true, max: 100_000 },
		overhead: { kind: 'number', min: 1, max: 3 },
		pue: { kind: 'number', min: 1, max: 3 },
		kwh: { kind: 'number', zero: true, optional: true, max: 1000 },
		co2: { kind: 'number', zero: true, optional: true, max: 5000 },
		flops: { kind: 'choice', values: FLOP_COUNTS },
		bpp: { kind: 'choice', values: BPPS },
		mem: { kind: 'choice', values: MEM_UNITS },
		time: { kind: 'choice', values: TIME_UNITS },
	} satisfies Schema;
}
export type TrainSchema = ReturnType<typeof trainSchema>;

/** The custom-architecture fields that describe `a`. */
const archFields = (a: Arch) => ({
	family: a.family,
	layers: a.layers,
	heads: a.heads,
	kv: a.kvHeads ?? a.heads,
	dmodel: a.dModel,
	ffn: a.ffnDim ?? 4 * a.dModel,
	vocab: a.vocab,
	ctx: a.context,
	tied: (a.tiedEmbeddings ?? a.family === 'gpt2') ? '1' : '0',
});

/** Default values: the scenario's inputs over the site's defaults (40 % MFU, BF16, Adam). */
export function trainDefaults(
	models: readonly ModelOption[],
	gpus: readonly GpuOption[],
	inputs: TrainInputs,
): Defaults<TrainSchema> {
	const model = models.find((m) => m.id === inputs.modelId) ?? models[0];
	const gpu = gpus.find((g) => g.id === inputs.gpuId) ?? gpus[0];
	const precision = inputs.precision ?? defaultPrecision(gpu);
	return {
		model: inputs.modelId === undefined && inputs.params !== undefined ? 'params' : model.id,
		params: inputs.params ?? model.params,
		...archFields(model.arch),
		fit: inputs.fit ?? (inputs.tokens === undefined ? 'epoch' : 'given'),
		tokens: inputs.tokens ?? model.trainingTokens ?? 20 * model.params,
		gpu: gpu.id,
		prec: precision,
		n: inputs.devices ?? 1,
		mfu: inputs.mfu ?? DEFAULT_MFU,
		opt: 'adam',
		recompute: 'none',
		flash: '1',
		zero: '0',
		mb: inputs.microBatch ?? 1,
		price: gpu.price?.usdPerHour ?? '',
		cur: 'usd',
		watts: inputs.watts ?? gpu.watts ?? '',
		overhead: 1,
		pue: 1,
		kwh: inputs.pricePerKWh ?? 0.15,
		co2: 400,
		flops: 'attn',
		bpp: '16',
		mem: 'gib',
		time: 'auto',
	};
}

type Props = GpuIslandProps & {
	strings: TrainStrings;
	models: readonly ModelOption[];
	inputs?: TrainInputs;
};

/** The architecture the fields describe, or why not. */
function customArch(v: Record<string, number | undefined>, family: string, tied: boolean): Arch {
	return {
		family: family === 'llama' ? 'llama' : 'gpt2',
		layers: v.layers as number,
		heads: v.heads as number,
		kvHeads: v.kv,
		dModel: v.dmodel as number,
		ffnDim: v.ffn,
		vocab: v.vocab as number,
		context: v.ctx as number,
		tiedEmbeddings: tied,
	};
}

const ARCH_FIELD: Record<string, string> = {
	layers: 'layers',
	heads: 'heads',
	kvHeads: 'kv',
	dModel: 'dmodel',
	ffnDim: 'ffn',
	vocab: 'vocab',
	context: 'ctx',
};

export default function CanITrain(props: Props) {
	const { level, locale, common, strings, models, gpus: catalog, inputs = {} } = props;
	const calc = useGpuCalc(
		props,
		TRAIN_PREFIX,
		(gpus) => trainSchema(models, gpus),
		() => trainDefaults(models, catalog, inputs),
	);
	const { texts, num, gpu, precision, peak } = calc;
	const f = (x: number) => formatNumber(x, locale);

	const modelMode =
		texts.model === 'custom' ? 'custom' : texts.model === 'params' ? 'params' : 'preset';
	const preset = models.find((m) => m.id === texts.model);
	const memUnit = texts.mem as MemUnit;
	const timeUnit = texts.time as TimeUnit;
	const currency = texts.cur as Currency;
	const flopCount = texts.flops as FlopCount;

	// Field errors: parse errors first; core errors are added next to the field they name.
	const errors = calc.errors();
	const val = (key: keyof TrainSchema) => num(key).value;

	// Architecture and parameters.
	let arch: Arch | undefined;
	let archError: string | undefined;
	let params: number | undefined;
	if (modelMode === 'preset' && preset) {
		arch = preset.arch;
		params = preset.params;
	} else if (modelMode === 'custom') {
		const keys = ['layers', 'heads', 'kv', 'dmodel', 'ffn', 'vocab', 'ctx'] as const;
		if (keys.every((k) => val(k) !== undefined)) {
			const candidate = customArch(
				Object.fromEntries(keys.map((k) => [k, val(k)])),
				texts.family,
				texts.tied === '1',
			);
			const counted = attempt(() => countParams(candidate));
			if (counted.error) {
				const field = ARCH_FIELD[counted.error.field ?? ''] ?? 'dmodel';
				errors[field] = coreMessage(counted.error, common);
				archError = errors[field];
			} else {
				arch = candidate;
				params = counted.value;
			}
		}
	} else {
		params = val('params');
	}

	// Tokens.
	const fit = texts.fit as (typeof FITS)[number];
	let tokens: number | undefined;
	let tokensReason: string | undefined;
	if (fit === 'given') tokens = val('tokens');
	else if (params !== undefined) {
		const t = attempt(() => chinchillaOptimalTokens(params as number, fit as ChinchillaFit));
		if (t.error) tokensReason = coreMessage(t.error, common);
		else tokens = t.value;
	}

	// Compute.
	let flops: number | undefined;
	let flopsReason: string | undefined = tokensReason ?? archError;
	let perToken: number | undefined;
	if (params !== undefined && tokens !== undefined) {
		const r = attempt(() => {
			if (arch) {
				perToken = perTokenFlops(arch, flopCount);
				return flopsForTokens({ flopsPerToken: perToken, tokens: tokens as number });
			}
			return trainingFlops({ params: params as number, tokens: tokens as number });
		});
		if (r.error) {
			flopsReason = coreMessage(r.error, common);
			if (r.error.field === 'tokens') errors.tokens ??= flopsReason;
		} else flops = r.value;
	}

	// Time.
	if (peak === undefined) errors.prec = common.core.noPeak;
	const devices = val('n');
	const mfu = val('mfu');
	let seconds: number | undefined;
	let timeReason = flopsReason;
	if (flops !== undefined && peak !== undefined && devices !== undefined && mfu !== undefined) {
		const r = attempt(() =>
			trainingTime({
				flops: flops as number,
				peakFlopsPerSecond: peak,
				devices,
				utilization: mfu / 100,
			}),
		);
		if (r.error) timeReason = coreMessage(r.error, common);
		else seconds = r.value;
	} else if (peak === undefined) timeReason = common.core.noPeak;

	const hours =
		seconds !== undefined && devices !== undefined
			? attempt(() => gpuHours(seconds as number, devices)).value
			: undefined;
	const price = val('price');
	const cost = hours !== undefined && price !== undefined ? hours * price : undefined;

	// Energy.
	const watts = val('watts');
	const overhead = val('overhead');
	const pue = val('pue');
	const kwh = val('kwh');
	const co2 = val('co2');
	const power =
		seconds !== undefined &&
		devices !== undefined &&
		watts !== undefined &&
		overhead !== undefined &&
		pue !== undefined
			? attempt(() =>
					energy({
						watts: watts * overhead,
						seconds: seconds as number,
						devices,
						pue,
						pricePerKWh: kwh,
						gramsCO2PerKWh: co2,
					}),
				)
			: undefined;

	// Memory.
	const mb = val('mb');
	const memPrecision = memoryPrecision(precision);
	let memory: TrainingMemory | undefined;
	let fitResult: FitResult | undefined;
	let memoryReason: string | undefined = archError;
	let paramsOnlyBytes: number | undefined;
	if (arch && mb !== undefined && devices !== undefined) {
		const base = {
			arch,
			precision: memPrecision,
			optimizer: texts.opt as Optimizer,
			recompute: texts.recompute as Recompute,
			flashAttention: texts.flash === '1',
			parallel: { data: devices, zeroStage: Number(texts.zero) as ZeroStage },
			gradients: GRADIENTS_FOR[texts.bpp as Bpp],
		};
		const m = attempt(() => trainingMemory({ ...base, microBatch: mb }));
		if (m.error) memoryReason = coreMessage(m.error, common);
		else memory = m.value;
		if (gpu.memoryBytes !== undefined && memory) {
			const capacityBytes = gpu.memoryBytes;
			fitResult = attempt(() => maxBatchThatFits({ ...base, capacityBytes })).value;
		}
	} else if (modelMode === 'params' && params !== undefined) {
		paramsOnlyBytes = params * Number(texts.bpp) + DEFAULT_OVERHEAD_BYTES;
	}
	const capacity = gpu.memoryBytes;

	const fmtMem = (b: number) => formatMemory(b, memUnit, locale);
	const mfuText =
		mfu === undefined ? '' : mfuNote(calc, formatPercent(mfu / 100, locale), common, locale);

	const flopFormula = (() => {
		if (flops === undefined || tokens === undefined || params === undefined) return undefined;
		if (!arch) return `C = 6 · N · D = 6 × ${f(params)} × ${f(tokens)} = ${f(flops)} FLOP`;
		const a = arch;
		const n = perTokenFlops(a, '6n') / 6;
		const attn =
			flopCount === '6n'
				? ''
				: ` + ${flopCount === 'causal' ? '6' : '12'} × ${a.layers} × ${formatPlain(a.dModel, locale)} × ${formatPlain(a.context, locale)}`;
		return `C = (6 × ${f(n)}${attn}) × ${f(tokens)} = ${f(flops)} FLOP`;
	})();

	let verdict: string | undefined;
	let verdictReason = memoryReason;
	let verdictNote: string | undefined;
	if (gpu.memoryBytes === undefined) verdictReason = strings.memoryUnknown;
	else if (memory && capacity !== undefined) {
		const fitsNow = memory.total <= capacity;
		verdict = fill(fitsNow ? strings.fitsYes : strings.notFits, {
			total: fmtMem(memory.total),
			capacity: fmtMem(capacity),
		});
		if (!fitsNow && fitResult) {
			if (fitResult.fits)
				verdictNote = fill(strings.reduceBatch, { mb: formatPlain(fitResult.microBatch, locale) });
			else if (fitResult.levers.length) {
				const l = fitResult.levers[0];
				const name = fill(strings.levers[l.lever], { value: String(l.value) });
				verdictNote = `${strings.leversIntro} ${name} (${fill(strings.leverBatch, { mb: formatPlain(l.microBatch, locale) })}).`;
			} else verdictNote = fitResult.allLeversFit ? strings.allTogether : strings.allNotEnough;
		}
	} else if (paramsOnlyBytes !== undefined && capacity !== undefined) {
		verdict = fill(paramsOnlyBytes <= capacity ? strings.fitsYes : strings.notFits, {
			total: fmtMem(paramsOnlyBytes),
			capacity: fmtMem(capacity),
		});
		verdictNote = strings.paramsOnlyMemory;
	}

	const rows: Row[] = [
		{
			key: 'params',
			label: strings.rParams,
			value: params === undefined ? undefined : `${f(params)}`,
			raw: params,
			reason: archError,
			note: arch ? strings.paramsExact : undefined,
		},
		{
			key: 'tokens',
			label: strings.rTokens,
			value: tokens === undefined ? undefined : f(tokens),
			raw: tokens,
			reason: tokensReason,
			note: fit !== 'given' ? strings.tokensOptimal : undefined,
		},
		{
			key: 'flops',
			label: strings.rFlops,
			value: flops === undefined ? undefined : flopsText(flops, locale),
			raw: flops,
			reason: flopsReason,
			formula: flopFormula,
			note: arch ? common.flopCounts[flopCount] : strings.paramsOnlyFlop,
			main: true,
		},
		{
			key: 'time',
			label: strings.rTime,
			value:
				seconds === undefined ? undefined : formatTime(seconds, timeUnit, locale, common.inYears),
			raw: seconds,
			reason: timeReason,
			note: mfuText,
			formula:
				seconds === undefined ||
				flops === undefined ||
				devices === undefined ||
				mfu === undefined ||
				peak === undefined
					? undefined
					: `t = C / (n × peak × MFU) = ${f(flops)} / (${formatPlain(devices, locale)} × ${f(peak)} × ${formatNumber(mfu / 100, locale)}) = ${f(seconds)} s`,
			main: true,
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
			value: power?.value
				? `${f(power.value.kWh)} kWh${power.value.cost === null ? '' : ` · ${formatMoney(power.value.cost, currency, locale)}`}`
				: undefined,
			raw: power?.value?.kWh,
			reason: power?.error
				? coreMessage(power.error, common)
				: seconds === undefined
					? timeReason
					: strings.wattsNeeded,
			formula:
				power?.value &&
				watts !== undefined &&
				overhead !== undefined &&
				pue !== undefined &&
				devices !== undefined &&
				seconds !== undefined
					? `E = P × overhead × n × t × PUE = ${f(watts)} W × ${formatNumber(overhead, locale)} × ${formatPlain(devices, locale)} × ${f(seconds / 3600)} h × ${formatNumber(pue, locale)} = ${f(power.value.kWh)} kWh`
					: undefined,
		},
		{
			key: 'co2',
			label: strings.rCo2,
			value:
				power?.value?.co2Grams != null ? `${f(power.value.co2Grams / 1000)} kg CO₂` : undefined,
			raw: power?.value?.co2Grams ?? undefined,
			reason: power?.value
				? strings.co2Needed
				: seconds === undefined
					? timeReason
					: strings.wattsNeeded,
			formula:
				power?.value?.co2Grams != null && co2 !== undefined
					? `${f(power.value.kWh)} kWh × ${f(co2)} g/kWh = ${f(power.value.co2Grams / 1000)} kg`
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
				gpu.memoryBytes === undefined
					? strings.memoryUnknown
					: (memoryReason ?? (modelMode === 'params' ? strings.paramsOnlyMemory : undefined)),
		},
	];

	const unit = bytesPerUnit(memUnit);

	const chooseModel = (value: string) => {
		// Switching to a custom architecture starts from the preset that was shown, and to a
		// parameter count from its count (one update: each field from the same state).
		const next: Partial<Record<keyof TrainSchema, string>> = { model: value };
		if (value === 'custom' && preset) {
			for (const [k, v] of Object.entries(archFields(preset.arch)))
				next[k as keyof TrainSchema] = String(v);
		}
		if (value === 'params' && params !== undefined)
			next.params = formatNumber(params, locale, { digits: 4 });
		calc.update(next);
	};

	const priceHint =
		currency !== 'usd'
			? fill(strings.priceCurrency, { currency: common.currencies[currency] })
			: gpu.price
				? fill(strings.priceDefault, {
						price: formatMoney(gpu.price.usdPerHour, 'usd', locale),
						provider: gpu.price.provider,
						date: gpu.price.date,
					})
				: strings.priceNone;

	const bind = binder(calc, errors);
	const { field, select, check } = bind;
	return (
		<Shell level={level} title={strings.title} intro={strings.intro} strings={common} calc={calc}>
			<fieldset class="calc-group">
				<legend>{strings.sectionModel}</legend>
				<div class="calc-fields">
					<SelectField
						id={calc.id}
						name="model"
						label={strings.model}
						value={texts.model}
						disabled={calc.disabled}
						options={[
							...modelChoices(models),
							{ value: 'custom', label: strings.modelCustom },
							{ value: 'params', label: strings.modelParams },
						]}
						onChange={chooseModel}
					/>
					{modelMode === 'params' && field('params', strings.params, common.numberHint)}
					{modelMode === 'custom' && (
						<>
							{select('family', strings.family, optionsOf(['gpt2', 'llama'], strings.families))}
							{field('layers', strings.layers)}
							{field('heads', strings.heads)}
							{field('kv', strings.kvHeads)}
							{field('dmodel', strings.dModel)}
							{field('ffn', strings.ffn)}
							{field('vocab', strings.vocab)}
							{field('ctx', strings.context)}
							{check('tied', strings.tied)}
						</>
					)}
				</div>
			</fieldset>
			<fieldset class="calc-group">
				<legend>{strings.sectionData}</legend>
				<div class="calc-fields">
					{select('fit', strings.fit, optionsOf(FITS, strings.fits))}
					{fit === 'given' && field('tokens', strings.tokens, common.numberHint)}
				</div>
			</fieldset>
			<fieldset class="calc-group">
				<legend>{strings.sectionHardware}</legend>
				<div class="calc-fields">
					<GpuFields calc={calc} bind={bind} common={common} dated />
					{field('n', common.devices)}
					{mfuField(bind, calc, common)}
				</div>
			</fieldset>
			<fieldset class="calc-group">
				<legend>{strings.sectionMemory}</legend>
				<div class="calc-fields">
					{field('mb', strings.microBatch)}
					{select('opt', strings.optimizer, optionsOf(OPTIMIZERS, strings.optimizers))}
					{select('recompute', strings.recompute, optionsOf(RECOMPUTES, strings.recomputes))}
					{select('zero', strings.zero, optionsOf(ZEROS, strings.zeros))}
					{check('flash', strings.flash)}
				</div>
			</fieldset>
			<fieldset class="calc-group">
				<legend>{strings.sectionCost}</legend>
				<div class="calc-fields">
					{field('price', strings.price, priceHint)}
					{field('watts', common.watts)}
					{field('kwh', common.kwhPrice, common.optionalHint)}
					{field('co2', common.co2, common.optionalHint)}
				</div>
			</fieldset>
			<ConventionFields bind={bind} strings={common}>
				{select('bpp', common.bpp, optionsOf(BPPS, common.bpps))}
				{field('overhead', common.serverOverhead)}
				{field('pue', common.pue)}
			</ConventionFields>
			<Results rows={rows} strings={common} locale={locale} />
			{memory && (
				<StackedBarChart
					title={strings.chartTitle}
					desc={strings.chartDesc}
					locale={locale}
					axisLabel={`${strings.chartAxis} (${memUnit === 'gb' ? 'GB' : 'GiB'})`}
					formatValue={(v) => fmtMem(v * unit)}
					bars={[
						{
							label: preset?.name ?? strings.modelCustom,
							parts: (
								['weights', 'gradients', 'optimizer', 'activations', 'logits', 'overhead'] as const
							).map((k) => ({
								key: k,
								label: strings.parts[k],
								value: memory[k] / unit,
							})),
						},
					]}
					references={
						capacity === undefined
							? []
							: [{ label: `${gpu.name} (${fmtMem(capacity)})`, value: capacity / unit }]
					}
				/>
			)}
			<Tools name="can-i-train-it" strings={common} calc={calc} rows={rows} />
		</Shell>
	);
}
