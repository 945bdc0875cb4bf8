/**
 * What a kernel does, counted: FLOP of a matrix multiply and bytes moved by the bandwidth
 * kernels. Rates are these amounts divided by measured seconds (FLOP/s, bytes/s).
 */

/** FLOP of C = A·B with A m×k and B k×n: one multiply and one add per term, 2·m·n·k. */
export function matmulFlop(m: number, n: number, k: number): number {
	return 2 * m * n * k;
}

/**
 * Bytes a bandwidth kernel moves over `bytesPerBuffer`-sized buffers, counted as STREAM does:
 * each buffer read once or written once, no credit for write-allocate reads.
 * copy: 1 read + 1 write; triad (a = b + s·c): 2 reads + 1 write.
 */
export function streamBytes(kernel: 'copy' | 'triad', bytesPerBuffer: number): number {
	return (kernel === 'copy' ? 2 : 3) * bytesPerBuffer;
}

/** Bytes one square n×n matrix takes in a precision (4 for fp32, 2 for fp16). */
export function matrixBytes(n: number, precision: 'fp32' | 'fp16'): number {
	return n * n * (precision === 'fp32' ? 4 : 2);
}

/** A rate from an amount and milliseconds; 0 for a non-positive time (never Infinity). */
export function ratePerSecond(amount: number, ms: number): number {
	return ms > 0 && Number.isFinite(ms) ? amount / (ms / 1000) : 0;
}
