/**
 * Accelerators: dense peak FLOP/s per precision, memory, bandwidth, board power.
 *
 * Conventions (see types.ts for `Sourced`):
 * - `peakFlopsPerSecond` is DENSE (no 2:4 sparsity: NVIDIA's "with sparsity" figures are halved), in FLOP/s.
 *   `fp32`: non-tensor (vector/CUDA-core) FP32. `tf32`: tensor TF32. `bf16`, `fp16`: tensor-core
 *   matrix multiply with FP32 accumulate (what mixed-precision training uses; GeForce cards run
 *   it at half their FP16-accumulate rate). `fp8`: tensor FP8. A missing key means the chip
 *   lacks that mode or no figure was found; it is never a guess.
 * - `memoryBytes` = the vendor's printed "GB" read as GiB (src/core/README.md, "Memory"); the printed
 *   text is kept in `memoryLabel`. Usable memory is a little lower (ECC, driver reservation).
 * - `bandwidthBytesPerSecond` in bytes/s (vendors' GB/s and TB/s are decimal).
 * - `watts`: board power as the vendor states it (TDP, TGP, "max power"); `wattsNote` says which.
 */
import {
	EstimateError,
	PRECISIONS,
	describeValue,
	type Precision,
	BYTES_PER_GB,
	BYTES_PER_GIB,
	FLOPS_PER_TFLOPS,
} from '../core/index.ts';
import type { Gpu } from './types.ts';
import { gpusConsumer } from './gpus-consumer.ts';
import { gpusDatacenter } from './gpus-datacenter.ts';
import { gpusOther } from './gpus-other.ts';
import { gpusSteam } from './gpus-steam.ts';

export const gpus: readonly Gpu[] = [
	...gpusConsumer,
	...gpusSteam,
	...gpusDatacenter,
	...gpusOther,
];

/** The hardware survey the consumer rows follow (its month and ranking). */
export { steamSurvey } from './gpus-steam.ts';

const byId = new Map(gpus.map((g) => [g.id, g]));

/** The accelerator with this id; throws EstimateError for an unknown id. */
export function gpuById(id: string): Gpu {
	const gpu = byId.get(id);
	if (!gpu) {
		throw new EstimateError(
			`unknown GPU id ${describeValue(id)}; known ids: ${gpus.map((g) => g.id).join(', ')}`,
			'gpu',
		);
	}
	return gpu;
}

/** Dense peak FLOP/s of `gpu` at `precision`; throws EstimateError if the chip has no such figure. */
export function peakFlopsPerSecond(gpu: Gpu, precision: Precision): number {
	const value = gpu.peakFlopsPerSecond[precision];
	if (value === undefined) {
		const known = PRECISIONS.filter((p) => gpu.peakFlopsPerSecond[p] !== undefined).join(', ');
		throw new EstimateError(
			`${gpu.name} has no published dense ${describeValue(precision)} peak; available: ${known}`,
			'precision',
		);
	}
	return value;
}

// Re-exported so data files and tests share one set of unit constants.
export { BYTES_PER_GIB, BYTES_PER_GB, FLOPS_PER_TFLOPS };
