/**
 * The measured GPU, kept in localStorage so the calculators can use it: the hook they call.
 *
 *   import { readMeasuredGpu, onMeasuredGpuChange } from './stored.ts';
 *   const mine = readMeasuredGpu(); // MeasuredGpu | null
 *   if (mine) peakFlopsPerSecond = mine.fp32FlopsPerSecond;
 *
 * Reading never throws: storage that is missing, blocked (private mode, sandboxed frames),
 * full, or holding corrupt or outdated data reads as "nothing stored". Only values that are
 * finite and positive come back, so a calculator never shows NaN from here.
 */

/** A benchmark result reduced to what the calculators use. Rates are measured, not peaks. */
export type MeasuredGpu = {
	/** The adapter's name as the benchmark found it, e.g. "NVIDIA GeForce RTX 4070". */
	name: string;
	/** When it was measured (ISO 8601). */
	date: string;
	/** Measured FP32 matrix-multiply throughput, FLOP/s (median of the timed passes). */
	fp32FlopsPerSecond: number;
	/** Measured FP16 matrix-multiply throughput, FLOP/s, where the adapter has shader-f16. */
	fp16FlopsPerSecond?: number;
	/** Measured memory bandwidth (copy kernel), bytes/s. */
	bandwidthBytesPerSecond?: number;
	/** A software adapter (SwiftShader, llvmpipe): the figures describe the CPU, not a GPU. */
	software: boolean;
	/** The catalog GPU (src/data id) the reader confirmed this is, if any. */
	catalogId?: string;
};

/** localStorage keys (versioned: a future format gets a new key instead of misreading this one). */
export const MEASURED_KEY = 'citi:measured-gpu:v1';
export const HISTORY_KEY = 'citi:bench-history:v1';
/** Event fired on window after the stored measured GPU changes in this tab. */
export const MEASURED_EVENT = 'citi:measured-gpu';

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** A MeasuredGpu from untrusted data, or null. Optional fields that are bad are dropped. */
export function parseMeasuredGpu(data: unknown): MeasuredGpu | null {
	if (typeof data !== 'object' || data === null) return null;
	const d = data as Record<string, unknown>;
	if (typeof d.name !== 'string' || !d.name.trim()) return null;
	if (typeof d.date !== 'string' || Number.isNaN(Date.parse(d.date))) return null;
	if (!positive(d.fp32FlopsPerSecond)) return null;
	const out: MeasuredGpu = {
		name: d.name.slice(0, 200),
		date: d.date,
		fp32FlopsPerSecond: d.fp32FlopsPerSecond,
		software: d.software === true,
	};
	if (positive(d.fp16FlopsPerSecond)) out.fp16FlopsPerSecond = d.fp16FlopsPerSecond;
	if (positive(d.bandwidthBytesPerSecond)) out.bandwidthBytesPerSecond = d.bandwidthBytesPerSecond;
	if (typeof d.catalogId === 'string' && /^[a-z0-9-]{1,60}$/.test(d.catalogId))
		out.catalogId = d.catalogId;
	return out;
}

/** The minimal storage interface (localStorage satisfies it; tests pass a Map-backed one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage, or null where the browser blocks it or there is none (Node, build time). */
export function browserStorage(): KeyValueStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

function readJson(store: KeyValueStore | null, key: string): unknown {
	try {
		const raw = store?.getItem(key);
		return raw ? JSON.parse(raw) : null;
	} catch {
		return null;
	}
}

function writeJson(store: KeyValueStore | null, key: string, value: unknown): boolean {
	try {
		if (!store) return false;
		store.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

function announce() {
	if (typeof window !== 'undefined' && typeof CustomEvent !== 'undefined')
		window.dispatchEvent(new CustomEvent(MEASURED_EVENT));
}

/** The measured GPU the reader chose to use in the calculators, or null. Never throws. */
export function readMeasuredGpu(store = browserStorage()): MeasuredGpu | null {
	return parseMeasuredGpu(readJson(store, MEASURED_KEY));
}

/** Stores the measured GPU for the calculators; false if it is invalid or storage refused it. */
export function saveMeasuredGpu(gpu: MeasuredGpu, store = browserStorage()): boolean {
	const clean = parseMeasuredGpu(gpu);
	if (!clean) return false;
	const ok = writeJson(store, MEASURED_KEY, clean);
	if (ok) announce();
	return ok;
}

/** Forgets the measured GPU. */
export function clearMeasuredGpu(store = browserStorage()): void {
	try {
		store?.removeItem(MEASURED_KEY);
	} catch {
		// Storage blocked: nothing was stored either.
	}
	announce();
}

/**
 * Calls `listener` whenever the measured GPU changes, in this tab or another; returns the
 * function that stops listening. For islands: `useEffect(() => onMeasuredGpuChange(refresh), [])`.
 */
export function onMeasuredGpuChange(listener: () => void): () => void {
	if (typeof window === 'undefined') return () => {};
	const onStorage = (e: StorageEvent) => {
		if (e.key === null || e.key === MEASURED_KEY) listener();
	};
	window.addEventListener(MEASURED_EVENT, listener);
	window.addEventListener('storage', onStorage);
	return () => {
		window.removeEventListener(MEASURED_EVENT, listener);
		window.removeEventListener('storage', onStorage);
	};
}

/** One past run on this device, as the history list shows it. */
export type HistoryEntry = MeasuredGpu & {
	/** Identifies the full result (its date and adapter). */
	id: string;
};

export const HISTORY_LIMIT = 10;

/** Past runs, newest first; corrupt entries are skipped. */
export function readHistory(store = browserStorage()): HistoryEntry[] {
	const data = readJson(store, HISTORY_KEY);
	if (!Array.isArray(data)) return [];
	const out: HistoryEntry[] = [];
	for (const item of data) {
		const parsed = parseMeasuredGpu(item);
		const id = (item as { id?: unknown } | null)?.id;
		if (parsed && typeof id === 'string') out.push({ ...parsed, id });
	}
	return out.slice(0, HISTORY_LIMIT);
}

/** Adds a run to the front of the history (keeping HISTORY_LIMIT); returns the new list. */
export function addToHistory(gpu: MeasuredGpu, store = browserStorage()): HistoryEntry[] {
	const clean = parseMeasuredGpu(gpu);
	const history = readHistory(store);
	if (!clean) return history;
	const next = [{ ...clean, id: `${clean.date} ${clean.name}` }, ...history].slice(
		0,
		HISTORY_LIMIT,
	);
	writeJson(store, HISTORY_KEY, next);
	return next;
}

/**
 * Whether something is stored under the benchmark's keys that cannot be read (a hand-edited
 * value, an older format): the page says so and offers to clear it.
 */
export function hasUnreadableData(store = browserStorage()): boolean {
	try {
		const measured = store?.getItem(MEASURED_KEY);
		if (measured && readMeasuredGpu(store) === null) return true;
		const history = store?.getItem(HISTORY_KEY);
		if (!history) return false;
		const data = readJson(store, HISTORY_KEY);
		return !Array.isArray(data) || readHistory(store).length < Math.min(data.length, HISTORY_LIMIT);
	} catch {
		return false;
	}
}

/** Forgets the history. */
export function clearHistory(store = browserStorage()): void {
	try {
		store?.removeItem(HISTORY_KEY);
	} catch {
		// nothing stored
	}
}
