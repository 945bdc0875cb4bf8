import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as c from '../../src/core/index.ts';
import { nanoNote } from '../helpers/archs.ts';

// Every public function, with a valid input and the numeric fields a reader can type.
// Each field, set to 0, a negative, NaN, ±Infinity or an absurd value, must make the function
// throw EstimateError naming a field; any double at all must give either EstimateError or a
// result whose numbers are all finite.

const arch = nanoNote;
const llama: c.Arch = {
	family: 'llama',
	layers: 4,
	heads: 8,
	kvHeads: 2,
	dModel: 512,
	ffnDim: 1376,
	vocab: 32000,
	context: 2048,
};
const archFields = ['layers', 'heads', 'dModel', 'vocab', 'context'].map((f) => `arch.${f}`);
const llamaFields = [...archFields, 'arch.kvHeads', 'arch.ffnDim'];

type Case = {
	name: string;
	input: Record<string, unknown>;
	call: (i: Record<string, unknown>) => unknown;
	fields: string[];
	/** Fields for which 0 is a valid value. */
	zeroOk?: string[];
};

const cases: Case[] = [
	{
		name: 'countParams',
		input: { arch },
		call: (i) => c.countParams(i.arch as c.Arch),
		fields: archFields,
	},
	{
		name: 'paramBreakdown (llama)',
		input: { arch: llama },
		call: (i) => c.paramBreakdown(i.arch as c.Arch),
		fields: llamaFields,
	},
	{
		name: 'flopsPerToken',
		input: { arch: llama },
		call: (i) => c.flopsPerToken(i.arch as c.Arch, { recompute: 'full' }),
		fields: llamaFields,
	},
	{
		name: 'trainingFlops',
		input: { params: 1e9, tokens: 2e10 },
		call: (i) => c.trainingFlops(i as never),
		fields: ['params', 'tokens'],
	},
	{
		name: 'flopsForTokens',
		input: { flopsPerToken: 1e9, tokens: 2e10 },
		call: (i) => c.flopsForTokens(i as never),
		fields: ['flopsPerToken', 'tokens'],
	},
	{
		name: 'mfu',
		input: { flopsPerStep: 1e14, secondsPerStep: 10, peakFlopsPerSecond: 1e14, devices: 1 },
		call: (i) => c.mfu(i as never),
		fields: ['flopsPerStep', 'secondsPerStep', 'peakFlopsPerSecond', 'devices'],
	},
	{
		name: 'hfu',
		input: { hardwareFlopsPerStep: 1e14, secondsPerStep: 10, peakFlopsPerSecond: 1e14, devices: 1 },
		call: (i) => c.hfu(i as never),
		fields: ['hardwareFlopsPerStep', 'secondsPerStep', 'peakFlopsPerSecond', 'devices'],
	},
	{
		name: 'computeBudget',
		input: { peakFlopsPerSecond: 1e14, devices: 8, seconds: 3600, utilization: 0.4 },
		call: (i) => c.computeBudget(i as never),
		fields: ['peakFlopsPerSecond', 'devices', 'seconds', 'utilization'],
	},
	{
		name: 'trainingTime',
		input: { flops: 1e21, peakFlopsPerSecond: 1e14, devices: 8, utilization: 0.4 },
		call: (i) => c.trainingTime(i as never),
		fields: ['flops', 'peakFlopsPerSecond', 'devices', 'utilization'],
	},
	{
		name: 'throughput',
		input: { peakFlopsPerSecond: 1e14, devices: 8, utilization: 0.4 },
		call: (i) => c.throughput(i as never),
		fields: ['peakFlopsPerSecond', 'devices', 'utilization'],
	},
	{
		name: 'chinchillaOptimal',
		input: { flops: 1e21 },
		call: (i) => c.chinchillaOptimal(i.flops as number, 'hoffmann'),
		fields: ['flops'],
	},
	{
		name: 'chinchillaLoss',
		input: { n: 1e9, d: 2e10 },
		call: (i) => c.chinchillaLoss(i.n as number, i.d as number),
		fields: ['n', 'd'],
	},
	{
		name: 'trainingMemory',
		input: {
			arch: llama,
			microBatch: 4,
			overheadBytes: 1e9,
			parallel: { data: 4, tensor: 2, pipeline: 2, zeroStage: 3 },
		},
		call: (i) => c.trainingMemory(i as never),
		fields: [
			...llamaFields,
			'microBatch',
			'overheadBytes',
			'parallel.data',
			'parallel.tensor',
			'parallel.pipeline',
		],
		zeroOk: ['overheadBytes'],
	},
	{
		name: 'activationsPerLayer',
		input: { arch, microBatch: 4, parallel: { tensor: 2 } },
		call: (i) => c.activationsPerLayer(i as never),
		fields: [...archFields, 'microBatch', 'parallel.tensor'],
	},
	{
		name: 'maxBatchThatFits',
		input: { arch, capacityBytes: 12 * 2 ** 30 },
		call: (i) => c.maxBatchThatFits(i as never),
		fields: [...archFields, 'capacityBytes'],
	},
	{
		name: 'runPlan',
		input: {
			microBatch: 16,
			context: 1024,
			gradAccum: 32,
			iters: 20000,
			devices: 2,
			datasetTokens: 3.68e9,
		},
		call: (i) => c.runPlan(i as never),
		fields: ['microBatch', 'context', 'gradAccum', 'iters', 'devices', 'datasetTokens'],
	},
	{
		name: 'stepsForTokens',
		input: { tokens: 1e10, tokensPerStep: 524288 },
		call: (i) => c.stepsForTokens(i as never),
		fields: ['tokens', 'tokensPerStep'],
	},
	{
		name: 'gradAccumFor',
		input: { tokensPerStep: 524288, microBatch: 16, context: 1024, devices: 2 },
		call: (i) => c.gradAccumFor(i as never),
		fields: ['tokensPerStep', 'microBatch', 'context', 'devices'],
	},
	{
		name: 'energy',
		input: {
			watts: 200,
			seconds: 72000,
			devices: 2,
			pricePerKWh: 0.2,
			gramsCO2PerKWh: 400,
			pue: 1.2,
		},
		call: (i) => c.energy(i as never),
		fields: ['watts', 'seconds', 'devices', 'pricePerKWh', 'gramsCO2PerKWh', 'pue'],
		zeroOk: ['pricePerKWh', 'gramsCO2PerKWh'],
	},
];

function withField(input: Record<string, unknown>, path: string, value: unknown) {
	const copy = structuredClone(input);
	const keys = path.split('.');
	let o = copy as Record<string, unknown>;
	for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
	o[keys.at(-1)!] = value;
	return copy;
}

function allFinite(x: unknown): boolean {
	if (typeof x === 'number') return Number.isFinite(x);
	if (x === null || typeof x !== 'object') return true;
	return Object.values(x).every(allFinite);
}

describe.each(cases)('$name', ({ input, call, fields, zeroOk = [] }) => {
	it('accepts its valid input with a finite result', () => {
		expect(allFinite(call(input))).toBe(true);
	});

	it.each(fields)('throws EstimateError for bad %s', (field) => {
		const bad = [-1, NaN, Infinity, -Infinity, 1e300];
		if (!zeroOk.includes(field)) bad.push(0);
		for (const v of bad) {
			let error: unknown;
			try {
				call(withField(input, field, v));
			} catch (e) {
				error = e;
			}
			expect(error, `${field} = ${v}`).toBeInstanceOf(c.EstimateError);
			expect(typeof (error as c.EstimateError).field, `${field} = ${v}`).toBe('string');
			expect((error as c.EstimateError).message).toMatch(/\w/);
		}
	});

	it('any number in any field: EstimateError or a finite result, never NaN/Infinity', () => {
		fc.assert(
			fc.property(fc.constantFrom(...fields), fc.double(), (field, v) => {
				try {
					const r = call(withField(input, field, v));
					expect(allFinite(r)).toBe(true);
				} catch (e) {
					expect(e).toBeInstanceOf(c.EstimateError);
				}
			}),
			{ numRuns: 200 },
		);
	});

	it('a string or a missing value is refused too', () => {
		for (const field of fields) {
			for (const v of ['12', undefined, null]) {
				// Optional fields may be left out.
				if (
					v === undefined &&
					[
						'devices',
						'datasetTokens',
						'pricePerKWh',
						'gramsCO2PerKWh',
						'pue',
						'overheadBytes',
						'arch.kvHeads',
						'parallel.data',
						'parallel.tensor',
						'parallel.pipeline',
					].includes(field)
				)
					continue;
				if (v === undefined && field === 'arch.ffnDim' && input.arch !== llama) continue;
				expect(() => call(withField(input, field, v)), `${field} = ${String(v)}`).toThrow(
					c.EstimateError,
				);
			}
		}
	});
});
