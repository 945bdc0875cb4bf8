/**
 * Training memory per device: weights, gradients, optimizer state, activations, logits and a
 * fixed overhead, in bytes. The conventions are summarised in README.md ("Memory"); the details
 * of the model follow. The device reported is the busiest one (with pipeline parallelism,
 * the larger of the first and last stage).
 *
 * Model state, bytes per parameter (weights + gradients + optimizer):
 * - precision 'bf16'/'fp16' (mixed precision, default): 16-bit weights (2) and gradients (2),
 *   optimizer = fp32 master copy (4) + Adam's two fp32 moments (8): 16 B/param, the ZeRO paper's
 *   accounting. (PyTorch autocast, as nanoGPT trains, keeps fp32 weights and gradients and
 *   makes 16-bit copies on the fly: 4 + 4 + 8, the same 16 in total.)
 *   `gradients: 'fp32'` keeps fp32 gradients (Megatron): 18. `'16bit+fp32'` keeps both
 *   (Megatron-Turing NLG's accounting): 20. `masterWeights: false` is pure 16-bit training:
 *   no master copy, moments in 16 bits (8 B/param with Adam).
 * - precision 'fp32': 4 + 4 + 8 = 16 with Adam.
 * - optimizer 'adam-8bit' (bitsandbytes): 1-byte moments, 2 per param; 'sgd-momentum': one
 *   moment; 'sgd': none. The master copy stays in mixed precision (8-bit Adam: 2+2+4+2 = 10).
 *
 * Parallelism, with devices = data × tensor × pipeline:
 * - tensor (Megatron): weights, gradients and optimizer state / tensor; activations as in
 *   activations.ts; logits / tensor (vocabulary-parallel cross-entropy).
 * - pipeline: each stage holds ⌈layers / pipeline⌉ blocks; the first stage also holds the
 *   embeddings, the last the final norm and the head (a tied head is a second copy of the
 *   token table there, as in Megatron). Under the 1F1B schedule the first stage keeps
 *   `pipeline` micro-batches in flight, so its activations are those of ~all layers
 *   (Korthikanti §4.2.3); this assumes at least `pipeline` micro-batches per step.
 * - ZeRO over the DATA-parallel degree only (not all devices): stage 1 shards the optimizer
 *   state, stage 2 also the gradients, stage 3 also the weights, plus the largest unit
 *   (one block, or the token table if bigger) gathered whole (prefetching can hold two). PyTorch FSDP: FULL_SHARD = ZeRO-3,
 *   SHARD_GRAD_OP = ZeRO-2. ZeRO never shards activations.
 * - expert (mixture of experts; Lepikhin et al. 2020, GShard, arXiv:2006.16668; Megatron-Core's
 *   expert_model_parallel_size): the routed experts of each MoE block are split over `expert`
 *   devices inside the data-parallel group (data must be a multiple of it), so a device holds
 *   experts / expert of them; everything else is replicated as before. Weights, gradients and
 *   optimizer state come from the TOTAL parameters (every expert is trained), FLOP from the
 *   active ones (flops.ts). ZeRO shards the experts over their own data-parallel group,
 *   data / expert ranks (DeepSpeed-MoE's expert data parallelism). `expertParams` reports what
 *   one device holds of them.
 *
 * Activations (see activations.ts): 'selective' recomputation drops the attention scores;
 * 'full' recomputation keeps each block's input (p·s·b·h bytes) plus one block's full working
 * set while it is recomputed. Logits: fp32 logits and their gradient, 4·s·b·V bytes each.
 *
 * Overhead: CUDA context, cuBLAS/cuDNN workspaces and allocator slack, 0.75 GiB per device by
 * default (measured contexts run 0.3-2 GiB; gpu_poor uses 650 MB, vram-calculator 1000 MiB).
 */
import { paramBreakdown } from './params.ts';
import { layerActivations, type LayerActivations } from './activations.ts';
import { LIMITS } from './limits.ts';
import { checkedResult, inRange, optionalInRange, record } from './validate.ts';
import { DEFAULT_OVERHEAD_BYTES, resolve, type MemoryInput } from './memory-input.ts';
import { bytesPerParam, denseIn, settings, stageActivations } from './memory-parts.ts';

export type TrainingMemory = {
	weights: number;
	gradients: number;
	optimizer: number;
	activations: number;
	logits: number;
	overhead: number;
	total: number;
	/** Parameters held by this device before ZeRO sharding (its pipeline stage / tensor; experts / expert too). */
	paramsPerDevice: number;
	/** Of `paramsPerDevice`, the routed experts' parameters (after expert parallelism); 0 without MoE. */
	expertParams: number;
	/** Expert-parallel degree the routed experts were divided by (1 without it). */
	expertParallel: number;
	/** Bytes per parameter before sharding. */
	bytesPerParam: { weights: number; gradients: number; optimizer: number };
	devices: number;
	/** Which pipeline stage is the busiest device: 'only' without pipeline parallelism. */
	stage: 'only' | 'first' | 'last';
};

/**
 * A floor on training memory when only the parameter count is known: `bytesPerParam` per
 * parameter (default 16: BF16 weights and gradients, FP32 master weights and Adam's two
 * moments) plus the fixed overhead. Activations are not counted, so the real need is higher.
 */
export function parameterMemory(input: {
	params: number;
	bytesPerParam?: number;
	overheadBytes?: number;
}): number {
	const i = record('input', input);
	const n = inRange('params', i.params, LIMITS.params);
	const b = optionalInRange('bytesPerParam', i.bytesPerParam, { min: 1, max: 64 }, 16);
	const o = optionalInRange(
		'overheadBytes',
		i.overheadBytes,
		LIMITS.overheadBytes,
		DEFAULT_OVERHEAD_BYTES,
	);
	return checkedResult('The memory', n * b + o, 'params');
}

/** Bytes per device to train `arch` with these settings, by part. */
export function trainingMemory(input: MemoryInput): TrainingMemory {
	const r = resolve(input);
	const a = r.a;
	const pb = paramBreakdown(input.arch);
	const bpp = bytesPerParam(r);
	const blocksPerStage = Math.ceil(a.layers / r.pipeline);
	// A stage's blocks: [replicated parameters, routed experts].
	const routedPerBlock = pb.blocks.moe === 0 ? 0 : pb.experts / pb.blocks.moe;
	const blocksFrom = (start: number): [number, number] => {
		const dense = denseIn(a, start, blocksPerStage);
		const moe = blocksPerStage - dense;
		const moeShared = pb.moeBlock === null ? 0 : pb.moeBlock.total - routedPerBlock;
		return [dense * pb.denseBlock.total + moe * moeShared, moe * routedPerBlock];
	};
	const tokenTable = pb.tokenEmbedding + pb.positionEmbedding;
	const headCopy = r.pipeline > 1 && a.tiedEmbeddings ? pb.tokenEmbedding : pb.head;
	const tokens = r.microBatch * a.context;
	const p = r.precision === 'fp32' ? 4 : 2;
	const m = r.dropout ? 1 : 0;
	// Logits in fp32 and their gradient, split over the vocabulary by tensor parallelism.
	const logits = (2 * 4 * tokens * a.vocab) / r.tensor;
	// Final norm input and output (the head's input), on the last stage.
	const headInputs = 2 * p * tokens * a.dModel;
	// Embedding dropout mask, on the first stage.
	const embedMask = m * tokens * a.dModel;

	type Stage = {
		stage: TrainingMemory['stage'];
		params: number;
		experts: number;
		act: number;
		logits: number;
	};
	const stages: Stage[] = [];
	if (r.pipeline === 1) {
		const [blocks, experts] = blocksFrom(0);
		stages.push({
			stage: 'only',
			params: blocks + tokenTable + pb.finalNorm + pb.head,
			experts,
			act: stageActivations(r, blocksPerStage, 1) + headInputs + embedMask,
			logits,
		});
	} else {
		const [firstBlocks, firstExperts] = blocksFrom(0);
		const [lastBlocks, lastExperts] = blocksFrom(a.layers - blocksPerStage);
		stages.push({
			stage: 'first',
			params: firstBlocks + tokenTable,
			experts: firstExperts,
			act: stageActivations(r, blocksPerStage, r.pipeline) + embedMask * r.pipeline,
			logits: 0,
		});
		stages.push({
			stage: 'last',
			params: lastBlocks + pb.finalNorm + headCopy,
			experts: lastExperts,
			act: stageActivations(r, blocksPerStage, 1) + headInputs,
			logits,
		});
	}

	const dp = r.data;
	// The experts' own data-parallel group: each expert is replicated on data / expert ranks.
	const edp = r.data / r.expert;
	const results = stages.map((s): TrainingMemory => {
		const params = s.params / r.tensor;
		const experts = s.experts / (r.tensor * r.expert);
		const shard = (x: number, group: number, on: boolean) => (on ? x / group : x);
		const optimizer =
			shard(params * bpp.optimizer, dp, r.zeroStage >= 1) +
			shard(experts * bpp.optimizer, edp, r.zeroStage >= 1);
		const gradients =
			shard(params * bpp.gradients, dp, r.zeroStage >= 2) +
			shard(experts * bpp.gradients, edp, r.zeroStage >= 2);
		let weights = (params + experts) * bpp.weights;
		if (r.zeroStage === 3 && dp > 1) {
			// Sharded weights, plus the largest unit gathered whole for its forward/backward.
			const block = Math.max(
				pb.denseBlock.total,
				(pb.moeBlock?.total ?? 0) - routedPerBlock + routedPerBlock / r.expert,
			);
			const gathered = Math.max(block, pb.tokenEmbedding) / r.tensor;
			weights = (params / dp + experts / edp + gathered) * bpp.weights;
		}
		const total = weights + gradients + optimizer + s.act + s.logits + r.overheadBytes;
		return {
			weights,
			gradients,
			optimizer,
			activations: s.act,
			logits: s.logits,
			overhead: r.overheadBytes,
			total: checkedResult('The memory', total, 'microBatch'),
			paramsPerDevice: params + experts,
			expertParams: experts,
			expertParallel: r.expert,
			bytesPerParam: bpp,
			devices: r.data * r.tensor * r.pipeline,
			stage: s.stage,
		};
	});
	return results.reduce((x, y) => (y.total > x.total ? y : x));
}

/**
 * Saved activations of one block for one micro-batch, by part (norms, attention, attention
 * core, MLP), with the same settings as `trainingMemory`. Recomputation 'full' is reported as
 * 'none' here: it changes how many blocks keep their activations, not what one block saves.
 * With sliding-window or mixture-of-experts blocks, this is a whole-context block, with its
 * experts when the model has them.
 */
export function activationsPerLayer(input: MemoryInput): LayerActivations {
	const r = resolve(input);
	// A whole-context block, with its mixture of experts when the model has one.
	return layerActivations(r.a, r.microBatch, settings(r, r.a.context, r.a.moe !== null));
}
