/**
 * "Can I train it?": the view of model.ts (a model, tokens, hardware and memory settings →
 * compute, time, cost, energy and memory against the card, with a verdict).
 */
import { StackedBarChart } from '../../charts/index.ts';
import { OPTIMIZERS, RECOMPUTE_MODES } from '../../core/index.ts';
import { formatNumber } from '../../format/index.ts';
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import {
	BYTES_PER_PARAM_CHOICES,
	bytesPerUnit,
	formatMemory,
	formatMoney,
	type Currency,
	type MemUnit,
} from '../shared/conventions.ts';
import {
	ConventionFields,
	SelectField,
	binder,
	modelChoices,
	optionsOf,
} from '../shared/fields.tsx';
import { decodeArch } from '../shared/arch-code.ts';
import { ConfigField } from '../shared/config-field.tsx';
import { Results, Shell, Tools } from '../shared/frame.tsx';
import { GpuFields, mfuField, useModelCalc, type ModelIslandProps } from '../shared/hardware.tsx';
import { fill } from '../shared/messages.ts';
import { TRAIN_PREFIX } from '../shared/options.ts';
import { trainModel } from './model.ts';
import {
	TRAIN_FITS,
	ZEROS,
	archFields,
	trainDefaults,
	trainSchema,
	type TrainInputs,
	type TrainSchema,
} from './state.ts';
import { withCatalog } from '../shared/presets.ts';

export type { TrainInputs };

export default function CanITrain(raw: ModelIslandProps<TrainStrings, TrainInputs>) {
	const props = withCatalog(raw);
	const { level, locale, common, strings, models } = props;
	const { calc, result, errors } = useModelCalc(
		props,
		TRAIN_PREFIX,
		trainSchema,
		trainDefaults,
		trainModel,
	);
	const { texts, gpu } = calc;
	const { rows, preset, modelMode, params, memory } = result;
	const memUnit = texts.mem as MemUnit;
	const currency = texts.cur as Currency;
	const capacity = gpu.memoryBytes;
	const fmtMem = (b: number) => formatMemory(b, memUnit, locale);

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
							{ value: 'config', label: strings.modelConfig },
							{ value: 'params', label: strings.modelParams },
						]}
						onChange={chooseModel}
					/>
					{modelMode === 'config' && (
						<ConfigField
							id={calc.id}
							code={texts.cfg}
							strings={strings.config}
							locale={locale}
							disabled={calc.disabled}
							onCode={(code) => calc.set('cfg', code)}
						/>
					)}
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
					{select('fit', strings.fit, optionsOf(TRAIN_FITS, strings.fits))}
					{texts.fit === 'given' && field('tokens', strings.tokens, common.numberHint)}
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
					{select('recompute', strings.recompute, optionsOf(RECOMPUTE_MODES, strings.recomputes))}
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
				{select('bpp', common.bpp, optionsOf(BYTES_PER_PARAM_CHOICES, common.bpps))}
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
							label:
								preset?.name ??
								(modelMode === 'config'
									? (decodeArch(texts.cfg)?.modelType ?? strings.config.label)
									: strings.modelCustom),
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
