/**
 * Google TPUs and Apple M-series GPUs. Google publishes BF16 peaks only (no FP32 figure); Apple
 * publishes an FP32 "teraflops" figure for some chips and no board power. Apple prints no
 * FP32 figure for M3 Max, M3 Ultra or M4 Max: their `fp32` is an estimate, listed in `derived`,
 * computed as GPU cores × 128 FP32 lanes × 2 (FMA) × GPU clock, the clock from a third-party
 * database (Apple publishes none). Apple GPUs have no tensor cores: FP16 runs on the same lanes
 * at the FP32 rate, so no separate 16-bit peak is listed.
 */
import type { Gpu } from './types.ts';
import { GIB, GIGA, TERA } from './source.ts';

export const gpusOther: readonly Gpu[] = [
	{
		id: 'tpu-v4',
		name: 'Google Cloud TPU v4',
		vendor: 'Google',
		kind: 'tpu',
		peakFlopsPerSecond: { bf16: 275 * TERA },
		memoryBytes: 32 * GIB,
		memoryLabel: '32 GiB HBM2',
		memoryBandwidth: 1200 * GIGA,
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
		peakFlopsPerSecond: { bf16: 197 * TERA },
		memoryBytes: 16 * GIB,
		memoryLabel: '16 GB HBM2',
		memoryBandwidth: 819 * GIGA,
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
		peakFlopsPerSecond: { bf16: 459 * TERA },
		memoryBytes: 95 * GIB,
		memoryLabel: '95 GB HBM2e',
		memoryBandwidth: 2765 * GIGA,
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
		peakFlopsPerSecond: { fp32: 2.6 * TERA },
		memoryBytes: 16 * GIB,
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
		peakFlopsPerSecond: { fp32: 5.2 * TERA },
		memoryBytes: 32 * GIB,
		memoryLabel: 'up to 32 GB unified memory',
		memoryBandwidth: 200 * GIGA,
		source: {
			url: 'https://www.apple.com/newsroom/2021/10/introducing-m1-pro-and-m1-max-the-most-powerful-chips-apple-has-ever-built/',
			note: 'Apple newsroom, "Introducing M1 Pro and M1 Max" (2021-10-18; Business Wire copy read): M1 Pro up to 200GB/s memory bandwidth, up to 32GB unified memory, 16-core GPU. secondary: 5.2 teraflops for the 16-core GPU as reported from Apple\'s event (stuff.co.za); not in the press release.',
		},
		secondary: ['peakFlopsPerSecond.fp32', 'memoryBytes', 'memoryBandwidth'],
		notes: 'Memory is shared with the CPU and the operating system.',
	},
	{
		id: 'apple-m2',
		name: 'Apple M2 (10-core GPU)',
		vendor: 'Apple',
		kind: 'apple',
		peakFlopsPerSecond: { fp32: 3.6 * TERA },
		memoryBytes: 24 * GIB,
		memoryLabel: 'up to 24 GB unified memory',
		memoryBandwidth: 100 * GIGA,
		source: {
			url: 'https://www.apple.com/newsroom/2022/06/apple-unveils-m2-with-breakthrough-performance-and-capabilities/',
			note: 'secondary: Apple newsroom, "Apple unveils M2" (2022-06-06): 10-core GPU, up to 24 GB unified memory, 100 GB/s; "3.6 TF" and 100 GB/s as quoted in IPNP-BIPN/bwa-mem4 issue 55 (collected in this project\'s research/webgpu.md). Cross-check: 10 cores × 128 lanes × 2 × 1.398 GHz = 3.58 TFLOP/s. No GPU power published.',
		},
		secondary: ['peakFlopsPerSecond.fp32', 'memoryBytes', 'memoryBandwidth'],
		notes: 'Memory is shared with the CPU and the operating system.',
	},
	{
		id: 'apple-m3-max',
		name: 'Apple M3 Max (40-core GPU)',
		vendor: 'Apple',
		kind: 'apple',
		peakFlopsPerSecond: { fp32: 40 * 128 * 2 * 1.398e9 },
		memoryBytes: 128 * GIB,
		memoryLabel: 'up to 128 GB unified memory',
		memoryBandwidth: 400 * GIGA,
		source: {
			url: 'https://www.apple.com/newsroom/2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer/',
			note: 'secondary: Apple newsroom, "Apple unveils M3, M3 Pro, and M3 Max" (2023-10-30): 40-core GPU, up to 128 GB unified memory, 400 GB/s, as reported by macmegasite.com (400 GB/s) and notebookcheck.net (M4 Max keeps M3 Max\'s 128 GB). derived: an estimate (Apple publishes no FLOP/s figure), FP32 = 40 cores × 128 lanes × 2 × 1.398 GHz = 14.3 TFLOP/s, the GPU clock from hmc-tech.com. No GPU power published.',
		},
		derived: ['peakFlopsPerSecond.fp32'],
		secondary: ['memoryBytes', 'memoryBandwidth'],
		notes: 'Memory is shared with the CPU and the operating system.',
	},
	{
		id: 'apple-m3-ultra',
		name: 'Apple M3 Ultra (80-core GPU)',
		vendor: 'Apple',
		kind: 'apple',
		peakFlopsPerSecond: { fp32: 80 * 128 * 2 * 1.398e9 },
		memoryBytes: 512 * GIB,
		memoryLabel: 'up to 512 GB unified memory',
		memoryBandwidth: 819 * GIGA,
		source: {
			url: 'https://www.apple.com/newsroom/2025/03/apple-reveals-m3-ultra-taking-apple-silicon-to-a-new-extreme/',
			note: 'secondary: Apple newsroom, "Apple reveals M3 Ultra" (2025-03-05): two M3 Max dies over UltraFusion, up to 80-core GPU, up to 512 GB unified memory, "over 800GB/s" (BGR and XDA quoting Apple; 819 GB/s in TechPowerUp\'s and Ars Technica\'s tables). derived: an estimate (Apple publishes no FLOP/s figure), FP32 = 80 cores × 128 lanes × 2 × 1.398 GHz = 28.6 TFLOP/s, assuming the M3 Max\'s GPU clock (hmc-tech.com). No GPU power published.',
		},
		derived: ['peakFlopsPerSecond.fp32'],
		secondary: ['memoryBytes', 'memoryBandwidth'],
		notes: 'Memory is shared with the CPU and the operating system.',
	},
	{
		id: 'apple-m4-max',
		name: 'Apple M4 Max (40-core GPU)',
		vendor: 'Apple',
		kind: 'apple',
		peakFlopsPerSecond: { fp32: 40 * 128 * 2 * 1.678e9 },
		memoryBytes: 128 * GIB,
		memoryLabel: 'up to 128 GB unified memory',
		memoryBandwidth: 546 * GIGA,
		source: {
			url: 'https://www.apple.com/newsroom/2024/10/new-macbook-pro-features-m4-family-of-chips-and-apple-intelligence/',
			note: 'secondary: Apple newsroom (2024-10-30) as quoted by MacRumors the same day: "M4 Max supports up to 128GB of unified memory with up to 546GB/s of memory bandwidth", up to 40-core GPU. derived: an estimate (Apple publishes no FLOP/s figure), FP32 = 40 cores × 128 lanes × 2 × 1.678 GHz = 17.2 TFLOP/s, the GPU clock from hmc-tech.com; the same ~17.2 TF is quoted in IPNP-BIPN/bwa-mem4 issue 55 (research/webgpu.md). No GPU power published.',
		},
		derived: ['peakFlopsPerSecond.fp32'],
		secondary: ['memoryBytes', 'memoryBandwidth'],
		notes: 'Memory is shared with the CPU and the operating system.',
	},
];
