/** `time`: how long an amount of compute (or a model's training) takes on some GPUs. */
import { gpuHours, gpuYears, trainingTime } from '../../core/index.ts';
import { alone, quantity } from '../args.ts';
import type { Command } from '../command.ts';
import { COMPUTE_OPTIONS, readCompute } from '../compute.ts';
import { GPU_OPTIONS, readHardware } from '../inputs.ts';
import { hardwareConventions, hardwareNote, hardwareRows } from '../hardware.ts';

export const time: Command = {
	name: 'time',
	summary: {
		en: 'training time and GPU-hours of a model or an amount of FLOP on some GPUs',
		fr: 'durée d’entraînement et heures-GPU d’un modèle ou d’une quantité de FLOP',
		hi: 'किसी मॉडल या FLOP की मात्रा का GPU पर प्रशिक्षण समय और GPU-घंटे',
		ar: 'مدة التدريب وساعات البطاقة لنموذج أو لكمية من FLOP',
	},
	options: { ...COMPUTE_OPTIONS, flops: { type: 'string', value: 'N' }, ...GPU_OPTIONS },
	run(ctx) {
		const { values, locale, s, f } = ctx;
		alone(
			values,
			'flops',
			Object.keys(COMPUTE_OPTIONS),
			'--flops is the amount itself; or give a model and tokens instead',
		);
		const direct = quantity(values, 'flops', locale);
		const c = direct === undefined ? readCompute(ctx) : undefined;
		const flop = direct ?? (c?.flop as number);
		const hw = readHardware(values, locale);
		const seconds = trainingTime({
			flops: flop,
			peakFlopsPerSecond: hw.peakFlopPerSecond,
			devices: hw.devices,
			utilization: hw.mfu,
		});
		const hours = gpuHours(seconds, hw.devices);
		const years = gpuYears(seconds, hw.devices);
		return {
			inputs: { ...(c ? c.inputs : { flop }), ...hardwareConventions(hw).inputs },
			results: {
				...(c ? { params: c.params, tokens: c.tokens, flopPerToken: c.flopPerToken } : {}),
				flop,
				peakFlopPerSecond: hw.peakFlopPerSecond,
				seconds,
				gpuHours: hours,
				gpuYears: years,
			},
			conventions: {
				...(c ? { flopCount: c.flopCount ?? '6n', tokensFit: c.fit } : {}),
				...hardwareConventions(hw).conventions,
			},
			rows: [
				...(c ? c.rows : [{ label: s.label.flop, value: f.flop(flop) }]),
				...hardwareRows(ctx, hw),
				{ label: s.label.time, value: f.time(seconds) },
				{ label: s.label.gpuHours, value: f.number(hours) },
				{ label: s.label.gpuYears, value: f.number(years) },
			],
			notes: [...(c ? c.notes : []), hardwareNote(ctx, hw)],
		};
	},
};
