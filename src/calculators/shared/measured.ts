/**
 * "My GPU (measured)": the result the benchmark stored (src/bench/stored.ts), read after
 * hydration and kept in step when it changes (this tab or another). Only stored.ts is imported,
 * never the benchmark runner, and only once the island runs (a dynamic import), so it adds
 * nothing to the JS a calculator needs before it works.
 */
import { useEffect, useState } from 'preact/hooks';
import { MEASURED_ID, measuredOption, type GpuOption } from './options.ts';

type Stored = typeof import('../../bench/stored.ts');
const loadStored = (): Promise<Stored> => import('../../bench/stored.ts');

/** The stored measurement as a GPU option, or undefined (nothing stored, or unreadable). */
export function storedMeasuredOption(stored: Stored, label: string): GpuOption | undefined {
	const m = stored.readMeasuredGpu();
	if (!m) return undefined;
	const option = measuredOption(
		{
			name: m.name,
			fp32FlopsPerSecond: m.fp32FlopsPerSecond,
			fp16FlopsPerSecond: m.fp16FlopsPerSecond,
			bandwidthBytesPerSecond: m.bandwidthBytesPerSecond ?? 0,
			measuredAt: m.date,
		},
		label,
	);
	return option && { ...option, device: m.name.slice(0, 60) };
}

/**
 * The measured GPU for an island: `given` (a prop) when set, otherwise what the benchmark
 * stored (unless `read` is false). Read after hydration so the server's HTML and the first
 * render agree.
 */
export function useMeasuredGpu(
	label: string,
	given?: GpuOption,
	read = true,
): GpuOption | undefined {
	const [stored, setStored] = useState<GpuOption | undefined>(undefined);
	useEffect(() => {
		if (given || !read) return;
		let stop: (() => void) | undefined;
		let live = true;
		loadStored()
			.then((module) => {
				if (!live) return;
				const load = () => {
					try {
						setStored(storedMeasuredOption(module, label));
					} catch {
						setStored(undefined);
					}
				};
				load();
				stop = module.onMeasuredGpuChange(load);
			})
			.catch(() => {
				// The chunk could not load (offline): the catalog still works.
			});
		return () => {
			live = false;
			stop?.();
		};
	}, [given]);
	return given ?? stored;
}

/** Forgets the stored measurement (the islands hear of it through onMeasuredGpuChange). */
export const clearMeasuredGpu = () => {
	loadStored()
		.then((module) => module.clearMeasuredGpu())
		.catch(() => {});
};

export { MEASURED_ID };
