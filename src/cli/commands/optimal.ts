/**
 * `optimal`: the compute-optimal model size and tokens for a budget (Chinchilla): a budget in
 * FLOP, or one from hardware (computeBudget of the GPUs over some days).
 */
import { chinchillaOptimal, computeBudget, daysToSeconds } from '../../core/index.ts';
import { UsageError, alone, choice, quantity, text } from '../args.ts';
import type { Command } from '../command.ts';
import { TOKEN_FITS } from '../conventions.ts';
import { hardwareConventions, hardwareNote, hardwareRows } from '../hardware.ts';
import { GPU_OPTIONS, readHardware } from '../inputs.ts';
import type { Row } from '../output.ts';

export const optimal: Command = {
	name: 'optimal',
	summary: {
		en: 'compute-optimal parameters and tokens for a budget (Chinchilla)',
		fr: 'paramètres et jetons optimaux en calcul pour un budget (Chinchilla)',
		hi: 'किसी बजट के लिए गणना-इष्टतम पैरामीटर और टोकन (Chinchilla)',
		ar: 'المعاملات والرموز المثلى حسابيًا لميزانية (Chinchilla)',
	},
	options: {
		flops: { type: 'string', value: 'N' },
		...GPU_OPTIONS,
		days: { type: 'string', value: 'N' },
		fit: { type: 'string', value: TOKEN_FITS.join('|') },
	},
	run(ctx) {
		const { values, locale, s, f } = ctx;
		alone(
			values,
			'flops',
			[...Object.keys(GPU_OPTIONS), 'days'],
			'--flops is the budget itself; or give --gpu and --days for one from hardware',
		);
		const given = quantity(values, 'flops', locale);
		const rows: Row[] = [];
		const notes: string[] = [];
		let inputs: Record<string, unknown> = { flop: given ?? null };
		let conventions: Record<string, unknown> = {};
		let budget: number;
		if (given !== undefined) budget = given;
		else {
			if (text(values, 'gpu') === undefined) {
				throw new UsageError('give a budget: --flops 1e21, or --gpu ID --days N');
			}
			const hw = readHardware(values, locale);
			const days = quantity(values, 'days', locale);
			if (days === undefined) throw new UsageError('--gpu needs --days: how long the GPUs run');
			budget = computeBudget({
				peakFlopsPerSecond: hw.peakFlopPerSecond,
				devices: hw.devices,
				utilization: hw.mfu,
				seconds: daysToSeconds(days),
			});
			const hwc = hardwareConventions(hw);
			inputs = { ...hwc.inputs, seconds: daysToSeconds(days) };
			conventions = hwc.conventions;
			rows.push(...hardwareRows(ctx, hw));
			notes.push(hardwareNote(ctx, hw));
		}
		const fits =
			text(values, 'fit') === undefined ? TOKEN_FITS : [choice(values, 'fit', TOKEN_FITS, 'epoch')];
		const answers = Object.fromEntries(fits.map((fit) => [fit, chinchillaOptimal(budget, fit)]));
		rows.push({ label: s.label.budget, value: f.flop(budget) });
		for (const fit of fits) {
			const a = answers[fit];
			rows.push(
				{ label: `${s.label.optimalParams} (${fit})`, value: f.approx(a.params) },
				{ label: `${s.label.optimalTokens} (${fit})`, value: f.number(a.tokens) },
			);
			notes.push(`${fit}: ${s.fit[fit]}`);
		}
		return {
			inputs: { ...inputs, fits },
			results: { budgetFlop: budget, optimal: answers },
			conventions: { ...conventions, flop: '6·N·D' },
			rows,
			notes,
		};
	},
};
