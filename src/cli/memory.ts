/**
 * Memory per GPU, by part, and against a card: the core's trainingMemory at the micro-batch
 * given, and maxBatchThatFits for the card's memory, as the site's calculator calls them.
 */
import { maxBatchThatFits, trainingMemory, type FitResult, type Lever } from '../core/index.ts';
import type { Gpu } from '../data/index.ts';
import type { Context } from './command.ts';
import type { MemorySettings } from './compute.ts';
import type { Row } from './output.ts';
import { fill } from './strings.ts';

const PARTS = ['weights', 'gradients', 'optimizer', 'activations', 'logits', 'overhead'] as const;

export function memoryPart(ctx: Context, m: MemorySettings, gpu?: Gpu) {
	const { s, f } = ctx;
	const memory = trainingMemory({ ...m.base, microBatch: m.microBatch });
	const rows: Row[] = PARTS.map((k) => ({ label: s.label[k], value: f.bytes(memory[k]) }));
	rows.push({ label: s.label.memory, value: f.bytes(memory.total) });
	const bytes: Record<string, number> = Object.fromEntries(PARTS.map((k) => [k, memory[k]]));
	bytes.total = memory.total;
	const results: Record<string, unknown> = { memoryBytes: bytes };
	if (gpu) {
		const fit = maxBatchThatFits({ ...m.base, capacityBytes: gpu.memoryBytes });
		const fits = memory.total <= gpu.memoryBytes;
		rows.push(
			{ label: s.label.capacity, value: f.bytes(gpu.memoryBytes) },
			{ label: s.label.verdict, value: fits ? s.yes : s.no },
			{ label: s.label.maxBatch, value: fit.fits ? f.plain(fit.microBatch) : s.none },
		);
		if (!fits) rows.push(...leverRows(ctx, fit));
		Object.assign(results, {
			capacityBytes: gpu.memoryBytes,
			fits,
			maxMicroBatch: fit.microBatch,
			levers: fit.levers.map((l) => ({
				lever: l.lever,
				value: l.value,
				maxMicroBatch: l.microBatch,
				totalBytesAtMicroBatch1: l.total,
			})),
			allLeversFit: fit.fits ? null : fit.allLeversFit,
		});
	}
	return { rows, results, note: fill(s.memoryConvention, m.words) };
}

/** A lever as the option that applies it: `--recompute full`, `--zero 3`. */
const OPTION_FOR: Record<Lever['lever'], string> = {
	recompute: '--recompute',
	flashAttention: '--flash-attention',
	zeroStage: '--zero',
	precision: '--precision',
	optimizer: '--optimizer',
};

/** When nothing fits at this micro-batch: the largest that does, or the changes that would fit one. */
function leverRows({ s, f }: Context, fit: FitResult): Row[] {
	if (fit.fits) return [];
	const changes = fit.levers.map((l) => {
		const option =
			l.lever === 'flashAttention' ? OPTION_FOR[l.lever] : `${OPTION_FOR[l.lever]} ${l.value}`;
		return `${option} (${fill(s.leverBatch, { mb: f.plain(l.microBatch) })})`;
	});
	if (changes.length) return [{ label: s.label.levers, value: changes.join(', ') }];
	return [{ label: s.label.levers, value: fit.allLeversFit ? s.allTogether : s.moreDevices }];
}
