/**
 * The one table of input ranges, shared by every function of the core so that what one function
 * returns is always accepted by the next (optimal size → FLOP → time → energy → cost; run plan →
 * FLOP → MFU). The bounds sit far beyond any real run: they catch slips (three extra zeros), not
 * ambitions. The chains are checked by property tests (test/core/chains.test.ts); the reasoning
 * is in README.md ("Limits").
 *
 * `min` is inclusive unless `above` is set (then the value must be strictly above it); `integer`
 * asks for a whole number.
 */
export type Limit = {
	readonly min: number;
	readonly max: number;
	/** The value must be strictly above `min` (a duration, a fraction). */
	readonly above?: boolean;
	readonly integer?: boolean;
};

/** Largest vocabulary, width, layers, heads, FFN width and context an `Arch` may have. */
const arch = {
	layers: { min: 1, max: 10_000, integer: true },
	heads: { min: 1, max: 100_000, integer: true },
	dModel: { min: 1, max: 1_000_000, integer: true },
	ffnDim: { min: 1, max: 10_000_000, integer: true },
	vocab: { min: 1, max: 100_000_000, integer: true },
	context: { min: 1, max: 100_000_000, integer: true },
	/** Width of one attention head (`head_dim`), and the MLA ranks and head parts. */
	headDim: { min: 1, max: 100_000, integer: true },
	/** Routed experts per mixture-of-experts layer (DeepSeek-V3 has 256). */
	experts: { min: 1, max: 100_000, integer: true },
} as const satisfies Record<string, Limit>;

/**
 * Parameters: a dense `Arch` at the bounds above has about 4 × 10¹⁷ (llama: 10⁴ layers × 3·d·f
 * with d = 10⁶, f = 10⁷); wide heads or many experts can go past 10¹⁸, and `countParams` refuses
 * those (so what it returns is always accepted here).
 */
const params = { min: 1, max: 1e18 } as const satisfies Limit;
/** Tokens: also above what the compute-optimal fits give at the largest budget (1.5 × 10¹⁹). */
const tokens = { min: 1, max: 1e20 } as const satisfies Limit;
/** Training FLOP per token of the largest `Arch` (6N + 16·L·d·T with full recomputation ≈ 2 × 10¹⁹). */
const flopsPerToken = { min: 1, max: 1e20 } as const satisfies Limit;
/**
 * An amount of compute: per-token FLOP × tokens at their largest, which also covers 6 × params ×
 * tokens (6 × 10³⁸), so `trainingFlops` and `flopsForTokens` always return an accepted amount.
 */
const flops = { min: 1, max: flopsPerToken.max * tokens.max } as const satisfies Limit;
/**
 * A compute budget: what `computeBudget` returns and `chinchillaOptimal` sizes a model for. Up to
 * 10³⁶ FLOP, where every fit's optimal parameters (≤ 1.4 × 10¹⁷) and tokens (≤ 1.6 × 10¹⁹) stay
 * inside `params` and `tokens`; below `flops.max`, so `trainingTime` accepts it too.
 */
const budget = { min: 1, max: 1e36 } as const satisfies Limit;
/** About 32 million years: room for "GPT-4 on one card" comparisons, not for typos. */
const seconds = { min: 0, above: true, max: 1e15 } as const satisfies Limit;
/** Accelerators in a run; also the data-parallel degree. */
const devices = { min: 1, max: 1e8, integer: true } as const satisfies Limit;

export const LIMITS = {
	...arch,
	params,
	tokens,
	flopsPerToken,
	flops,
	budget,
	seconds,
	devices,
	/** One device's dense peak, FLOP/s; an H100 is ~10¹⁵ dense BF16. */
	peakFlopsPerSecond: { min: 1, max: 1e18 },
	/** MFU/HFU and the fraction of peak a run sustains. */
	utilization: { min: 0, above: true, max: 1 },
	/** Sequences per device per forward/backward. */
	microBatch: { min: 1, max: 1_000_000, integer: true },
	gradAccum: { min: 1, max: 1_000_000, integer: true },
	iters: { min: 1, max: 1_000_000_000, integer: true },
	/** Tokens per optimizer step (whole tokens). */
	tokensPerStep: { min: 1, max: tokens.max, integer: true },
	/** Usable memory of one device, bytes (a petabyte). */
	capacityBytes: { min: 1, max: 1e15 },
	overheadBytes: { min: 0, max: 1e12 },
	/** Per device; the largest accelerator boards draw ~1-2 kW. One milliwatt at least. */
	watts: { min: 0.001, max: 100_000 },
	/** Currency units per kWh. */
	pricePerKWh: { min: 0, max: 1_000 },
	/** Coal-fired power is ~1,000 g/kWh. */
	gramsCO2PerKWh: { min: 0, max: 5_000 },
	/** Power usage effectiveness: 1 = all power reaches the devices; real data centres 1.1-1.6. */
	pue: { min: 1, max: 3 },
	/** LoRA adapter rank r (Hu et al. 2021 use 1-64; 65,536 is wider than any model's width here). */
	loraRank: { min: 1, max: 65_536, integer: true },
	/** Advertised card memory, "GB" (read as GiB). */
	cardMemoryGB: { min: 0, above: true, max: 1_000_000 },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;
