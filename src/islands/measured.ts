/**
 * "My GPU (measured)": the result the benchmark stored (src/bench/stored.ts), read after
 * hydration and kept in step when it changes (this tab or another). Only stored.ts is imported,
 * never the benchmark runner, so the islands stay light.
 */
import { useEffect, useState } from 'preact/hooks';
import { clearMeasuredGpu, onMeasuredGpuChange, readMeasuredGpu } from '../bench/stored.ts';
import { MEASURED_ID, measuredOption, type GpuOption } from './options.ts';

/** The stored measurement as a GPU option, or undefined (nothing stored, or unreadable). */
export function storedMeasuredOption(label: string): GpuOption | undefined {
	const m = readMeasuredGpu();
	if (!m) return undefined;
	const option = measuredOption(
		{
			name: m.name,
			fp32FlopsPerSecond: m.fp32FlopsPerSecond,
			fp16FlopsPerSecond: m.fp16FlopsPerSecond,
			bandwidth: m.bandwidthBytesPerSecond ?? 0,
			measuredAt: m.date,
		},
		label,
	);
	return option && { ...option, device: m.name.slice(0, 60) };
}

/**
 * The measured GPU for an island: `given` (a prop) when set, otherwise what the benchmark
 * stored. Read after hydration so the server's HTML and the first render agree.
 */
export function useMeasuredGpu(label: string, given?: GpuOption): GpuOption | undefined {
	const [stored, setStored] = useState<GpuOption | undefined>(undefined);
	useEffect(() => {
		if (given) return;
		const load = () => {
			try {
				setStored(storedMeasuredOption(label));
			} catch {
				setStored(undefined);
			}
		};
		load();
		return onMeasuredGpuChange(load);
	}, [given]);
	return given ?? stored;
}

export { clearMeasuredGpu, MEASURED_ID };

/** The GPU picker's ids: the catalog's and "measured" (a link may name it before it loads). */
export const gpuIds = (gpus: readonly GpuOption[]): string[] => [
	...gpus.filter((g) => g.id !== MEASURED_ID).map((g) => g.id),
	MEASURED_ID,
];
