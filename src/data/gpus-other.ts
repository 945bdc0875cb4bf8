/**
 * Google TPUs and Apple M-series GPUs. Google publishes BF16 peaks only (no FP32 figure); Apple
 * publishes an FP32 "teraflops" figure for some chips and no board power. Only chips with a
 * published figure are listed: Apple prints none for M2 Max, M3 Max or M4 Max (third-party
 * databases compute one from ALU count × clock; not used).
 */
import type { Gpu } from './types.ts';
import { BYTES_PER_GB, BYTES_PER_GIB, FLOPS_PER_TFLOPS } from '../core/index.ts';

export const gpusOther: readonly Gpu[] = [
	{
		id: 'tpu-v4',
		name: 'Google Cloud TPU v4',
		vendor: 'Google',
		kind: 'tpu',
		peakFlopsPerSecond: { bf16: 275 * FLOPS_PER_TFLOPS },
		memoryBytes: 32 * BYTES_PER_GIB,
		memoryLabel: '32 GiB HBM2',
		bandwidthBytesPerSecond: 1200 * BYTES_PER_GB,
		watts: 192,
		wattsNote:
			'measured maximum power per chip (Google gives min/mean/max 90/170/192 W), not a TDP',
		source: {
			url: 'https://cloud.google.com/tpu/docs/v4',
			note: 'Cloud TPU v4 documentation, "System architecture", key specifications table: peak compute per chip 275 teraflops (bf16 or int8), HBM2 capacity and bandwidth 32 GiB, 1200 GBps, measured min/mean/max power 90/170/192 W, TPU Pod size 4096 chips.',
		},
	},
	{
		id: 'tpu-v5e',
		name: 'Google Cloud TPU v5e',
		vendor: 'Google',
		kind: 'tpu',
		peakFlopsPerSecond: { bf16: 197 * FLOPS_PER_TFLOPS },
		memoryBytes: 16 * BYTES_PER_GIB,
		memoryLabel: '16 GB HBM2',
		bandwidthBytesPerSecond: 819 * BYTES_PER_GB,
		source: {
			url: 'https://cloud.google.com/tpu/docs/v5e',
			note: 'Cloud TPU v5e documentation, "System architecture", key chip specifications table: peak compute per chip (bf16) 197 TFLOPs, HBM2 capacity and bandwidth 16 GB, 819 GBps. (One version of the page prints "800 GiBps"; 819 GBps used.) No power figure published.',
		},
	},
	{
		id: 'tpu-v5p',
		name: 'Google Cloud TPU v5p',
		vendor: 'Google',
		kind: 'tpu',
		peakFlopsPerSecond: { bf16: 459 * FLOPS_PER_TFLOPS },
		memoryBytes: 95 * BYTES_PER_GIB,
		memoryLabel: '95 GB HBM2e',
		bandwidthBytesPerSecond: 2765 * BYTES_PER_GB,
		source: {
			url: 'https://cloud.google.com/tpu/docs/v5p',
			note: 'Cloud TPU v5p documentation, "System architecture", key specifications table: peak compute per chip (bf16) 459 TFLOPs, HBM2e capacity and bandwidth 95 GB, 2765 GBps; TPU Pod size 8960 chips. No power figure published.',
		},
	},
	{
		id: 'apple-m1',
		name: 'Apple M1 (8-core GPU)',
		vendor: 'Apple',
		kind: 'apple',
		peakFlopsPerSecond: { fp32: 2.6 * FLOPS_PER_TFLOPS },
		memoryBytes: 16 * BYTES_PER_GIB,
		memoryLabel: 'up to 16 GB unified memory',
		source: {
			url: 'https://www.apple.com/newsroom/2020/11/apple-unleashes-m1/',
			note: 'secondary: Apple newsroom, "Apple unleashes M1" (2020-11-10), as quoted by MacRumors the same day: 8-core GPU "with 2.6 teraflops of throughput"; unified memory up to 16 GB (largest configuration, shared by CPU and GPU). Apple published no memory bandwidth or GPU power for M1.',
		},
		secondary: ['peakFlopsPerSecond.fp32', 'memoryBytes'],
		notes: 'Memory is shared with the CPU and the operating system.',
	},
	{
		id: 'apple-m1-pro',
		name: 'Apple M1 Pro (16-core GPU)',
		vendor: 'Apple',
		kind: 'apple',
		peakFlopsPerSecond: { fp32: 5.2 * FLOPS_PER_TFLOPS },
		memoryBytes: 32 * BYTES_PER_GIB,
		memoryLabel: 'up to 32 GB unified memory',
		bandwidthBytesPerSecond: 200 * BYTES_PER_GB,
		source: {
			url: 'https://www.apple.com/newsroom/2021/10/introducing-m1-pro-and-m1-max-the-most-powerful-chips-apple-has-ever-built/',
			note: 'Apple newsroom, "Introducing M1 Pro and M1 Max" (2021-10-18; Business Wire copy read): M1 Pro up to 200GB/s memory bandwidth, up to 32GB unified memory, 16-core GPU. secondary: 5.2 teraflops for the 16-core GPU as reported from Apple\'s event (stuff.co.za); not in the press release.',
		},
		secondary: ['peakFlopsPerSecond.fp32', 'memoryBytes', 'bandwidthBytesPerSecond'],
		notes: 'Memory is shared with the CPU and the operating system.',
	},
];
