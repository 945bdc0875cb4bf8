/**
 * Published decoding speeds (one sequence, tokens per second) beside which the core's bandwidth
 * bound is checked (test/data/decode-measured.test.ts): llama.cpp's `llama-bench` text-generation
 * test tg128 — 128 tokens generated from an empty prompt, so the KV cache holds 1 to 128 tokens
 * (64 on average) — on Apple Silicon (Metal) and NVIDIA (CUDA) GPUs, every layer on the GPU.
 *
 * The model is LLaMA / Llama 2 7B (llama-bench prints "llama 7B": 6.74 B parameters, F16
 * 12.55 GiB, Q8_0 6.67 GiB, Q4_0 3.56 GiB); the RTX 4090 rows ran CodeLlama 7B, the same shapes
 * with 16 more vocabulary rows (32,016: 0.2 ‰ more weights), counted here as Llama 2 7B.
 * `bandwidthBytesPerSecond` is the chip's peak memory bandwidth as the source table prints it (Apple's
 * figure), or the catalogue's for a card listed in gpus-consumer.ts.
 */
import type { WeightFormat } from '../core/index.ts';
import { BYTES_PER_GB } from '../core/index.ts';
import type { Sourced } from './types.ts';

export type DecodeMeasurement = Sourced & {
	readonly id: string;
	/** The model in models.ts whose `arch` the run's weights have. */
	readonly modelId: string;
	readonly format: WeightFormat;
	/** The device as the source names it. */
	readonly device: string;
	/** The catalogue entry (gpus.ts), where the device is listed there. */
	readonly gpuId?: string;
	/** Peak memory bandwidth, bytes/s. */
	readonly bandwidthBytesPerSecond: number;
	/** Engine and backend (and build, where the source pins one). */
	readonly engine: string;
	/** Tokens in the prompt before generation; absent: none (tg128 starts from an empty prompt). */
	readonly promptTokens?: number;
	/** Tokens generated (tg128: 128). */
	readonly generatedTokens: number;
	/** Sequences decoded together. */
	readonly batch: number;
	/** The published mean generation speed, tokens per second. */
	readonly tokensPerSecond: number;
};

const APPLE_URL = 'https://github.com/ggml-org/llama.cpp/discussions/4167';
const APPLE_NOTE =
	'llama.cpp discussion #4167 “Performance of llama.cpp on Apple Silicon M-series”, the summary table of the first post (build 8e672ef, 2023-11-21; columns BW [GB/s], GPU cores, F16/Q8_0/Q4_0 TG [t/s]; “TG means text-generation (bs = 1)”, llama-bench tg128, Llama 2 7B). secondary: read in a faithful transcription of that table (the thread itself could not be opened here).';

type AppleRow = [
	id: string,
	chip: string,
	gbps: number,
	f16: number | null,
	q8: number,
	q4: number,
];

/** Rows of #4167's summary table: chip, bandwidth, TG t/s for F16, Q8_0, Q4_0 (null: not run). */
const appleRows: readonly AppleRow[] = [
	['m1', 'Apple M1 (8-core GPU)', 68, null, 7.91, 14.15],
	['m2', 'Apple M2 (10-core GPU)', 100, 6.72, 12.21, 21.91],
	['m4', 'Apple M4 (10-core GPU)', 120, 7.43, 13.54, 24.11],
	['m3-pro', 'Apple M3 Pro (18-core GPU)', 150, 9.89, 17.53, 30.74],
	['m2-pro', 'Apple M2 Pro (16-core GPU)', 200, 12.47, 22.7, 37.87],
	['m4-pro', 'Apple M4 Pro (20-core GPU)', 273, 17.18, 30.69, 50.74],
	['m2-max', 'Apple M2 Max (30-core GPU)', 400, 24.16, 39.97, 60.99],
	['m4-max', 'Apple M4 Max (40-core GPU)', 546, 31.64, 54.05, 83.06],
	['m2-ultra-76', 'Apple M2 Ultra (76-core GPU)', 800, 41.02, 66.64, 94.27],
];

function appleEntries(): DecodeMeasurement[] {
	const out: DecodeMeasurement[] = [];
	for (const [id, chip, gbps, f16, q8, q4] of appleRows) {
		const formats: [WeightFormat, number | null, string][] = [
			['fp16', f16, 'F16'],
			['Q8_0', q8, 'Q8_0'],
			['Q4_0', q4, 'Q4_0'],
		];
		for (const [format, tps, column] of formats) {
			if (tps === null) continue;
			out.push({
				id: `llama2-7b-${format.toLowerCase().replace('_', '')}-${id}`,
				modelId: 'llama2-7b',
				format,
				device: chip,
				bandwidthBytesPerSecond: gbps * BYTES_PER_GB,
				engine: 'llama.cpp Metal, build 8e672ef',
				generatedTokens: 128,
				batch: 1,
				tokensPerSecond: tps,
				source: { url: APPLE_URL, note: `${APPLE_NOTE} Row ${chip}, column ${column} TG.` },
				secondary: ['tokensPerSecond', 'bandwidthBytesPerSecond'],
			});
		}
	}
	return out;
}

const PR_4766 = 'https://github.com/ggml-org/llama.cpp/pull/4766';

export const decodeMeasurements: readonly DecodeMeasurement[] = [
	...appleEntries(),
	{
		id: 'llama2-7b-fp16-rtx-3090',
		modelId: 'llama2-7b',
		format: 'fp16',
		device: 'NVIDIA GeForce RTX 3090',
		gpuId: 'rtx-3090',
		bandwidthBytesPerSecond: 936 * BYTES_PER_GB,
		engine: 'llama.cpp CUDA (master, January 2024)',
		generatedTokens: 128,
		batch: 1,
		tokensPerSecond: 48.52,
		source: {
			url: PR_4766,
			note: 'llama.cpp pull request #4766 “llama : ggml-backend integration”, JohannesGaessler’s comparison table (conversation turn 56): row “RTX 3090 | 0 | llama 7B F16 | tg128”, column “t/s master” 48.52. secondary: the bandwidth is the catalogue’s RTX 3090 (936 GB/s).',
		},
		secondary: ['bandwidthBytesPerSecond'],
	},
	{
		id: 'llama2-7b-q40-rtx-3090',
		modelId: 'llama2-7b',
		format: 'Q4_0',
		device: 'NVIDIA GeForce RTX 3090',
		gpuId: 'rtx-3090',
		bandwidthBytesPerSecond: 936 * BYTES_PER_GB,
		engine: 'llama.cpp CUDA (master, January 2024)',
		generatedTokens: 128,
		batch: 1,
		tokensPerSecond: 121.82,
		source: {
			url: PR_4766,
			note: 'llama.cpp pull request #4766, JohannesGaessler’s comparison table (conversation turn 56): row “RTX 3090 | 0 | llama 7B Q4_0 | tg128”, column “t/s master” 121.82. secondary: the bandwidth is the catalogue’s RTX 3090 (936 GB/s).',
		},
		secondary: ['bandwidthBytesPerSecond'],
	},
	{
		id: 'llama2-7b-fp16-rtx-4090',
		modelId: 'llama2-7b',
		format: 'fp16',
		device: 'NVIDIA GeForce RTX 4090',
		gpuId: 'rtx-4090',
		bandwidthBytesPerSecond: 1008 * BYTES_PER_GB,
		engine: 'llama.cpp CUDA (pull request #4766 branch, 2024-01-10)',
		generatedTokens: 128,
		batch: 1,
		tokensPerSecond: 61.03,
		source: {
			url: PR_4766,
			note: 'llama.cpp pull request #4766, ggerganov’s comment of 2024-01-10 (“Repeating the tests…”, llama-bench on codellama-7b, “Device 0: NVIDIA GeForce RTX 4090”): row “llama 7B F16 | 12.55 GiB | 6.74 B | CUDA | 99 | tg 128”, 61.03 ± 0.07 t/s. secondary: the bandwidth is the catalogue’s RTX 4090 (1,008 GB/s).',
		},
		secondary: ['bandwidthBytesPerSecond'],
	},
	{
		id: 'llama2-7b-q80-rtx-4090',
		modelId: 'llama2-7b',
		format: 'Q8_0',
		device: 'NVIDIA GeForce RTX 4090',
		gpuId: 'rtx-4090',
		bandwidthBytesPerSecond: 1008 * BYTES_PER_GB,
		engine: 'llama.cpp CUDA (pull request #4766 branch, 2024-01-10)',
		generatedTokens: 128,
		batch: 1,
		tokensPerSecond: 98.13,
		source: {
			url: PR_4766,
			note: 'llama.cpp pull request #4766, ggerganov’s comment of 2024-01-10 (llama-bench on codellama-7b, RTX 4090): row “llama 7B Q8_0 | 6.67 GiB | 6.74 B | CUDA | 99 | tg 128”, 98.13 ± 0.07 t/s. secondary: the bandwidth is the catalogue’s RTX 4090 (1,008 GB/s).',
		},
		secondary: ['bandwidthBytesPerSecond'],
	},
];

/** Mean tokens in the KV cache over the run: the prompt plus half the generated tokens. */
export function meanContext(m: DecodeMeasurement): number {
	return (m.promptTokens ?? 0) + Math.ceil(m.generatedTokens / 2);
}
