/** UI strings of the compute-optimal sizing calculator. */
import { defineStrings } from '../../i18n/index.ts';

const en = {
	title: 'Compute-optimal sizing',
	intro:
		'For a compute budget, the model size and token count that minimise the loss, under three rules: the Epoch AI refit of Chinchilla, Hoffmann et al.’s unrounded fit, and 20 tokens per parameter.',
	mode: 'Budget given as',
	modes: { flop: 'A number of FLOP', hardware: 'GPUs × time' },
	flop: 'Compute budget (FLOP)',
	duration: 'Duration',
	durationUnit: 'Duration unit',
	durationUnits: { hour: 'Hours', day: 'Days', year: 'Years (365.25 days)' },
	rBudget: 'Compute budget',
	fitNames: {
		epoch: 'Epoch AI refit (Besiroglu et al. 2024)',
		hoffmann: 'Hoffmann et al. 2022, approach 3 (unrounded)',
		tokens20: '20 tokens per parameter',
	},
	rParams: 'Parameters',
	rTokens: 'Tokens',
	rRatio: 'Tokens per parameter',
	rLoss: 'Predicted loss',
	lossNote: 'Loss on Chinchilla’s own data (MassiveText), not comparable with other datasets.',
	lossRule: 'The 20-token rule predicts no loss; this is the Epoch fit’s loss at that size.',
	chartTitle: 'Compute-optimal parameters against compute',
	chartDesc:
		'Optimal parameter count for each compute budget under the three rules, with known models placed by their training compute: a model above the lines is larger (trained on fewer tokens) than compute-optimal, below them smaller.',
	chartX: 'Training compute (FLOP, log scale)',
	chartY: 'Parameters (log scale)',
	you: 'Your budget',
	trained: '{model}: {ratio} tokens per parameter',
};

export type OptimalStrings = typeof en;

export const optimalStrings = defineStrings<OptimalStrings>(en, { fr: en, hi: en, ar: en });
