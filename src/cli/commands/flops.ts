/** `flops`: training compute of a model (or a bare parameter count) on a number of tokens. */
import type { Command } from '../command.ts';
import { COMPUTE_OPTIONS, readCompute } from '../compute.ts';

export const flops: Command = {
	name: 'flops',
	summary: {
		en: 'training compute (FLOP) of a model on a number of tokens',
		fr: 'calcul d’entraînement (FLOP) d’un modèle sur un nombre de jetons',
		hi: 'किसी मॉडल का कुछ टोकन पर प्रशिक्षण गणना (FLOP)',
		ar: 'حساب تدريب نموذج (FLOP) على عدد من الرموز',
	},
	options: COMPUTE_OPTIONS,
	run(ctx) {
		const c = readCompute(ctx);
		return {
			inputs: c.inputs,
			results: {
				params: c.params,
				tokens: c.tokens,
				flopPerToken: c.flopPerToken,
				flop: c.flop,
			},
			conventions: { flopCount: c.flopCount ?? '6n', tokensFit: c.fit },
			rows: c.rows,
			notes: c.notes,
		};
	},
};
