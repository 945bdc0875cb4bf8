import { describe, expect, it } from 'vitest';
import {
	decodeMeasurements,
	gpus,
	models,
	publishedRuns,
	scenarios,
	type Source,
	type Sourced,
} from '../../src/data/index.ts';
import { at, numbers } from './helpers.ts';

const sourced: [string, readonly (Sourced & { id: string })[]][] = [
	['gpus', gpus],
	['models', models],
	['published runs', publishedRuns],
	['scenarios', Object.values(scenarios)],
	['decode measurements', decodeMeasurements],
];

function checkSource(source: Source | undefined, where: string) {
	expect(source, `${where}: source`).toBeDefined();
	expect(source!.url, `${where}: source.url`).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+\/?\S*$/);
	expect(source!.note.trim().length, `${where}: source.note`).toBeGreaterThan(20);
}

describe.each(sourced)('%s', (_name, entries) => {
	it('each entry has a source with an https URL and a note', () => {
		for (const entry of entries) checkSource(entry.source, entry.id);
	});

	it('ids are unique kebab-case strings', () => {
		const ids = entries.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
	});

	it('derived and secondary fields name fields that exist, and a note says so', () => {
		for (const entry of entries) {
			const paths = [...(entry.derived ?? []), ...(entry.secondary ?? [])];
			for (const path of paths) {
				expect(at(entry, path), `${entry.id}: ${path}`).toBeDefined();
			}
			if (entry.derived?.length) expect(entry.source.note, entry.id).toMatch(/derived:/i);
			if (entry.secondary?.length) {
				expect(entry.source.note, entry.id).toMatch(/secondary/i);
			}
		}
	});

	it('all numbers are finite and positive', () => {
		for (const entry of entries) {
			for (const [path, value] of numbers(entry)) {
				expect(Number.isFinite(value), `${entry.id}.${path}`).toBe(true);
				expect(value, `${entry.id}.${path}`).toBeGreaterThan(0);
			}
		}
	});
});

describe('rental prices', () => {
	const priced = gpus.filter((g) => g.price);

	it('carry a provider, an ISO date and their own source', () => {
		expect(priced.length).toBeGreaterThan(0);
		for (const gpu of priced) {
			const price = gpu.price!;
			expect(price.provider.length, gpu.id).toBeGreaterThan(0);
			expect(price.date, gpu.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(Number.isNaN(Date.parse(price.date)), gpu.id).toBe(false);
			checkSource(price.source, `${gpu.id} price`);
		}
	});

	it('are per device-hour in plausible dollars (not per 8-GPU node, not cents)', () => {
		for (const gpu of priced) {
			expect(gpu.price!.usdPerHour, gpu.id).toBeGreaterThan(0.05);
			expect(gpu.price!.usdPerHour, gpu.id).toBeLessThan(20);
		}
	});
});
