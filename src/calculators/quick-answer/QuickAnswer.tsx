/**
 * The home page's quick answer: a model (preset or a parameter count) and a GPU → yes / no /
 * only with changes, with the three numbers behind it (compute at 20 tokens per parameter, time
 * on one card at 40 % MFU, memory against the card) and a link that opens the full "Can I
 * train it?" calculator with the same choices.
 */
import {
	DEFAULT_OVERHEAD_BYTES,
	SECONDS_PER_DAY,
	SECONDS_PER_YEAR,
	TOKENS_PER_PARAM_RULE,
	flopsForTokens,
	maxBatchThatFits,
	trainingFlops,
	trainingTime,
} from '../../core/index.ts';
import { formatParams } from '../../format/index.ts';
import { flopsText, formatMemory, formatTime, perTokenFlops } from '../shared/conventions.ts';
import { coreMessage, fill } from '../shared/messages.ts';
import { TRAIN_PREFIX, type GpuOption, type ModelOption } from '../shared/options.ts';
import type { Defaults, Schema } from '../shared/state.ts';
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import { GpuFields, useGpuCalc, type GpuIslandProps } from '../shared/hardware.tsx';
import { gpuIds } from '../shared/measured.ts';
import { Results, Shell } from '../shared/frame.tsx';
import { binder, modelChoices } from '../shared/fields.tsx';
import { type Row } from '../shared/rows.ts';
import { attempt } from '../shared/useCalc.ts';

export const QUICK_PREFIX = 'quick';
/** The quick answer's assumptions: 40 % MFU, one card; "yes" within 30 days, "with changes" within a year. */
const MFU = 0.4;
const YES_SECONDS = 30 * SECONDS_PER_DAY;
const MAYBE_SECONDS = SECONDS_PER_YEAR;

type Props = GpuIslandProps & {
	strings: TrainStrings;
	models: readonly ModelOption[];
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

export default function QuickAnswer(props: Props) {
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
	const { texts, num, gpu, precision, peak } = calc;

	const preset = models.find((m) => m.id === texts.model);
	const paramsField = num('params');
	const params = preset ? preset.params : paramsField.value;
	const tokens = params === undefined ? undefined : TOKENS_PER_PARAM_RULE * params;

	let reason: string | undefined;
	const flops = (() => {
		if (params === undefined || tokens === undefined) return undefined;
		const r = attempt(() =>
			preset
				? flopsForTokens({ flopsPerToken: perTokenFlops(preset.arch, 'attn'), tokens })
				: trainingFlops({ params, tokens }),
		);
		reason = r.error ? coreMessage(r.error, common) : undefined;
		return r.value;
	})();
	const seconds = (() => {
		if (flops === undefined || peak === undefined) return undefined;
		const r = attempt(() =>
			trainingTime({ flops, peakFlopsPerSecond: peak, devices: 1, utilization: MFU }),
		);
		if (r.error) reason = coreMessage(r.error, common);
		return r.value;
	})();
	const fit =
		preset && gpu.memoryBytes !== undefined
			? attempt(() =>
					maxBatchThatFits({ arch: preset.arch, capacityBytes: gpu.memoryBytes as number }),
				).value
			: undefined;
	const need = fit
		? fit.memory.total
		: params !== undefined
			? params * 16 + DEFAULT_OVERHEAD_BYTES
			: undefined;
	const card = gpu.memoryBytes;
	const fitsAsIs = fit
		? fit.fits
		: need !== undefined && card !== undefined
			? need <= card
			: undefined;
	const fitsWithChanges = fit ? fit.fits || fit.levers.length > 0 || fit.allLeversFit : fitsAsIs;

	let answer: string | undefined;
	if (seconds !== undefined && fitsAsIs !== undefined) {
		const time = formatTime(seconds, 'auto', locale);
		const why: string[] = [];
		if (!fitsAsIs) why.push(fitsWithChanges ? strings.whyMemory : strings.whyMemoryNever);
		if (seconds > YES_SECONDS) why.push(fill(strings.whyTime, { time }));
		if (why.length === 0) answer = fill(strings.yes, { time });
		else if (fitsWithChanges && seconds <= MAYBE_SECONDS)
			answer = fill(strings.changes, { why: why.join(strings.whyJoin) });
		else answer = fill(strings.no, { why: why.join(strings.whyJoin) });
	}

	const rows: Row[] = [
		{
			key: 'flops',
			label: fill(strings.quickFlop, {
				tokens: tokens === undefined ? '—' : formatParams(tokens, locale),
			}),
			value: flops === undefined ? undefined : flopsText(flops, locale),
			raw: flops,
			reason,
		},
		{
			key: 'time',
			label: fill(strings.quickTime, { gpu: gpu.measured ? common.measuredGpu : gpu.name }),
			value: seconds === undefined ? undefined : formatTime(seconds, 'auto', locale),
			raw: seconds,
			reason: peak === undefined ? common.core.noPeak : reason,
		},
		{
			key: 'memory',
			label: strings.quickMemory,
			value:
				need === undefined || card === undefined
					? undefined
					: fill(strings.quickMemoryValue, {
							need: `${preset ? '' : '≥ '}${formatMemory(need, 'gib', locale)}`,
							card: formatMemory(card, 'gib', locale),
						}),
			raw: need,
			reason: card === undefined ? strings.memoryUnknown : reason,
			note: preset ? undefined : strings.paramsOnlyMemory,
		},
	];

	// The full calculator's link: same model, GPU and precision, tokens by the 20-token rule.
	const link = new URLSearchParams();
	link.set(`${TRAIN_PREFIX}.model`, preset ? preset.id : 'params');
	if (!preset && params !== undefined) link.set(`${TRAIN_PREFIX}.params`, String(params));
	link.set(`${TRAIN_PREFIX}.fit`, 'tokens20');
	link.set(`${TRAIN_PREFIX}.gpu`, gpu.id);
	link.set(`${TRAIN_PREFIX}.prec`, precision);
	const href = `/${locale}/calculators/?${link.toString()}#can-i-train-it`;

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
