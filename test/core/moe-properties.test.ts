/**
 * Properties over random mixtures of experts (fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	countParams,
	flopsPerToken,
	paramBreakdown,
	trainingMemory,
	type Arch,
} from '../../src/core/index.ts';

describe('properties over random mixtures of experts', () => {
	const moeArch = fc
		.record({
			layers: fc.integer({ min: 1, max: 64 }),
			kv: fc.integer({ min: 1, max: 8 }),
			group: fc.integer({ min: 1, max: 4 }),
			headDim: fc.integer({ min: 1, max: 256 }),
			dModel: fc.integer({ min: 1, max: 4096 }),
			ffnDim: fc.integer({ min: 1, max: 20_000 }),
			vocab: fc.integer({ min: 1, max: 200_000 }),
			experts: fc.integer({ min: 1, max: 256 }),
			pick: fc.double({ min: 0, max: 1, noNaN: true }),
			expertFfnDim: fc.integer({ min: 1, max: 4096 }),
			shared: fc.integer({ min: 0, max: 2 }),
			dense: fc.double({ min: 0, max: 1, noNaN: true }),
			qkNorm: fc.constantFrom(undefined, 'head' as const, 'projection' as const),
			postNorms: fc.boolean(),
			mla: fc.boolean(),
			tied: fc.boolean(),
		})
		.map((r): Arch => {
			const heads = r.kv * r.group;
			const perToken = Math.max(1, Math.round(r.pick * r.experts));
			return {
				family: 'llama',
				layers: r.layers,
				heads,
				kvHeads: r.kv,
				dModel: r.dModel,
				headDim: r.headDim,
				ffnDim: r.ffnDim,
				vocab: r.vocab,
				context: 512,
				tiedEmbeddings: r.tied,
				...(r.qkNorm ? { qkNorm: r.qkNorm } : {}),
				postNorms: r.postNorms,
				...(r.mla
					? {
							mla: {
								qLoraRank: 64,
								kvLoraRank: 32,
								qkRopeHeadDim: 16,
								qkNopeHeadDim: 32,
								vHeadDim: 32,
							},
						}
					: {}),
				moe: {
					experts: r.experts,
					perToken,
					expertFfnDim: r.expertFfnDim,
					sharedExperts: r.shared,
					denseLayers: Math.floor(r.dense * r.layers),
				},
			};
		});

	it('the parts sum to the total, and total ≥ active ≥ 1', () => {
		fc.assert(
			fc.property(moeArch, (arch) => {
				const p = paramBreakdown(arch);
				expect(
					p.tokenEmbedding + p.positionEmbedding + p.attention + p.mlp + p.norms + p.head,
				).toBe(p.total);
				expect(p.experts + p.sharedExperts + p.router).toBe(
					p.mlp - p.blocks.dense * p.denseBlock.mlp,
				);
				expect(p.total).toBeGreaterThanOrEqual(p.active);
				expect(p.active).toBeGreaterThan(0);
				expect(Number.isSafeInteger(p.total)).toBe(true);
			}),
		);
	});

	it('FLOP per token never fall when a token uses more experts', () => {
		fc.assert(
			fc.property(moeArch, (arch) => {
				const moe = arch.moe!;
				fc.pre(moe.perToken < moe.experts);
				const more = { ...arch, moe: { ...moe, perToken: moe.perToken + 1 } };
				expect(flopsPerToken(more)).toBeGreaterThanOrEqual(flopsPerToken(arch));
				// and the total does not change: memory is not what a token uses
				expect(countParams(more)).toBe(countParams(arch));
			}),
		);
	});

	it('memory never falls when there are more experts (same experts per token)', () => {
		fc.assert(
			fc.property(moeArch, fc.constantFrom(1, 2, 4), (arch, pipeline) => {
				fc.pre(arch.layers >= pipeline);
				const moe = arch.moe!;
				const more = { ...arch, moe: { ...moe, experts: moe.experts + 1 } };
				const m = (a: Arch) =>
					trainingMemory({ arch: a, microBatch: 1, parallel: { pipeline } }).total;
				expect(m(more)).toBeGreaterThanOrEqual(m(arch));
				expect(flopsPerToken(more)).toBeGreaterThanOrEqual(flopsPerToken(arch));
			}),
		);
	});
});
