/**
 * The public API of the estimation core. Everything outside src/core imports from this file
 * only (an ESLint rule enforces it); see README.md for the conventions.
 */
export { EstimateError, describeValue } from './validate.ts';
export type { ErrorCode } from './validate.ts';
export { LIMITS } from './limits.ts';
export type { Limit, LimitName } from './limits.ts';
export type * from './types.ts';
export * from './units.ts';
export { resolveArch } from './arch.ts';
export type { ResolvedArch } from './arch.ts';
export * from './params.ts';
export * from './flops.ts';
export * from './hardware.ts';
export * from './scaling.ts';
export type { LayerActivations } from './activations.ts';
export * from './memory.ts';
export {
	PRECISIONS,
	TRAINING_PRECISIONS,
	OPTIMIZERS,
	GRADIENT_KEEPING,
	trainingPrecisionFor,
	BYTES_PER_PARAM_CHOICES,
	GRADIENTS_FOR,
	ZERO_STAGES,
	DEFAULT_OVERHEAD_BYTES,
	MEMORY_DEFAULTS,
} from './memory-input.ts';
export type {
	TrainingPrecision,
	Optimizer,
	GradientKeeping,
	BytesPerParam,
	ZeroStage,
	Parallel,
	MemoryInput,
} from './memory-input.ts';
export * from './fit.ts';
export { loraParams, LORA_MODULES, LORA_PRESETS } from './lora.ts';
export type { LoraInput, LoraModule, LoraPreset, LoraParams, LinearLayer } from './lora.ts';
export * from './finetune.ts';
export * from './finetune-fit.ts';
export * from './energy.ts';
export * from './run.ts';
export * from './hf-config.ts';
export { HF_MODEL_TYPES } from './hf-config-reader.ts';
export type { HfModelType } from './hf-config-reader.ts';
export { WEIGHT_FORMATS, GGML_TYPES, ggmlBitsPerWeight, weightBytes } from './quant.ts';
export type { WeightFormat, GgmlType, WeightBytes } from './quant.ts';
export * from './inference.ts';
export { KV_FORMATS, KV_BYTES, kvCacheBytes } from './kv-cache.ts';
export type { KvFormat, KvCache } from './kv-cache.ts';
export { BOUND_CONVENTION, decodeBound, prefillBound } from './inference-speed.ts';
export type { DecodeBound, DecodeInput, PrefillBound } from './inference-speed.ts';
// The validation layer, shared with src/format and src/data so every module checks inputs and
// words its errors the same way.
export { LEAKED, flag, inRange, oneOf } from './validate.ts';
