/**
 * The hardware survey the consumer catalogue follows (src/data/gpus-steam.ts): Steam Hardware &
 * Software Survey, April 2026, "Video Card Description". Shares are written here as Valve's
 * page prints them (percent), from the scrape at jdegene/steamHWsurvey shs.csv @98a507c.
 */
import { describe, expect, it } from 'vitest';
import { gpuById, steamSurvey } from '../../src/data/index.ts';

describe('Steam hardware survey', () => {
	it('names the survey, its month and its page', () => {
		expect(steamSurvey.name).toBe('Steam Hardware & Software Survey');
		expect(steamSurvey.month).toBe('2026-04');
		expect(steamSurvey.source.url).toMatch(/^https:\/\/store\.steampowered\.com\/hwsurvey/);
		expect(steamSurvey.source.note).toMatch(/April 2026/);
	});

	it('keeps the published order and shares', () => {
		const rows = steamSurvey.rows;
		rows.forEach((r, i) => expect(r.rank).toBe(i + 1));
		for (let i = 1; i < rows.length; i++) {
			expect(rows[i]!.share, rows[i]!.name).toBeLessThanOrEqual(rows[i - 1]!.share);
		}
		// Valve's page: RTX 3060 3.99 %, RTX 4060 3.86 %, RTX 2060 1.76 %.
		expect(rows[0]).toMatchObject({ name: 'NVIDIA GeForce RTX 3060', share: 0.0399 });
		expect(rows[1]).toMatchObject({ name: 'NVIDIA GeForce RTX 4060', share: 0.0386 });
		expect(rows[16]).toMatchObject({ name: 'NVIDIA GeForce RTX 2060', share: 0.0176 });
	});

	it('the 15 most common GPUs that are one chip are all in the catalogue', () => {
		const chips = steamSurvey.rows.filter((r) => r.gpuId !== null);
		expect(chips.length).toBe(15);
		for (const row of chips) {
			const gpu = gpuById(row.gpuId!);
			// The catalogue's name is the survey's name (Apple's adds the GPU core count).
			expect(gpu.name.startsWith(row.name), row.name).toBe(true);
		}
		// The rows left out say why.
		for (const row of steamSurvey.rows.filter((r) => r.gpuId === null)) {
			expect(row.why, row.name).toMatch(/integrated/);
		}
	});
});
