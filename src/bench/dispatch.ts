/**
 * Work on the run's device: buffers made inside an out-of-memory error scope, pipelines
 * compiled once per shader, dispatches, read-backs and the fill kernel that writes inputs.
 */
import type { Session } from './device.ts';
import { BenchError } from './error.ts';
import { fillKernel, streamWorkgroups } from './kernels.ts';
import { MiB } from './options.ts';

/** WebGPU's buffer usage flags and map mode (spec values; Node has no GPUBufferUsage global). */
export const USAGE = {
	MAP_READ: 0x1,
	COPY_SRC: 0x4,
	COPY_DST: 0x8,
	STORAGE: 0x80,
	QUERY_RESOLVE: 0x200,
};
export const MAP_READ = 0x1;

/** A compiled kernel bound to its buffers, with its grid. */
export type Prepared = {
	pipeline: GPUComputePipeline;
	bindGroup: GPUBindGroup;
	workgroups: [number, number];
};

export type Work = ReturnType<typeof workOn>;

export function workOn({ device, guard }: Session) {
	const buffers = new Set<GPUBuffer>();
	/** Buffers made inside an out-of-memory error scope. */
	const allocate = async (sizes: number[], usage: number): Promise<GPUBuffer[]> => {
		device.pushErrorScope('out-of-memory');
		const made = sizes.map((size) => device.createBuffer({ size, usage }));
		const error = await guard(device.popErrorScope());
		made.forEach((b) => buffers.add(b));
		if (error) {
			release(...made);
			throw new BenchError(
				'out-of-memory',
				`out of memory allocating ${sizes.map((s) => `${Math.round(s / MiB)} MiB`).join(' + ')}`,
			);
		}
		return made;
	};
	const release = (...list: (GPUBuffer | undefined)[]) => {
		for (const b of list)
			if (b) {
				b.destroy();
				buffers.delete(b);
			}
	};
	/** Destroys every buffer still allocated (the end of the run). */
	const releaseAll = () => {
		for (const b of buffers) b.destroy();
	};

	const pipelines = new Map<string, Promise<GPUComputePipeline>>();
	const pipeline = (code: string): Promise<GPUComputePipeline> => {
		let p = pipelines.get(code);
		if (!p) {
			device.pushErrorScope('validation');
			const module = device.createShaderModule({ code });
			p = device
				.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint: 'main' } })
				.catch(async (error: Error) => {
					const messages = (await module.getCompilationInfo()).messages
						.filter((m) => m.type === 'error')
						.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`);
					throw new BenchError(
						'failed',
						`shader failed to compile: ${messages.join('; ') || error.message}`,
					);
				});
			void device.popErrorScope();
			pipelines.set(code, p);
		}
		return guard(p);
	};
	const prepare = async (
		code: string,
		bind: GPUBuffer[],
		workgroups: [number, number],
	): Promise<Prepared> => {
		const p = await pipeline(code);
		const bindGroup = device.createBindGroup({
			layout: p.getBindGroupLayout(0),
			entries: bind.map((buffer, binding) => ({ binding, resource: { buffer } })),
		});
		return { pipeline: p, bindGroup, workgroups };
	};
	/** Records `count` back-to-back dispatches of `k` in `pass`. */
	const dispatch = (pass: GPUComputePassEncoder, k: Prepared, count: number) => {
		pass.setPipeline(k.pipeline);
		pass.setBindGroup(0, k.bindGroup);
		for (let i = 0; i < count; i++) pass.dispatchWorkgroups(k.workgroups[0], k.workgroups[1]);
	};
	/** One dispatch, submitted and waited for. */
	const run = async (k: Prepared) => {
		const encoder = device.createCommandEncoder();
		const pass = encoder.beginComputePass();
		dispatch(pass, k, 1);
		pass.end();
		device.queue.submit([encoder.finish()]);
		await guard(device.queue.onSubmittedWorkDone());
	};

	/** Reads the byte ranges `copies` of `source`, one after the other. */
	const readBack = async (
		source: GPUBuffer,
		copies: { offset: number; size: number }[],
	): Promise<ArrayBuffer> => {
		const total = copies.reduce((s, c) => s + c.size, 0);
		const [staging] = await allocate([total], USAGE.MAP_READ | USAGE.COPY_DST);
		const encoder = device.createCommandEncoder();
		let at = 0;
		for (const c of copies) {
			encoder.copyBufferToBuffer(source, c.offset, staging!, at, c.size);
			at += c.size;
		}
		device.queue.submit([encoder.finish()]);
		await guard(staging!.mapAsync(MAP_READ));
		const data = staging!.getMappedRange().slice(0);
		staging!.unmap();
		release(staging);
		return data;
	};

	/** Writes inputs (or the sentinel) into `target` on the GPU. */
	const fill = async (target: GPUBuffer, what: Parameters<typeof fillKernel>[1]) => {
		const words = target.size / 4;
		await run(
			await prepare(fillKernel(words, what), [target], [streamWorkgroups(Math.ceil(words / 4)), 1]),
		);
	};

	return { allocate, release, releaseAll, prepare, dispatch, run, readBack, fill };
}
