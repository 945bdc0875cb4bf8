/**
 * The home page's quick answer: a model and a GPU → yes / no / only with changes, with the
 * three numbers behind it and a link to the full calculator. The view of model.ts.
 */
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import { linkSchema } from '../can-i-train/link.ts';
import { binder, modelChoices } from '../shared/fields.tsx';
import { Results, Shell } from '../shared/frame.tsx';
import { GpuFields, useGpuCalc, type GpuIslandProps } from '../shared/hardware.tsx';
import { gpuIds, type GpuOption, type ModelOption } from '../shared/options.ts';
import type { Defaults, Schema } from '../shared/state.ts';
import { quickModel } from './model.ts';
import { withCatalog, type CatalogProps } from '../shared/presets.ts';

export const QUICK_PREFIX = 'quick';

type Props = GpuIslandProps &
	CatalogProps & {
		strings: TrainStrings;
		modelId?: string;
		gpuId?: string;
	};

const schemaFor = (models: readonly ModelOption[], gpus: readonly GpuOption[]) =>
	({
		model: { kind: 'choice', values: [...models.map((m) => m.id), 'params'] },
		params: { kind: 'number', max: 1e15 },
		gpu: { kind: 'choice', values: gpuIds(gpus) },
	}) satisfies Schema;
type QuickSchema = ReturnType<typeof schemaFor>;

export default function QuickAnswer(raw: Props) {
	const props = withCatalog(raw);
	const { level, locale, common, strings, models, modelId, gpuId } = props;
	const quickDefaults = (gpus: readonly GpuOption[]): Defaults<QuickSchema> => {
		const model = models.find((m) => m.id === modelId) ?? models[0];
		return {
			model: model.id,
			params: model.params,
			gpu: (gpus.find((g) => g.id === gpuId) ?? gpus[0]).id,
		};
	};
	const calc = useGpuCalc(props, QUICK_PREFIX, (gpus) => schemaFor(models, gpus), quickDefaults);
	// No precision field: BF16 where the GPU has it, FP32 otherwise.
	const { texts, num, gpu } = calc;

	const preset = models.find((m) => m.id === texts.model);
	const paramsField = num('params');
	const card = gpu.memoryBytes;
	const { answer, reason, rows, href } = quickModel(
		{ ...calc, preset, params: paramsField.value, trainSchema: linkSchema(models, calc.gpus) },
		{ locale, common, strings },
	);

	const bind = binder(calc, { params: paramsField.error });
	return (
		<Shell
			level={level}
			title={strings.quickTitle}
			intro={strings.quickIntro}
			strings={common}
			calc={calc}
		>
			<div class="calc-fields">
				{bind.select('model', strings.quickModel, [
					...modelChoices(models),
					{ value: 'params', label: strings.modelParams },
				])}
				{!preset && bind.field('params', strings.quickParams, common.numberHint)}
				<GpuFields calc={calc} bind={bind} common={common} precision={false} />
			</div>
			<p class="calc-verdict" aria-live="polite">
				{answer ??
					`— ${reason ?? (card === undefined ? strings.memoryUnknown : common.needsInput)}`}
			</p>
			<Results rows={rows} strings={common} locale={locale} />
			<p>
				<a class="calc-open" href={href}>
					{strings.openFull}
				</a>
			</p>
		</Shell>
	);
}
