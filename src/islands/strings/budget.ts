/** UI strings of the compute-budget calculator. */
import { defineStrings } from '../../i18n/index.ts';

const en = {
	title: 'Compute budget',
	intro:
		'How much compute can your hardware deliver? GPUs × dense peak × utilisation × time, compared with the training compute of known models.',
	duration: 'Duration',
	durationUnit: 'Duration unit',
	durationUnits: { hour: 'Hours', day: 'Days', year: 'Years (365.25 days)' },
	rFlops: 'Compute delivered',
	rRate: 'Sustained throughput',
	rSeconds: 'Duration in seconds',
	shareOf: 'Share of {model}',
	shareNote: '{flops} FLOP (6·N·D with published tokens)',
	sharesHeading: 'What fraction of known training runs is that?',
	chartTitle: 'Your budget against known training runs',
	chartDesc: 'Training compute on a logarithmic scale: your budget and known models.',
	chartAxis: 'Training compute (FLOP, log scale)',
	you: 'Your budget',
};

export type BudgetStrings = typeof en;

export const budgetStrings = defineStrings<BudgetStrings>(en, { fr: en, hi: en, ar: en });
