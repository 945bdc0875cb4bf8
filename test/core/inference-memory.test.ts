/**
 * Serving memory: the KV cache, inferenceMemory and inferenceFit, against llama.cpp's own
 * definitions and published sizes, and hand calculations written out here.
 */
import { describe, expect, it } from 'vitest';
import {
	KV_BYTES,
	decodeBound,
	inferenceFit,
	inferenceMemory,
	kvCacheBytes,
} from '../../src/core/index.ts';
import { modelById } from '../../src/data/index.ts';
import { field } from '../helpers/errors.ts';
import { GiB, llama31_8b } from '../helpers/inference-models.ts';

describe('kvCacheBytes', () => {
	it('Llama 3.1 8B at 8,192 tokens, fp16: 2 × 32 × 8 × 128 × 8192 × 2 B = 1 GiB', () => {
		expect(kvCacheBytes({ arch: llama31_8b, context: 8192 }).bytes).toBe(
			2 * 32 * 8 * 128 * 8192 * 2,
		);
		expect(kvCacheBytes({ arch: llama31_8b, context: 8192 }).bytes).toBe(GiB);
	});

	it('quantised: q8_0 34/32 and q4_0 18/32 bytes per element; batch multiplies', () => {
		expect(kvCacheBytes({ arch: llama31_8b, context: 8192, kvFormat: 'q8_0' }).bytes).toBe(
			(GiB / 2) * (34 / 32),
		);
		expect(
			kvCacheBytes({ arch: llama31_8b, context: 8192, kvFormat: 'q4_0', batch: 4 }).bytes,
		).toBe(4 * (GiB / 2) * (18 / 32));
		expect(KV_BYTES.fp8).toBe(1);
	});

	it('Mistral 7B: every layer slides over 4,096 tokens, so 32k context costs what 4k does', () => {
		const a = modelById('mistral-7b').arch;
		const at4k = 2 * 32 * 8 * 128 * 4096 * 2; // 512 MiB
		expect(kvCacheBytes({ arch: a, context: 32768 }).bytes).toBe(at4k);
		expect(kvCacheBytes({ arch: a, context: 1000 }).bytes).toBe(2 * 32 * 8 * 128 * 1000 * 2);
	});

	it('Gemma 3 27B: 10 full layers and 52 sliding over 1,024 tokens', () => {
		const k = kvCacheBytes({ arch: modelById('gemma3-27b').arch, context: 32768 });
		expect(k.bytes).toBe(2 * 16 * 128 * 2 * (10 * 32768 + 52 * 1024));
	});

	it('DeepSeek-V3 caches the latent: 61 × (512 + 64) × 2 B = 70,272 B per token', () => {
		const k = kvCacheBytes({ arch: modelById('deepseek-v3').arch, context: 1 });
		expect(k.bytes).toBe(61 * (512 + 64) * 2);
	});

	it('refuses a context of 0 and an unknown KV format', () => {
		expect(field(() => kvCacheBytes({ arch: llama31_8b, context: 0 }))).toBe('context');
		expect(
			field(() => kvCacheBytes({ arch: llama31_8b, context: 8, kvFormat: 'q2' as never })),
		).toBe('kvFormat');
	});
});

describe('inferenceMemory and inferenceFit', () => {
	it('adds weights, KV cache, workspace and overhead', () => {
		const m = inferenceMemory({ arch: llama31_8b, format: 'Q4_K_M', context: 8192 });
		expect(m.total).toBe(m.weights + m.kvCache + m.workspace + m.overhead);
		expect(m.kvCache).toBe(GiB);
		expect(m.overhead).toBe(0.75 * GiB);
		// workspace: 4 B × (512 tokens × (3·4096 + 4096 + 2·1024 + 2·14336) + 128256 logits)
		expect(m.workspace).toBe(4 * (512 * (3 * 4096 + 4096 + 2048 + 2 * 14336) + 128256));
		const noFa = inferenceMemory({
			arch: llama31_8b,
			format: 'Q4_K_M',
			context: 8192,
			flashAttention: false,
		});
		expect(noFa.workspace - m.workspace).toBe(4 * 32 * 512 * 8192); // fp32 scores of one layer
	});

	it('Llama 3.1 8B Q4_K_M at 8k fits a 12 GB card; Llama 3.1 70B does not fit 24 GB in any format', () => {
		expect(
			inferenceFit({ arch: llama31_8b, format: 'Q4_K_M', context: 8192, capacityBytes: 12 * GiB })
				.fits,
		).toBe(true);
		const fit = inferenceFit({
			arch: modelById('llama3.1-70b').arch,
			format: 'Q4_K_M',
			context: 8192,
			capacityBytes: 24 * GiB,
		});
		expect(fit.fits).toBe(false);
		expect(fit.maxContext).toBe(0);
		expect(Object.values(fit.formats).some((o) => o.fits)).toBe(false);
		// offloading n blocks frees n × bytesPerLayer: n is the least that closes the gap
		const n = fit.offloadLayers!;
		expect(fit.memory.total - n * fit.bytesPerLayer).toBeLessThanOrEqual(24 * GiB);
		expect(fit.memory.total - (n - 1) * fit.bytesPerLayer).toBeGreaterThan(24 * GiB);
	});

	it('names the longest context, the formats and the KV formats that fit', () => {
		const input = {
			arch: llama31_8b,
			format: 'fp16' as const,
			context: 131072,
			capacityBytes: 24 * GiB,
		};
		const fit = inferenceFit(input);
		expect(fit.fits).toBe(false);
		const at = (context: number) => inferenceMemory({ ...input, context }).total;
		expect(at(fit.maxContext)).toBeLessThanOrEqual(24 * GiB);
		expect(at(fit.maxContext + 1)).toBeGreaterThan(24 * GiB);
		// 16 GiB of fp16 KV at 128k: with Q4_K_M weights (4.58 GiB) it fits, with fp16 (14.96) not
		expect(fit.formats.Q4_K_M.fits).toBe(true);
		expect(fit.formats.fp16.fits).toBe(false);
		expect(fit.kvFormats.q4_0.total).toBeLessThan(fit.kvFormats.q8_0.total);
		expect(fit.offloadLayers).toBeGreaterThan(0);
		// everything fits on 192 GiB
		const big = inferenceFit({ ...input, capacityBytes: 192 * GiB });
		expect(big.fits && big.maxContext === 131072 && big.offloadLayers === 0).toBe(true);
	});

	it('with a bandwidthBytesPerSecond: the decode bound on the card, or with the offloaded blocks over each host link', () => {
		const a = modelById('llama3.1-70b').arch;
		const input = { arch: a, format: 'Q4_K_M' as const, context: 8192, capacityBytes: 24 * GiB };
		const fit = inferenceFit({ ...input, bandwidthBytesPerSecond: 1008e9 });
		expect(fit.decodeTokensPerSecond).toBeNull();
		const s = fit.offloadTokensPerSecond!;
		const expected = decodeBound({
			arch: a,
			format: 'Q4_K_M',
			context: 8192,
			bandwidthBytesPerSecond: 1008e9,
			offloadLayers: fit.offloadLayers!,
			hostBandwidthBytesPerSecond: 89.6e9,
		}).tokensPerSecond;
		expect(s['ddr5-5600-dual']).toBe(expected);
		expect(s['pcie3-x16']).toBeLessThan(s['pcie4-x16']);
		expect(inferenceFit(input).offloadTokensPerSecond).toBeNull();
		const small = inferenceFit({ ...input, arch: llama31_8b, bandwidthBytesPerSecond: 1008e9 });
		expect(small.decodeTokensPerSecond).toBe(
			decodeBound({
				arch: llama31_8b,
				format: 'Q4_K_M',
				context: 8192,
				bandwidthBytesPerSecond: 1008e9,
			}).tokensPerSecond,
		);
		expect(small.offloadTokensPerSecond).toBeNull();
		expect(field(() => inferenceFit({ ...input, bandwidthBytesPerSecond: -1 }))).toBe(
			'bandwidthBytesPerSecond',
		);
	});

	it('returns null layers when even all blocks off the card leave too much', () => {
		const fit = inferenceFit({ arch: llama31_8b, format: 'fp32', context: 8, capacityBytes: GiB });
		expect(fit.offloadLayers).toBeNull();
	});

	it('refuses a missing capacity', () => {
		expect(
			field(() => inferenceFit({ arch: llama31_8b, format: 'fp16', context: 8 } as never)),
		).toBe('capacityBytes');
	});
});
