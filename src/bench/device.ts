/**
 * The run's device: the adapter and device requested with the features and limits the
 * benchmark uses, and the run's end. A lost device, a cancel or an
 * uncaptured WebGPU error ends whatever is being awaited (`guard`) and the next `checkpoint`.
 */
import { BenchError } from './error.ts';
import type { DeviceLimits } from './kernels.ts';
import type { RunOptions } from './options.ts';

export type Session = {
	adapter: GPUAdapter;
	device: GPUDevice;
	/** The limits the result reports (the device's values of LIMIT_NAMES). */
	limits: Record<string, number>;
	deviceLimits: DeviceLimits;
	/** `p`, or the error that ends the run first. */
	guard: <T>(p: Promise<T>) => Promise<T>;
	/** Throws the error that ended the run; waits while the page is hidden. */
	checkpoint: () => Promise<void>;
	/** The error that ended the run, or null. */
	stopped: () => BenchError | null;
	/** The run is over: a device destroyed from now on is no loss, and cancelling does nothing. */
	finish: () => void;
};

const WANTED_FEATURES: GPUFeatureName[] = ['timestamp-query', 'shader-f16'];

const LIMIT_NAMES = [
	'maxStorageBufferBindingSize',
	'maxBufferSize',
	'maxComputeWorkgroupStorageSize',
	'maxComputeInvocationsPerWorkgroup',
	'maxComputeWorkgroupSizeX',
	'maxComputeWorkgroupSizeY',
	'maxComputeWorkgroupsPerDimension',
] as const;

/** Requests the adapter and device. Throws BenchError. */
export async function openDevice(
	gpu: GPU,
	options: Pick<RunOptions, 'signal' | 'waitUntilVisible' | 'onDevice'>,
): Promise<Session> {
	const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
	if (!adapter) throw new BenchError('no-adapter', 'WebGPU is present but gave no adapter');
	const requiredFeatures = WANTED_FEATURES.filter((f) => adapter.features.has(f));
	const requiredLimits: Record<string, number> = {};
	for (const name of LIMIT_NAMES) requiredLimits[name] = adapter.limits[name];
	let device: GPUDevice;
	try {
		device = await adapter.requestDevice({ requiredFeatures, requiredLimits });
	} catch (error) {
		throw new BenchError('failed', `requestDevice failed: ${(error as Error).message}`);
	}
	options.onDevice?.(device);
	const limits: Record<string, number> = {};
	for (const name of LIMIT_NAMES) limits[name] = device.limits[name];
	const deviceLimits: DeviceLimits = device.limits;

	let stop: BenchError | null = null;
	let finished = false;
	let rejectStop: (e: BenchError) => void = () => {};
	const stopped = new Promise<never>((_, reject) => {
		rejectStop = reject;
	});
	stopped.catch(() => {});
	const halt = (e: BenchError) => {
		if (!stop) {
			stop = e;
			rejectStop(e);
		}
	};
	void device.lost.then((lost) => {
		if (lost.reason !== 'destroyed' || !finished)
			halt(new BenchError('device-lost', `device lost: ${lost.message || lost.reason}`));
	});
	device.addEventListener('uncapturederror', (event) => {
		const error = (event as GPUUncapturedErrorEvent).error;
		halt(
			error?.constructor?.name === 'GPUOutOfMemoryError'
				? new BenchError('out-of-memory', `out of memory: ${error.message}`)
				: new BenchError('failed', `WebGPU error: ${error.message}`),
		);
	});
	const onAbort = () => halt(new BenchError('cancelled', 'cancelled'));
	if (options.signal?.aborted) onAbort();
	options.signal?.addEventListener('abort', onAbort);
	const guard = <T>(p: Promise<T>): Promise<T> => Promise.race([p, stopped]);
	const checkpoint = async () => {
		if (stop) throw stop;
		if (options.waitUntilVisible) await guard(options.waitUntilVisible());
		if (stop) throw stop;
	};
	return {
		adapter,
		device,
		limits,
		deviceLimits,
		guard,
		checkpoint,
		stopped: () => stop,
		finish: () => {
			finished = true;
			options.signal?.removeEventListener('abort', onAbort);
		},
	};
}
