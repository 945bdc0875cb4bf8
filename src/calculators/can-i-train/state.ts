/**
 * The "Can I train it?" calculator's state: its inputs (the link's keys under `train.`), their
 * defaults from a scenario.
 */
import { OPTIMIZERS, RECOMPUTE_MODES, ZERO_STAGES, type Arch } from '../../core/index.ts';
import {
	DEFAULT_MFU,
	defaultPrecision,
	type GpuOption,
	type ModelOption,
	type Precision,
} from '../shared/options.ts';
import {
	BYTES_PER_PARAM_CHOICES,
	CONVENTION_DEFAULTS,
	CONVENTION_SCHEMA,
} from '../shared/conventions.ts';
import type { Defaults, Schema } from '../shared/state.ts';
import { TRAIN_FITS, linkSchema, type TrainFit } from './link.ts';

export { TRAIN_FITS, type TrainFit };
/** ZeRO stages as the picker holds them. */
export const ZEROS = ZERO_STAGES.map(String);

/** The inputs a scenario (or an article) can set; the rest take the defaults below. */
export type TrainInputs = {
	modelId?: string;
	params?: number;
	tokens?: number;
	fit?: TrainFit;
	gpuId?: string;
	precision?: Precision;
	devices?: number;
	/** Percent, e.g. 40. */
	mfu?: number;
	microBatch?: number;
	watts?: number;
	pricePerKWh?: number;
};

export function trainSchema(models: readonly ModelOption[], gpus: readonly GpuOption[]) {
	return {
		...linkSchema(models, gpus),
		family: { kind: 'choice', values: ['gpt2', 'llama'] },
		layers: { kind: 'number', integer: true, max: 10_000 },
		heads: { kind: 'number', integer: true, max: 100_000 },
		kv: { kind: 'number', integer: true, max: 100_000 },
		dmodel: { kind: 'number', integer: true, max: 1_000_000 },
		ffn: { kind: 'number', integer: true, max: 10_000_000 },
		vocab: { kind: 'number', integer: true, max: 100_000_000 },
		ctx: { kind: 'number', integer: true, max: 100_000_000 },
		tied: { kind: 'flag' },
		tokens: { kind: 'number', max: 1e17 },
		n: { kind: 'number', integer: true, max: 1e8 },
		mfu: { kind: 'number', max: 100 },
		opt: { kind: 'choice', values: OPTIMIZERS },
		recompute: { kind: 'choice', values: RECOMPUTE_MODES },
		flash: { kind: 'flag' },
		zero: { kind: 'choice', values: ZEROS },
		mb: { kind: 'number', integer: true, max: 1_000_000 },
		price: { kind: 'number', zero: true, optional: true, max: 1e6 },
		watts: { kind: 'number', optional: true, max: 100_000 },
		overhead: { kind: 'number', min: 1, max: 3 },
		pue: { kind: 'number', min: 1, max: 3 },
		kwh: { kind: 'number', zero: true, optional: true, max: 1000 },
		co2: { kind: 'number', zero: true, optional: true, max: 5000 },
		bpp: { kind: 'choice', values: BYTES_PER_PARAM_CHOICES },
		...CONVENTION_SCHEMA,
	} satisfies Schema;
}
export type TrainSchema = ReturnType<typeof trainSchema>;

/** The custom-architecture fields that describe `a`. */
export const archFields = (a: Arch) => ({
	family: a.family,
	layers: a.layers,
	heads: a.heads,
	kv: a.kvHeads ?? a.heads,
	dmodel: a.dModel,
	ffn: a.ffnDim ?? 4 * a.dModel,
	vocab: a.vocab,
	ctx: a.context,
	tied: (a.tiedEmbeddings ?? a.family === 'gpt2') ? '1' : '0',
});

/** Default values: the scenario's inputs over the site's defaults (40 % MFU, BF16, Adam). */
export function trainDefaults(
	models: readonly ModelOption[],
	gpus: readonly GpuOption[],
	inputs: TrainInputs,
): Defaults<TrainSchema> {
	const model = models.find((m) => m.id === inputs.modelId) ?? models[0];
	const gpu = gpus.find((g) => g.id === inputs.gpuId) ?? gpus[0];
	const precision = inputs.precision ?? defaultPrecision(gpu);
	return {
		model: inputs.modelId === undefined && inputs.params !== undefined ? 'params' : model.id,
		params: inputs.params ?? model.params,
		cfg: '',
		...archFields(model.arch),
		fit: inputs.fit ?? (inputs.tokens === undefined ? 'epoch' : 'given'),
		tokens: inputs.tokens ?? model.trainingTokens ?? 20 * model.params,
		gpu: gpu.id,
		prec: precision,
		n: inputs.devices ?? 1,
		mfu: inputs.mfu ?? DEFAULT_MFU,
		opt: 'adam',
		recompute: 'none',
		flash: '1',
		zero: '0',
		mb: inputs.microBatch ?? 1,
		price: gpu.price?.usdPerHour ?? '',
		watts: inputs.watts ?? gpu.watts ?? '',
		overhead: 1,
		pue: 1,
		kwh: inputs.pricePerKWh ?? 0.15,
		co2: 400,
		bpp: '16',
		...CONVENTION_DEFAULTS,
	};
}
