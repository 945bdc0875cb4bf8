/** `memory`: training memory per GPU by part, and whether it fits a card. */
import { PRECISIONS } from '../../core/index.ts';
import { choice, text } from '../args.ts';
import type { Command } from '../command.ts';
import { MEMORY_OPTIONS, readMemory } from '../compute.ts';
import { MODEL_OPTIONS, defaultPrecision, readDevices, readGpu, readModel } from '../inputs.ts';
import { memoryPart } from '../memory.ts';

export const memory: Command = {
	name: 'memory',
	summary: {
		en: 'training memory per GPU by part, and whether it fits a card',
		fr: 'mémoire d’entraînement par GPU, par partie, et si elle tient sur une carte',
		hi: 'प्रति GPU प्रशिक्षण मेमोरी भाग के अनुसार, और क्या वह कार्ड में समाती है',
		ar: 'ذاكرة التدريب لكل بطاقة حسب الجزء، وهل تتسع لها البطاقة',
	},
	options: {
		...MODEL_OPTIONS,
		gpu: { type: 'string', value: 'ID' },
		precision: { type: 'string', value: PRECISIONS.join('|') },
		devices: { type: 'string', value: 'N' },
		...MEMORY_OPTIONS,
	},
	run(ctx) {
		const { values, locale, s } = ctx;
		const model = readModel(values, locale);
		const gpu = text(values, 'gpu') === undefined ? undefined : readGpu(values);
		const precision = choice(values, 'precision', PRECISIONS, gpu ? defaultPrecision(gpu) : 'bf16');
		const devices = readDevices(values, locale);
		const settings = readMemory(ctx, model, precision, devices);
		const part = memoryPart(ctx, settings, gpu);
		return {
			inputs: {
				...model.source,
				context: model.arch.context,
				gpu: gpu?.id ?? null,
				precision,
				devices,
				...settings.inputs,
			},
			results: part.results,
			conventions: { memoryUnit: 'bytes (GiB = 2^30 bytes in the table)' },
			rows: [{ label: s.label.model, value: model.name }, ...part.rows],
			notes: [part.note],
		};
	},
};
