/**
 * Every function exported by src/core/index.ts, given any JavaScript value in any argument,
 * returns finite numbers or throws a well-formed EstimateError (see test/helpers/contract.ts).
 * 49 functions × 160 runs = 7,840 runs here; 10,880 with test/format/contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.ts';
import { checkContract, type ContractCase } from '../helpers/contract.ts';
import { gpt2small, llama3_8b, nanoNote } from '../helpers/archs.ts';

const RUNS = 160;
const llamaSmall: core.Arch = {
	...llama3_8b,
	layers: 2,
	dModel: 512,
	heads: 8,
	kvHeads: 2,
	ffnDim: 1376,
	vocab: 32000,
	context: 256,
};
const memory = {
	arch: nanoNote,
	microBatch: 4,
	precision: 'bf16',
	optimizer: 'adam',
	recompute: 'selective',
	flashAttention: false,
	dropout: true,
	gradients: 'fp32',
	masterWeights: true,
	overheadBytes: 1e9,
	parallel: { data: 4, tensor: 2, pipeline: 2, zeroStage: 3, sequenceParallel: true },
};

const unary = (
	name: string,
	fn: (...a: never[]) => unknown,
	...samples: unknown[]
): ContractCase => ({
	name,
	fn,
	samples: samples.map((s) => [s]),
});

const cases: ContractCase[] = [
	...(
		[
			'secondsToMinutes',
			'secondsToHours',
			'secondsToDays',
			'secondsToYears',
			'minutesToSeconds',
			'hoursToSeconds',
			'daysToSeconds',
			'yearsToSeconds',
			'flopToPfDays',
			'pfDaysToFlop',
			'bytesToGiB',
			'gibToBytes',
			'bytesToMiB',
			'mibToBytes',
			'bytesToGB',
			'gbToBytes',
			'joulesToKWh',
			'kWhToJoules',
		] as const
	).map((name) => unary(name, core[name], 0, 1, 3600, 1e21)),
	unary('cardMemoryBytes', core.cardMemoryBytes, 12, 80),
	{ name: 'gpuHours', fn: core.gpuHours, samples: [[3600], [86_400, 8]] },
	{ name: 'gpuYears', fn: core.gpuYears, samples: [[3.15e7], [86_400, 8]] },
	{ name: 'gpuYearsToSeconds', fn: core.gpuYearsToSeconds, samples: [[1], [21, 2048]] },
	unary('resolveArch', core.resolveArch, nanoNote, llamaSmall),
	unary('paramBreakdown', core.paramBreakdown, gpt2small, llamaSmall),
	{
		name: 'countParams',
		fn: core.countParams,
		samples: [
			[gpt2small],
			[nanoNote, { excludePositionEmbeddings: true }],
			[llamaSmall, { excludeEmbeddings: true }],
		],
	},
	{
		name: 'flopsPerToken',
		fn: core.flopsPerToken,
		samples: [
			[nanoNote],
			[llamaSmall, { attention: false, recompute: 'full' }],
			[gpt2small, { recompute: 'selective' }],
		],
	},
	unary('trainingFlops', core.trainingFlops, { params: 1e9, tokens: 2e10 }),
	unary('flopsForTokens', core.flopsForTokens, { flopsPerToken: 1e9, tokens: 2e10 }),
	unary('mfu', core.mfu, {
		flopsPerStep: 1e14,
		secondsPerStep: 10,
		peakFlopsPerSecond: 1e14,
		devices: 1,
	}),
	unary('hfu', core.hfu, {
		hardwareFlopsPerStep: 1e14,
		secondsPerStep: 10,
		peakFlopsPerSecond: 1e14,
		devices: 1,
	}),
	unary('throughput', core.throughput, { peakFlopsPerSecond: 1e14, devices: 8, utilization: 0.4 }),
	unary('computeBudget', core.computeBudget, {
		peakFlopsPerSecond: 1e14,
		devices: 8,
		seconds: 3600,
		utilization: 0.4,
	}),
	unary('trainingTime', core.trainingTime, {
		flops: 1e21,
		peakFlopsPerSecond: 1e14,
		devices: 8,
		utilization: 0.4,
	}),
	{
		name: 'chinchillaOptimal',
		fn: core.chinchillaOptimal,
		samples: [[1e21], [5.76e23, 'hoffmann'], [1e24, 'tokens20']],
	},
	{
		name: 'chinchillaOptimalTokens',
		fn: core.chinchillaOptimalTokens,
		samples: [[124e6], [70e9, 'hoffmann'], [1e9, 'tokens20']],
	},
	{
		name: 'chinchillaLoss',
		fn: core.chinchillaLoss,
		samples: [
			[1e9, 2e10],
			[70e9, 1.4e12, 'hoffmann-rounded'],
		],
	},
	unary('peakShare', core.peakShare, {
		flopsPerStep: 1e15,
		secondsPerStep: 1,
		peakFlopsPerSecond: 312e12,
		devices: 1,
	}),
	unary(
		'parameterMemory',
		core.parameterMemory,
		{ params: 124e6 },
		{ params: 7e9, bytesPerParam: 18, overheadBytes: 0 },
	),
	unary('trainingMemory', core.trainingMemory, memory, { arch: llamaSmall, microBatch: 1 }),
	unary('activationsPerLayer', core.activationsPerLayer, memory, {
		arch: gpt2small,
		microBatch: 2,
	}),
	unary(
		'maxBatchThatFits',
		core.maxBatchThatFits,
		{ arch: nanoNote, capacityBytes: 12 * 2 ** 30 },
		{
			arch: llamaSmall,
			capacityBytes: 2 ** 28,
			precision: 'fp32',
			flashAttention: false,
			parallel: { data: 2 },
		},
	),
	unary('runPlan', core.runPlan, {
		microBatch: 16,
		context: 1024,
		gradAccum: 32,
		iters: 20000,
		devices: 2,
		datasetTokens: 3.68e9,
	}),
	unary('stepsForTokens', core.stepsForTokens, { tokens: 1e10, tokensPerStep: 524288 }),
	unary('gradAccumFor', core.gradAccumFor, {
		tokensPerStep: 524288,
		microBatch: 16,
		context: 1024,
		devices: 2,
	}),
	unary('energy', core.energy, {
		watts: 200,
		seconds: 72000,
		devices: 2,
		pricePerKWh: 0.2,
		gramsCO2PerKWh: 400,
		pue: 1.2,
	}),
	// the validation layer, shared with src/format and src/data
	unary('describeValue', core.describeValue, 3, 'abc', null),
	{ name: 'inRange', fn: core.inRange, samples: [['tokens', 3, core.LIMITS.tokens]] },
	{ name: 'oneOf', fn: core.oneOf, samples: [['fit', 'epoch', core.CHINCHILLA_FITS]] },
	{
		name: 'flag',
		fn: core.flag,
		samples: [
			['dropout', undefined, false],
			['bias', true, false],
		],
	},
];

describe('the contract of every core export', () => {
	it('every exported function has a case here', () => {
		const functions = Object.entries(core)
			.filter(
				([, v]) => typeof v === 'function' && !/^class\b/.test(Function.prototype.toString.call(v)),
			)
			.map(([k]) => k)
			.sort();
		expect(cases.map((c) => c.name).sort()).toEqual(functions);
	});

	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		checkContract(c, RUNS);
	});
});
