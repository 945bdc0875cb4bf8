/**
 * The run planner's state: its inputs (the link's keys under `plan.`) and their defaults from
 * a scenario (nanoGPT's GPT-2 run without one).
 */
import { CONVENTION_DEFAULTS, CONVENTION_SCHEMA } from '../shared/conventions.ts';
import {
	DEFAULT_MFU,
	gpuSchema,
	defaultPrecision,
	type GpuOption,
	type ModelOption,
	type Precision,
} from '../shared/options.ts';
import type { Defaults, Schema } from '../shared/state.ts';

export const PLAN_PREFIX = 'plan';

export type PlanInputs = {
	modelId?: string;
	gpuId?: string;
	precision?: Precision;
	devices?: number;
	microBatch?: number;
	context?: number;
	gradAccum?: number;
	iters?: number;
	datasetTokens?: number;
	secondsPerIter?: number;
	mfu?: number;
	watts?: number;
	pricePerKWh?: number;
};

export const planSchema = (models: readonly ModelOption[], gpus: readonly GpuOption[]) =>
	({
		model: { kind: 'choice', values: models.map((m) => m.id) },
		mb: { kind: 'number', integer: true, max: 1_000_000 },
		ctx: { kind: 'number', integer: true, max: 100_000_000 },
		accum: { kind: 'number', integer: true, max: 1_000_000 },
		n: { kind: 'number', integer: true, max: 1e8 },
		iters: { kind: 'number', integer: true, max: 1e9 },
		data: { kind: 'number', optional: true, max: 1e17 },
		timefrom: { kind: 'choice', values: ['measured', 'mfu'] },
		spi: { kind: 'number', max: 1e9 },
		mfu: { kind: 'number', max: 100 },
		...gpuSchema(gpus),
		watts: { kind: 'number', optional: true, max: 100_000 },
		kwh: { kind: 'number', zero: true, optional: true, max: 1000 },
		...CONVENTION_SCHEMA,
	}) satisfies Schema;
export type PlanSchema = ReturnType<typeof planSchema>;

export function planDefaults(
	models: readonly ModelOption[],
	gpus: readonly GpuOption[],
	i: PlanInputs,
): Defaults<PlanSchema> {
	const model = models.find((m) => m.id === i.modelId) ?? models[0];
	const gpu = gpus.find((g) => g.id === i.gpuId) ?? gpus[0];
	return {
		model: model.id,
		mb: i.microBatch ?? 12,
		ctx: i.context ?? model.arch.context,
		accum: i.gradAccum ?? 40,
		n: i.devices ?? 1,
		iters: i.iters ?? 5000,
		data: i.datasetTokens ?? '',
		timefrom: i.secondsPerIter === undefined && i.mfu !== undefined ? 'mfu' : 'measured',
		spi: i.secondsPerIter ?? 3,
		mfu: i.mfu ?? DEFAULT_MFU,
		gpu: gpu.id,
		prec: i.precision ?? defaultPrecision(gpu),
		watts: i.watts ?? gpu.watts ?? '',
		kwh: i.pricePerKWh ?? 0.15,
		...CONVENTION_DEFAULTS,
	};
}
