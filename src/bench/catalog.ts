/**
 * Matching the measured adapter with a GPU of the catalog (src/data), so a result can be shown
 * as a share of that GPU's datasheet peak. Names are compared word by word after dropping
 * brand words; a catalog model matches when all its words appear in order in the adapter's
 * name and the word after them does not make it another model ("4070" is not "4070 Ti").
 */

/** What the benchmark needs of a catalog GPU (a small object the page passes to the island). */
export type CatalogGpu = {
	id: string;
	name: string;
	/** Dense FP32 (non-tensor) peak, FLOP/s. */
	fp32?: number;
	/** Dense FP16 peak, FLOP/s (tensor-core figure where the chip has them). */
	fp16?: number;
	/** Memory bandwidth, bytes/s. */
	bandwidthBytesPerSecond?: number;
};

/** The catalog entries that have an FP32 peak (TPUs have none: WebGPU cannot run on them anyway). */
export function toCatalog(
	gpus: readonly {
		id: string;
		name: string;
		peakFlopsPerSecond: { fp32?: number; fp16?: number };
		bandwidthBytesPerSecond?: number;
	}[],
): CatalogGpu[] {
	return gpus
		.filter((g) => g.peakFlopsPerSecond.fp32 !== undefined)
		.map((g) => ({
			id: g.id,
			name: g.name,
			fp32: g.peakFlopsPerSecond.fp32,
			fp16: g.peakFlopsPerSecond.fp16,
			bandwidthBytesPerSecond: g.bandwidthBytesPerSecond,
		}));
}

const BRAND = new Set([
	'nvidia',
	'geforce',
	'amd',
	'radeon',
	'apple',
	'google',
	'intel',
	'instinct',
	'graphics',
	'gpu',
]);
/** Words that turn one model into another when they follow its name. */
const VARIANT = new Set([
	'ti',
	'super',
	'pro',
	'max',
	'ultra',
	'xt',
	'xtx',
	'laptop',
	'mobile',
	'max-q',
]);

/** A memory-size word ("80gb"): it tells entries of one model apart, it is not the model. */
const MEMORY = /^\d+gb$/;

/** Lower-case model words: brand words and parenthesised notes dropped. */
export function modelWords(name: string): string[] {
	return name
		.toLowerCase()
		.replace(/\(.*?\)/g, ' ')
		.split(/[^a-z0-9]+/)
		.filter((w) => w && !BRAND.has(w));
}

/** Matching catalog GPUs, best (longest name match) first; empty when none matches. */
export function matchCatalog(adapterName: string, catalog: readonly CatalogGpu[]): CatalogGpu[] {
	const words = modelWords(adapterName);
	const scored: { gpu: CatalogGpu; score: number }[] = [];
	for (const gpu of catalog) {
		// The catalog's model words without memory size or form factor ("80gb", "sxm5"), which
		// only break ties between entries of the same model.
		const all = modelWords(gpu.name);
		const model = all.filter((w) => !MEMORY.test(w) && !/^sxm\d?$|^pcie$/.test(w));
		const extra = all.filter((w) => !model.includes(w) && words.includes(w)).length;
		if (model.length === 0) continue;
		for (let start = 0; start + model.length <= words.length; start++) {
			if (!model.every((w, i) => words[start + i] === w)) continue;
			// A memory size between the model and a variant word does not hide the variant:
			// "RTX 3050 6GB Laptop GPU" is a laptop part, not the desktop RTX 3050.
			let next = start + model.length;
			while (next < words.length && MEMORY.test(words[next]!)) next++;
			const after = words[next];
			if (after !== undefined && VARIANT.has(after)) continue;
			scored.push({ gpu, score: model.length + extra / 10 });
			break;
		}
	}
	scored.sort((a, b) => b.score - a.score);
	const top = scored[0]?.score;
	return scored.filter((s) => s.score === top).map((s) => s.gpu);
}
