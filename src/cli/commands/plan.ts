/**
 * `plan`: iteration planning with nanoGPT's semantics (runPlan): tokens per step, sequences,
 * micro-steps per GPU, total tokens and epochs. The context comes from --context or the model.
 */
import { runPlan } from '../../core/index.ts';
import { UsageError, quantity, type Values } from '../args.ts';
import type { Command } from '../command.ts';
import { MODEL_OPTIONS, maybeModel, readDevices } from '../inputs.ts';
import type { Locale } from '../../i18n/index.ts';

function needed(values: Values, name: string, locale: Locale, example: string): number {
	const v = quantity(values, name, locale);
	if (v === undefined) throw new UsageError(`--${name} is needed, as in --${name} ${example}`);
	return v;
}

export const plan: Command = {
	name: 'plan',
	summary: {
		en: 'tokens per step, total tokens and epochs of a training run (nanoGPT’s settings)',
		fr: 'jetons par pas, jetons au total et époques d’un entraînement (réglages de nanoGPT)',
		hi: 'किसी प्रशिक्षण रन के प्रति चरण टोकन, कुल टोकन और युग (nanoGPT की सेटिंग)',
		ar: 'الرموز لكل خطوة ومجموع الرموز والحقب لتدريب (إعدادات nanoGPT)',
	},
	options: {
		...MODEL_OPTIONS,
		'micro-batch': { type: 'string', value: 'N' },
		'grad-accum': { type: 'string', value: 'N' },
		iters: { type: 'string', value: 'N' },
		devices: { type: 'string', value: 'N' },
		'dataset-tokens': { type: 'string', value: 'N' },
	},
	run({ values, locale, s, f }) {
		const model = maybeModel(values, locale);
		const context = model?.arch.context ?? needed(values, 'context', locale, '1024');
		const input = {
			microBatch: needed(values, 'micro-batch', locale, '12'),
			context,
			gradAccum: needed(values, 'grad-accum', locale, '40'),
			iters: needed(values, 'iters', locale, '600000'),
			devices: readDevices(values, locale),
			datasetTokens: quantity(values, 'dataset-tokens', locale),
		};
		const p = runPlan(input);
		const rows = [
			{ label: s.label.tokensPerStep, value: f.plain(p.tokensPerStep) },
			{ label: s.label.sequencesPerStep, value: f.plain(p.sequencesPerStep) },
			{ label: s.label.microSteps, value: f.plain(p.microStepsPerDevice) },
			{ label: s.label.totalTokens, value: f.number(p.totalTokens) },
		];
		if (p.epochs !== null) rows.push({ label: s.label.epochs, value: f.number(p.epochs) });
		if (model) rows.unshift({ label: s.label.model, value: model.name });
		return {
			inputs: { ...(model?.source ?? {}), ...input, datasetTokens: input.datasetTokens ?? null },
			results: { ...p },
			conventions: { gradAccum: 'global (nanoGPT), split over the devices' },
			rows,
			notes: [s.planConvention],
		};
	},
};
