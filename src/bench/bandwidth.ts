/**
 * Memory bandwidth: copy and triad kernels over buffers that grow while one dispatch stays
 * within the dispatch budget, timed and checked like the matmul.
 */
import { checkStream } from './check-output.ts';
import type { RunContext } from './context.ts';
import { ratePerSecond, streamBytes } from './counting.ts';
import { USAGE } from './dispatch.ts';
import { streamKernel, streamWorkgroups } from './kernels.ts';
import type { Measurement } from './result.ts';
import { STREAM_BYTES, nextStreamBytes } from './sizes.ts';
import { measure } from './timing.ts';

export function bandwidthOn(ctx: RunContext) {
	const { session, work, clock, opt } = ctx;

	const stream = async (kernel: 'copy' | 'triad', bytes: number) => {
		const [src, dst, src2] = await work.allocate(
			kernel === 'copy' ? [bytes, bytes] : [bytes, bytes, bytes],
			USAGE.STORAGE | USAGE.COPY_SRC,
		);
		const vec4s = bytes / 16;
		await work.fill(src!, { seed: 3, precision: 'fp32' });
		if (src2) await work.fill(src2, { seed: 4, precision: 'fp32' });
		const k = await work.prepare(
			streamKernel(kernel, vec4s),
			kernel === 'copy' ? [src!, dst!] : [src!, dst!, src2!],
			[streamWorkgroups(vec4s), 1],
		);
		return { k, buffers: [src!, dst!, src2] as const };
	};

	/** Measures `kernel`; without `fixedBytes`, first grows the buffers as far as the budget allows. */
	return async (
		kernel: 'copy' | 'triad',
		fractions: [number, number],
		fixedBytes?: number,
	): Promise<Measurement> => {
		const cap = Math.min(
			opt.maxStreamBytes,
			session.limits.maxStorageBufferBindingSize!,
			session.limits.maxBufferSize!,
		);
		let bytes = fixedBytes ?? STREAM_BYTES[0]!;
		let estimate = 0;
		if (fixedBytes === undefined) {
			for (;;) {
				await session.checkpoint();
				const { k, buffers } = await stream(kernel, bytes);
				estimate = await clock.single(k);
				work.release(...buffers);
				const next = nextStreamBytes(bytes, estimate, {
					dispatchBudgetMs: opt.dispatchBudgetMs,
					maxBytes: cap,
				});
				if (next === null) break;
				bytes = next;
			}
		}
		await session.checkpoint();
		const { k, buffers } = await stream(kernel, bytes);
		if (fixedBytes !== undefined) estimate = await clock.single(k);
		const timed = await measure(ctx, k, estimate, fractions, 'bandwidth');
		const verification = await checkStream(ctx, kernel, k, buffers[1]);
		work.release(...buffers);
		const amount = streamBytes(kernel, bytes);
		return {
			kernel,
			precision: null,
			config: null,
			size: bytes,
			amountPerDispatch: amount,
			...timed,
			medianPerSecond: ratePerSecond(amount, timed.medianMs),
			bestPerSecond: ratePerSecond(amount, timed.bestMs),
			verification,
		};
	};
}
