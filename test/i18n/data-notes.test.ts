/**
 * Reader-facing source notes (src/i18n/data-notes.ts): every GPU, model and published run has
 * one in every language, translated, and none carries a maintainer's internal remark.
 */
import { describe, expect, it } from 'vitest';
import { gpus, models, publishedRuns } from '../../src/data/index.ts';
import { dataNote, runName } from '../../src/i18n/data-notes.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

const ids = [...gpus, ...models, ...publishedRuns].map((e) => e.id);

describe('data notes', () => {
	for (const lang of localeCodes) {
		it(`${lang}: every entry has a note, with no internal remark`, () => {
			for (const id of ids) {
				const note = dataNote(id, lang);
				expect(note.length, id).toBeGreaterThan(10);
				expect(note, id).not.toMatch(/unconfirmed|not reachable|general knowledge|TODO/i);
			}
		});
		it(`${lang}: every published run has a name`, () => {
			for (const run of publishedRuns) expect(runName(run.id, lang).length).toBeGreaterThan(3);
		});
	}
	for (const lang of localeCodes.filter((l) => l !== 'en')) {
		it(`${lang}: notes are translated`, () => {
			for (const id of ids) expect(dataNote(id, lang), id).not.toBe(dataNote(id, 'en'));
		});
	}
});
