/**
 * The core's fine-tuning estimate against published measurements and claims
 * (src/data/finetune-measured.ts). The bands, and why, are written next to each entry; a
 * change to the core that moves an estimate outside its band fails here.
 */
import { describe, expect, it } from 'vitest';
import { finetuneMemory, BYTES_PER_GIB } from '../../src/core/index.ts';
import { finetuneMeasurements } from '../../src/data/index.ts';
import { at } from './helpers.ts';

describe('fine-tuning measurements', () => {
	it('at least six measured peaks from public sources, and the QLoRA paper’s two claims', () => {
		const peaks = finetuneMeasurements.filter((m) => m.kind === 'peak');
		expect(peaks.length).toBeGreaterThanOrEqual(6);
		expect(finetuneMeasurements.filter((m) => m.kind === 'claim').map((m) => m.id)).toEqual([
			'qlora-guanaco-65b',
			'qlora-guanaco-33b',
		]);
	});

	it('each has a source with an https URL, a note, and notes for derived and secondary fields', () => {
		const ids = finetuneMeasurements.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const m of finetuneMeasurements) {
			expect(m.source.url, m.id).toMatch(/^https:\/\/\S+$/);
			expect(m.source.note.length, m.id).toBeGreaterThan(40);
			for (const path of [...(m.derived ?? []), ...(m.secondary ?? [])]) {
				expect(at(m, path), `${m.id}: ${path}`).toBeDefined();
			}
			if (m.derived?.length) expect(m.source.note, m.id).toMatch(/derived:/);
			if (m.secondary?.length) expect(m.source.note, m.id).toMatch(/secondary/);
		}
	});

	it.each(finetuneMeasurements.map((m) => [m.id, m] as const))(
		'%s: the estimate is within the stated band',
		(_id, m) => {
			const estimate = finetuneMemory(m.input).total / BYTES_PER_GIB;
			const low = m.gib * (1 + m.band.below) - m.band.slackGiB;
			const high = m.gib * (1 + m.band.above) + m.band.slackGiB;
			expect(estimate).toBeGreaterThanOrEqual(low);
			expect(estimate).toBeLessThanOrEqual(high);
		},
	);

	it('a documented miss says why, and only eager attention at long sequences has one', () => {
		const misses = finetuneMeasurements.filter((m) => m.limitation !== undefined);
		expect(misses.map((m) => m.id)).toEqual(['fitcheck-tinyllama-2048-eager']);
		for (const m of misses) expect(m.limitation!.length).toBeGreaterThan(80);
	});

	it('the QLoRA paper’s claims fail without 4-bit weights: 16-bit LoRA does not fit the same cards', () => {
		for (const m of finetuneMeasurements.filter((x) => x.kind === 'claim')) {
			const lora = finetuneMemory({ ...m.input, method: 'lora' }).total / BYTES_PER_GIB;
			expect(lora, m.id).toBeGreaterThan(m.gib);
		}
	});
});
