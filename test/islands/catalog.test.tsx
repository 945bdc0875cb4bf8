/**
 * The shared catalogue (virtual:calculator-catalog, built by catalog-plugin.ts from
 * catalog.ts): an island given no `gpus` or `models` props offers every GPU and model in
 * src/data, named in the page's language through the small `modelNames` prop.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gpus as catalogGpus, models as catalogModels } from 'virtual:calculator-catalog';
import QuickAnswer from '../../src/calculators/quick-answer/QuickAnswer.tsx';
import { modelNames } from '../../src/calculators/shared/catalog.ts';
import { gpus, models } from '../../src/data/index.ts';
import { commonStrings } from '../../src/i18n/calculators/common.ts';
import { trainStrings } from '../../src/i18n/calculators/train.ts';

beforeEach(() => history.replaceState(null, '', '/fr/'));
afterEach(cleanup);

describe('the shared catalogue', () => {
	it('holds every GPU and model of src/data, slimmed (no sources)', () => {
		expect(catalogGpus.map((g) => g.id)).toEqual(gpus.map((g) => g.id));
		expect(catalogModels.map((m) => m.id)).toEqual(models.map((m) => m.id));
		expect(JSON.stringify(catalogGpus)).not.toMatch(/https?:/);
		expect(JSON.stringify(catalogModels)).not.toMatch(/https?:/);
	});

	it('an island without catalogue props offers it, with the page’s model names', async () => {
		const names = modelNames('fr');
		// Only the names that differ from the English ones travel in the page.
		expect(names?.gpt2).toBe('GPT-2 petit');
		expect(Object.keys(names ?? {}).length).toBeLessThan(models.length);
		render(
			<QuickAnswer
				locale="fr"
				common={commonStrings.fr}
				strings={trainStrings.fr}
				modelNames={names}
			/>,
		);
		await vi.waitFor(() => expect(document.querySelector('.calc-nojs')).toBeNull());
		const selects = [...document.querySelectorAll('select')];
		const values = (s: HTMLSelectElement) => [...s.options].map((o) => o.value);
		const modelSelect = selects.find((s) => values(s).includes('gpt2'))!;
		const gpuSelect = selects.find((s) => values(s).includes(gpus[0].id))!;
		// every model, then "a parameter count"
		expect(values(modelSelect)).toEqual([...models.map((m) => m.id), 'params']);
		expect(modelSelect.options[values(modelSelect).indexOf('gpt2')].textContent).toBe(
			'GPT-2 petit',
		);
		expect(values(gpuSelect)).toEqual(expect.arrayContaining(gpus.map((g) => g.id)));
	});
});
