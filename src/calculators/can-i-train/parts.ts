/**
 * Pieces of the "Can I train it?" model: the custom architecture from its fields, and the note
 * that says what would make a model fit.
 */
import { countParams, type Arch, type EstimateError, type FitResult } from '../../core/index.ts';
import { formatPlain } from '../../format/index.ts';
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fill } from '../shared/messages.ts';
import { known, step } from '../shared/rows.ts';
import type { Texts } from '../shared/state.ts';
import type { TrainSchema } from './state.ts';

/** Where a core error about the architecture is shown: the field of the input it names. */
export const ARCH_FIELD: Record<string, string> = {
	layers: 'layers',
	heads: 'heads',
	kvHeads: 'kv',
	dModel: 'dmodel',
	ffnDim: 'ffn',
	vocab: 'vocab',
	context: 'ctx',
};

/** The architecture the custom fields describe, or why not. */
export function customArch(
	v: Partial<Record<keyof TrainSchema, number>>,
	texts: Texts<TrainSchema>,
	word: (e: EstimateError) => string,
): { arch?: Arch; params?: number; error?: EstimateError; reason?: string } {
	const dims = known({
		layers: v.layers,
		heads: v.heads,
		kv: v.kv,
		dmodel: v.dmodel,
		ffn: v.ffn,
		vocab: v.vocab,
		ctx: v.ctx,
	});
	if (!dims) return {};
	const arch: Arch = {
		family: texts.family === 'llama' ? 'llama' : 'gpt2',
		layers: dims.layers,
		heads: dims.heads,
		kvHeads: dims.kv,
		dModel: dims.dmodel,
		ffnDim: dims.ffn,
		vocab: dims.vocab,
		context: dims.ctx,
		tiedEmbeddings: texts.tied === '1',
	};
	const counted = step({ arch }, (i) => countParams(i.arch), word);
	return counted.error ? counted : { arch, params: counted.value };
}

/** What would make a model that does not fit fit: a smaller batch, one lever, or none. */
export function leverNote(fit: FitResult, strings: TrainStrings, locale: Locale) {
	if (fit.fits) return fill(strings.reduceBatch, { mb: formatPlain(fit.microBatch, locale) });
	if (fit.levers.length) {
		const l = fit.levers[0];
		const name = fill(strings.levers[l.lever], { value: String(l.value) });
		return `${strings.leversIntro} ${name} (${fill(strings.leverBatch, { mb: formatPlain(l.microBatch, locale) })}).`;
	}
	return fit.allLeversFit ? strings.allTogether : strings.allNotEnough;
}
