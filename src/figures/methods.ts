/**
 * Figures for the methods page: the reality check (what the core estimates for real training
 * runs beside what their authors published) and the worked numbers that illustrate each
 * formula's known error. Computed at build time from the core and src/data only.
 */
import {
	BYTES_PER_GB,
	BYTES_PER_GIB,
	chinchillaOptimal,
	countParams,
	flopsPerToken,
	SECONDS_PER_HOUR,
	trainingFlops,
	trainingMemory,
	type Arch,
} from '../core/index.ts';
import {
	gpuById,
	modelById,
	publishedRunById,
	publishedRuns,
	type Gpu,
	type PublishedRun,
} from '../data/index.ts';

/** The dense 16-bit tensor peak training runs at: BF16, or FP16 where the chip has no BF16. */
export function trainingPeak(gpu: Gpu): { precision: 'bf16' | 'fp16'; flopsPerSecond: number } {
	const bf16 = gpu.peakFlopsPerSecond.bf16;
	if (bf16 !== undefined) return { precision: 'bf16', flopsPerSecond: bf16 };
	const fp16 = gpu.peakFlopsPerSecond.fp16;
	if (fp16 !== undefined) return { precision: 'fp16', flopsPerSecond: fp16 };
	throw new Error(`${gpu.name} has no 16-bit tensor peak`);
}

export type RealityRow = {
	run: PublishedRun;
	gpu?: Gpu;
	/** 6 · N · D: N counted from the configuration when models.ts lists the model, else as published; D published. */
	sixND?: number;
	/** Published total compute, and 6ND / published − 1. */
	publishedFlops?: number;
	flopsDifference?: number;
	/** Device-seconds of the run: published GPU-hours, or devices × wall time. */
	deviceSeconds?: number;
	/**
	 * Model FLOP used for the implied MFU: (6N + 12·L·d·T) · D from the architecture in
	 * models.ts when the run names one, else 6·N·D. `withAttention` says which.
	 */
	modelFlops?: number;
	withAttention: boolean;
	/**
	 * Model FLOP over device-seconds × dense peak (or, for PaLM, from tokens per second; for a
	 * projection, from its published FLOP/s per device: `projectionMfu`). The one definition of
	 * every implied MFU on the site: articles and calculators read it from here.
	 */
	impliedMfu?: number;
	/** MFU as published (or per-device FLOP/s over the peak for a projection), and the gap. */
	publishedMfu?: number;
	mfuDifference?: number;
	/** For a projection that publishes FLOP/s per device: that over the peak (HFU when it counts recomputation). */
	publishedPerDeviceShare?: number;
};

/**
 * The MFU a projection implies from the throughput per device it publishes. Megatron-LM's 140
 * TFLOP/s counts hardware FLOP with full recomputation, 8N per token against the model's 6N
 * (Narayanan et al. 2021, eq. 3-4, which count attention the same way on both sides), so its MFU
 * is 6/8 of its share of the peak. Its "34 days" comes from the same rate through eq. 4, rounded,
 * so dividing model FLOP by 34 days would mix two counts: this is the one definition.
 */
export function projectionMfu(arch: Arch, flopsPerDevice: number, peak: number): number {
	const model = flopsPerToken(arch, { attention: false });
	const hardware = flopsPerToken(arch, { attention: false, recompute: 'full' });
	return (model / hardware) * (flopsPerDevice / peak);
}

function row(run: PublishedRun): RealityRow {
	const gpu = run.gpuId ? gpuById(run.gpuId) : undefined;
	const arch = run.modelId ? modelById(run.modelId).arch : undefined;
	const perToken = arch ? flopsPerToken(arch) : 6 * run.params;
	const r: RealityRow = { run, withAttention: arch !== undefined };
	if (gpu) r.gpu = gpu;
	if (run.tokens !== undefined) {
		// N counted from the configuration where the model is listed, as the articles and the
		// calculators count it (src/figures/known-runs.ts): one compute per run on the site.
		const params = arch ? countParams(arch) : run.params;
		r.sixND = trainingFlops({ params, tokens: run.tokens });
		r.modelFlops = perToken * run.tokens;
	}
	if (run.totalFlops !== undefined) {
		r.publishedFlops = run.totalFlops;
		if (r.sixND !== undefined) r.flopsDifference = r.sixND / run.totalFlops - 1;
	}
	if (run.gpuHours !== undefined) r.deviceSeconds = run.gpuHours * SECONDS_PER_HOUR;
	else if (run.devices !== undefined && run.wallSeconds !== undefined)
		r.deviceSeconds = run.devices * run.wallSeconds;
	if (gpu) {
		const peak = trainingPeak(gpu).flopsPerSecond;
		if (run.kind === 'projection' && run.flopsPerSecondPerDevice !== undefined && arch)
			r.impliedMfu = projectionMfu(arch, run.flopsPerSecondPerDevice, peak);
		else if (r.modelFlops !== undefined && r.deviceSeconds !== undefined)
			r.impliedMfu = r.modelFlops / (r.deviceSeconds * peak);
		else if (run.tokensPerSecond !== undefined && run.devices !== undefined)
			r.impliedMfu = (perToken * run.tokensPerSecond) / (run.devices * peak);
		if (run.mfu !== undefined) r.publishedMfu = run.mfu;
		if (run.flopsPerSecondPerDevice !== undefined && run.kind === 'projection')
			r.publishedPerDeviceShare = run.flopsPerSecondPerDevice / peak;
	}
	if (r.impliedMfu !== undefined && r.publishedMfu !== undefined)
		r.mfuDifference = r.impliedMfu - r.publishedMfu;
	return r;
}

/**
 * Every published run and projection in src/data with something to compare (a published
 * compute total, or hardware time on an accelerator we list), in its order there.
 */
export const realityCheck: readonly RealityRow[] = publishedRuns
	.map(row)
	.filter((r) => r.flopsDifference !== undefined || r.impliedMfu !== undefined);

/** One row by run id (throws for an unknown id, as publishedRunById does). */
export function realityRow(id: string): RealityRow {
	const run = publishedRunById(id);
	return realityCheck.find((r) => r.run === run)!;
}

// ---- Worked numbers for the formulas' known errors ----

/** Share of the attention term 12·L·d·T in 6N + 12·L·d·T, for a large and a small model. */
function attentionShare(id: string): number {
	const arch = modelById(id).arch;
	const all = flopsPerToken(arch);
	return 1 - flopsPerToken(arch, { attention: false }) / all;
}
export const attentionShareGpt3 = attentionShare('gpt3-175b');
export const attentionShareSmall = attentionShare('nanogpt-note-40m');
export const smallModelName = 'nanoGPT 40.56M';

/** Bytes per parameter of model state in three accountings (mixed-precision Adam). */
function bytesPerParam(gradients: '16bit' | 'fp32' | '16bit+fp32'): number {
	const m = trainingMemory({ arch: modelById('gpt2').arch, microBatch: 1, gradients });
	return m.bytesPerParam.weights + m.bytesPerParam.gradients + m.bytesPerParam.optimizer;
}
export const bytes16 = bytesPerParam('16bit');
export const bytes18 = bytesPerParam('fp32');
export const bytes20 = bytesPerParam('16bit+fp32');

/** Compute-optimal sizes for Gopher's budget under each fit. */
export const gopherBudget = publishedRunById('gopher-280b-training').totalFlops!;
export const optimalEpoch = chinchillaOptimal(gopherBudget, 'epoch');
export const optimalHoffmann = chinchillaOptimal(gopherBudget, 'hoffmann');
export const optimalTokens20 = chinchillaOptimal(gopherBudget, 'tokens20');
/** Chinchilla itself, trained at that budget. */
export const chinchillaParams = modelById('chinchilla-70b').params;

/** GiB over GB: how much larger a binary gigabyte is. */
export const gibOverGb = BYTES_PER_GIB / BYTES_PER_GB;

/** GPT-3 175B counted from its configuration, for the parameter formula. */
export const gpt3Params = countParams(modelById('gpt3-175b').arch);

/** The A100's dense BF16 peak, which nanoGPT's printed MFU divides by whatever the GPU. */
export const a100Peak = trainingPeak(gpuById('a100-80gb-sxm')).flopsPerSecond;
/** The per-GPU throughput the Megatron-LM projection publishes (§5.1). */
export const megatronPerDevice = publishedRunById(
	'gpt3-175b-megatron-projection',
).flopsPerSecondPerDevice!;
