/**
 * The quick answer's model: a model (preset or a parameter count) and a GPU → yes / no / only
 * with changes, from three numbers (compute at 20 tokens per parameter, time on one card at
 * the default utilisation, memory against the card), and the link that opens the full
 * calculator with the same choices. Plain TypeScript, tested in Node.
 */
import {
	SECONDS_PER_DAY,
	SECONDS_PER_YEAR,
	chinchillaOptimalTokens,
	flopsForTokens,
	maxBatchThatFits,
	paramCounts,
	parameterMemory,
	trainingFlops,
	trainingTime,
} from '../../core/index.ts';
import { formatParams } from '../../format/index.ts';
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import { trainLink, type TrainLinkSchema } from '../can-i-train/link.ts';
import { decodeArch } from '../shared/arch-code.ts';
import {
	flopsText,
	formatMemory,
	formatTime,
	flopsPerTokenCounted,
} from '../shared/conventions.ts';
import { fill } from '../shared/messages.ts';
import { wording, type Words } from '../shared/model.ts';
import {
	DEFAULT_MFU,
	type GpuOption,
	type ModelOption,
	type Precision,
} from '../shared/options.ts';
import { step, type Row } from '../shared/rows.ts';

/** "Yes" within 30 days on one card, "with changes" within a year. */
const YES_SECONDS = 30 * SECONDS_PER_DAY;
const MAYBE_SECONDS = SECONDS_PER_YEAR;

export type QuickInput = {
	/** The preset chosen, or undefined for a bare parameter count. */
	preset?: ModelOption;
	/** The parameter count typed (read when there is no preset and no config). */
	params?: number;
	/** A pasted config.json's architecture code (shared/arch-code.ts), when no preset. */
	config?: string;
	gpu: GpuOption;
	precision: Precision;
	peak?: number;
	/** The full calculator's inputs, for its link. */
	trainSchema: TrainLinkSchema;
};

export type QuickResult = {
	/** The sentence: yes, with changes, or no and why; undefined with `reason`. */
	answer?: string;
	reason?: string;
	rows: Row[];
	/** The full calculator with the same model, GPU and precision. */
	href: string;
};

export function quickModel(
	input: QuickInput,
	{ locale, common, strings }: Words<TrainStrings>,
): QuickResult {
	const { preset, gpu, peak } = input;
	const { f, word } = wording(locale, common);
	const pasted = preset || input.config === undefined ? undefined : decodeArch(input.config);
	const arch = preset?.arch ?? pasted?.arch;
	const counts = arch ? paramCounts(arch) : undefined;
	const params = counts ? counts.total : input.config !== undefined ? undefined : input.params;
	const moeNote =
		arch?.moe && counts
			? fill(common.moeNote, { active: f(counts.active), total: f(counts.total) })
			: undefined;
	const tokensStep = step(
		{ params },
		(i) => chinchillaOptimalTokens(i.params, 'tokens20'),
		word,
		input.config !== undefined && !arch ? strings.config.needed : undefined,
	);
	const tokens = tokensStep.value;
	const flopsStep = step(
		{ params, tokens },
		(i) =>
			arch
				? flopsForTokens({ flopsPerToken: flopsPerTokenCounted(arch, 'attn'), tokens: i.tokens })
				: trainingFlops(i),
		word,
		tokensStep.reason,
	);
	const flops = flopsStep.value;
	const timeStep = step(
		{ flops, peakFlopsPerSecond: peak },
		(i) => trainingTime({ ...i, devices: 1, utilization: DEFAULT_MFU / 100 }),
		word,
	);
	const seconds = timeStep.value;
	const reason = timeStep.error ? timeStep.reason : flopsStep.reason;

	const card = gpu.memoryBytes;
	const fit = arch
		? step({ capacityBytes: card }, (i) => maxBatchThatFits({ arch, ...i }), word).value
		: undefined;
	const need = fit
		? fit.memory.total
		: step({ params }, (i) => parameterMemory({ params: i.params }), word).value;
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
			note: moeNote,
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
							need: `${arch ? '' : '≥ '}${formatMemory(need, 'gib', locale)}`,
							card: formatMemory(card, 'gib', locale),
						}),
			raw: need,
			reason: card === undefined ? strings.memoryUnknown : reason,
			note: arch ? moeNote : strings.paramsOnlyMemory,
		},
	];

	// The full calculator: same model, GPU and precision, tokens by the 20-token rule.
	const query = trainLink(
		input.trainSchema,
		{
			model: preset ? preset.id : pasted ? 'config' : 'params',
			params: arch || params === undefined ? '' : String(params),
			cfg: pasted ? (input.config ?? '') : '',
			fit: 'tokens20',
			gpu: gpu.id,
			prec: input.precision,
		},
		common,
	);
	const href = `/${locale}/calculators/${query}#can-i-train-it`;
	return { answer, reason, rows, href };
}
