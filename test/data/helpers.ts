/**
 * Test-only helpers, independent of src/core (so data tests do not trust the code they feed).
 */
import type { Arch } from '../../src/core/index.ts';

/** The value at a dotted path ('peakFlopsPerSecond.bf16'), or undefined. */
export function at(entry: unknown, path: string): unknown {
	let value: unknown = entry;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/** Every number inside `value` (recursively), with its path. */
export function numbers(value: unknown, path = ''): [string, number][] {
	if (typeof value === 'number') return [[path, value]];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([k, v]) => numbers(v, path ? `${path}.${k}` : k));
}

/** Relative difference |a/b - 1|. */
export function rel(a: number, b: number): number {
	return Math.abs(a / b - 1);
}

/**
 * Parameters of a decoder, written out here from the architecture descriptions (GPT-2: LayerNorm
 * with optional bias, 4·d GELU MLP, learned positions, tied head; Llama: RMSNorm, SwiGLU with
 * three d×ffn matrices, grouped-query K/V, untied head). Independent of src/core's countParams.
 */
export function paramCount(arch: Arch, excludePositions = false): number {
	const d = arch.dModel;
	const L = arch.layers;
	if (arch.family === 'gpt2') {
		const f = arch.ffnDim ?? 4 * d;
		const bias = arch.bias ?? true;
		const tied = arch.tiedEmbeddings ?? true;
		// Relative positions (Transformer-XL, Dai et al. 2019 §3.3): a d × d projection of the
		// encodings and two d-wide biases per block, and no position table.
		const positionsKind = arch.positions ?? 'learned';
		const attn =
			4 * d * d + (bias ? 4 * d : 0) + (positionsKind === 'relative' ? d * d + 2 * d : 0);
		const mlp = 2 * d * f + (bias ? f + d : 0);
		const norms = 2 * (bias ? 2 * d : d);
		const finalNorm = bias ? 2 * d : d;
		const positions = excludePositions || positionsKind !== 'learned' ? 0 : arch.context * d;
		const head = tied ? 0 : arch.vocab * d;
		return L * (attn + mlp + norms) + finalNorm + arch.vocab * d + positions + head;
	}
	const f = arch.ffnDim ?? Number.NaN;
	const kv = (arch.kvHeads ?? arch.heads) * (d / arch.heads);
	const tied = arch.tiedEmbeddings ?? false;
	const attn = 2 * d * d + 2 * d * kv;
	const mlp = 3 * d * f;
	const norms = 2 * d;
	return L * (attn + mlp + norms) + d + arch.vocab * d + (tied ? 0 : arch.vocab * d);
}
