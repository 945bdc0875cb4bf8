/**
 * Every function exported by src/core/index.ts, given any JavaScript value in any argument,
 * returns finite numbers or throws a well-formed EstimateError (see test/helpers/contract.ts).
 * 64 functions × 160 runs = 10,240 runs here; 13,280 with test/format/contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.ts';
import { checkContract, type ContractCase } from '../helpers/contract.ts';
import { gpt2small, llama3_8b, nanoNote } from '../helpers/archs.ts';
import { HF_CONFIGS } from '../helpers/hf-configs.ts';

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
/** A small mixture of experts with latent attention and sliding windows: every new field. */
const moeSmall: core.Arch = {
	...llamaSmall,
	headDim: 80,
	qkNorm: 'head',
	postNorms: true,
	slidingWindow: { window: 64, layers: 1 },
	moe: { experts: 8, perToken: 2, expertFfnDim: 256, sharedExperts: 1, denseLayers: 1 },
};
const mlaSmall: core.Arch = {
	...llamaSmall,
	mla: { qLoraRank: 96, kvLoraRank: 64, qkRopeHeadDim: 16, qkNopeHeadDim: 32, vHeadDim: 32 },
	moe: { experts: 8, perToken: 2, expertFfnDim: 256, routerBias: true },
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
	unary('paramBreakdown', core.paramBreakdown, gpt2small, llamaSmall, moeSmall),
	unary('paramCounts', core.paramCounts, gpt2small, moeSmall, mlaSmall),
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
			[moeSmall, { recompute: 'full' }],
			[mlaSmall],
		],
	},
	{
		name: 'flopsPerTokenCounted',
		fn: core.flopsPerTokenCounted,
		samples: [
			[gpt2small, '6n'],
			[llamaSmall, 'attn'],
			[moeSmall, 'causal'],
		],
	},
	unary('trainingPrecisionFor', core.trainingPrecisionFor, 'fp32', 'tf32', 'fp8'),
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
	unary(
		'trainingMemory',
		core.trainingMemory,
		memory,
		{ arch: llamaSmall, microBatch: 1 },
		{ arch: moeSmall, microBatch: 2, parallel: { data: 4, expert: 2, pipeline: 2, zeroStage: 3 } },
	),
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
	{
		name: 'loraParams',
		fn: core.loraParams,
		samples: [
			[llamaSmall, { rank: 8, targets: 'q_proj,v_proj' }],
			[gpt2small, { rank: 4, targets: ['c_attn', 'c_proj'] }],
			[moeSmall, { rank: 2, targets: 'all-linear', experts: false }],
			[mlaSmall, { rank: 2, targets: 'attention' }],
		],
	},
	unary(
		'finetuneMemory',
		core.finetuneMemory,
		{ arch: llamaSmall, microBatch: 2, method: 'lora', lora: { rank: 8, targets: 'all-linear' } },
		{
			arch: moeSmall,
			microBatch: 1,
			sequence: 128,
			method: 'qlora',
			lora: { rank: 4, targets: 'attention' },
			loraDropout: true,
			recompute: 'full',
			upcastFrozen: true,
			doubleQuant: false,
			adapterPrecision: 'bf16',
			loss: 'fused',
		},
		{ arch: nanoNote, microBatch: 1, method: 'full', parallel: { data: 2, zeroStage: 2 } },
	),
	{
		name: 'finetuneFlopsPerToken',
		fn: core.finetuneFlopsPerToken,
		samples: [
			[llamaSmall],
			[mlaSmall, { method: 'qlora', lora: { rank: 4, targets: 'all-linear' }, sequence: 64 }],
			[moeSmall, { method: 'lora', lora: { rank: 2, targets: 'all-linear' }, recompute: 'full' }],
		],
	},
	unary(
		'finetuneFit',
		core.finetuneFit,
		{
			arch: llamaSmall,
			capacityBytes: 2 ** 30,
			method: 'qlora',
			lora: { rank: 8, targets: 'all-linear' },
		},
		{ arch: llamaSmall, capacityBytes: 2 ** 26, sequence: 256, flashAttention: false },
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
	unary(
		'fromHfConfig',
		core.fromHfConfig,
		HF_CONFIGS['Qwen/Qwen3-30B-A3B'],
		HF_CONFIGS['deepseek-ai/DeepSeek-V3'],
		HF_CONFIGS['google/gemma-3-27b-pt'],
	),
	unary(
		'parseHfConfig',
		core.parseHfConfig,
		JSON.stringify(HF_CONFIGS['mistralai/Mixtral-8x7B-v0.1']),
		JSON.stringify(HF_CONFIGS['EleutherAI/pythia-160m']),
	),
	unary('ggmlBitsPerWeight', core.ggmlBitsPerWeight, 'Q4_K', 'Q8_0'),
	{
		name: 'weightBytes',
		fn: core.weightBytes,
		samples: [
			[llamaSmall, 'Q4_K_M'],
			[moeSmall, 'int4'],
			[mlaSmall, 'Q5_K_M'],
			[gpt2small, 'Q4_0'],
		],
	},
	unary(
		'kvCacheBytes',
		core.kvCacheBytes,
		{ arch: llamaSmall, context: 128 },
		{ arch: moeSmall, context: 256, batch: 2, kvFormat: 'q8_0' },
		{ arch: mlaSmall, context: 64, kvFormat: 'q4_0' },
	),
	unary(
		'inferenceMemory',
		core.inferenceMemory,
		{ arch: llamaSmall, format: 'Q4_K_M', context: 128 },
		{
			arch: moeSmall,
			format: 'fp8',
			context: 256,
			batch: 2,
			kvFormat: 'q8_0',
			flashAttention: false,
			ubatch: 64,
			overheadBytes: 1e8,
		},
	),
	unary(
		'inferenceFit',
		core.inferenceFit,
		{ arch: llamaSmall, format: 'Q4_K_M', context: 128, capacityBytes: 2 ** 30 },
		{
			arch: mlaSmall,
			format: 'fp16',
			context: 256,
			kvFormat: 'q4_0',
			capacityBytes: 2 ** 24,
			bandwidthBytesPerSecond: 1e11,
		},
	),
	unary(
		'decodeBound',
		core.decodeBound,
		{ arch: llamaSmall, format: 'Q4_0', context: 128, bandwidthBytesPerSecond: 1e11 },
		{
			arch: moeSmall,
			format: 'Q8_0',
			context: 256,
			batch: 4,
			bandwidthBytesPerSecond: 1e12,
			offloadLayers: 1,
			hostBandwidthBytesPerSecond: 3e10,
		},
	),
	unary(
		'prefillBound',
		core.prefillBound,
		{ arch: llamaSmall, promptTokens: 128, peakFlopsPerSecond: 1e14 },
		{ arch: mlaSmall, promptTokens: 64, peakFlopsPerSecond: 1e12, utilization: 0.5 },
	),
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
