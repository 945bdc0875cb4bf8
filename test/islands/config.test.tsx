/**
 * A config.json pasted into "Can I train it?" and the quick answer: the architecture read is
 * shown, the link keeps it (train.cfg) and gives it back, and a broken file gets the reader's
 * language next to the field, never a blank result.
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CanITrain from '../../src/calculators/can-i-train/CanITrain.tsx';
import QuickAnswer from '../../src/calculators/quick-answer/QuickAnswer.tsx';
import { formatNumber } from '../../src/format/index.ts';
import { commonStrings } from '../../src/i18n/calculators/common.ts';
import { trainStrings } from '../../src/i18n/calculators/train.ts';
import { HF_CONFIGS } from '../helpers/hf-configs.ts';

const plain = (text: string | null | undefined) =>
	(text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u2068\u2069\u061c]/g, '');
const hydrated = () => vi.waitFor(() => expect(document.querySelector('.calc-nojs')).toBeNull());
const qwen = JSON.stringify(HF_CONFIGS['Qwen/Qwen3-30B-A3B'], null, 2);

function mount(locale: 'en' | 'fr' | 'ar') {
	const view = render(
		<CanITrain locale={locale} common={commonStrings[locale]} strings={trainStrings[locale]} />,
	);
	const value = (key: string) =>
		plain(view.container.querySelector(`[data-key="${key}"] dd .calc-value`)?.textContent);
	const textarea = () => view.container.querySelector('textarea') as HTMLTextAreaElement;
	return { view, value, textarea };
}

beforeEach(() => history.replaceState(null, '', '/en/calculators/?train.model=config'));
afterEach(cleanup);

describe('a pasted config.json', () => {
	it('shows the architecture read and the keys ignored, and the counts; the link keeps it', async () => {
		const c = mount('en');
		await hydrated();
		fireEvent.input(c.textarea(), { target: { value: qwen } });
		// The parser loads on the first paste.
		await vi.waitFor(() => expect(c.value('active')).not.toBe(''));
		const read = plain(c.view.container.querySelector('.calc-config-read')?.textContent);
		expect(read).toContain('qwen3_moe');
		expect(read).toContain('128 / 8 / 0'); // experts routed / per token / shared
		expect(read).toContain('32 / 4'); // heads / KV heads
		expect(read).toMatch(/Keys ignored.*rope_theta/);
		// 30,532,122,624 total and 3,353,032,704 active (hand count in models/config.test.ts)
		expect(c.value('params')).toBe(plain(formatNumber(30_532_122_624, 'en')));
		expect(c.value('active')).toBe(plain(formatNumber(3_353_032_704, 'en')));
		const cfg = new URLSearchParams(location.search).get('train.cfg');
		expect(cfg).toMatch(/^t-qwen3_moe\.f-llama\.L-48\./);
		expect(location.search).not.toContain('rope_theta'); // the parsed fields, not the file
		cleanup();

		// The same link, opened again: the architecture comes back without the file.
		const again = mount('fr');
		await hydrated();
		expect(again.value('params')).toBe(plain(formatNumber(30_532_122_624, 'fr')));
		const readAgain = plain(again.view.container.querySelector('.calc-config-read')?.textContent);
		expect(readAgain).toContain(trainStrings.fr.config.fromLink);
	});

	it('broken JSON: the Arabic message next to the field, and "—" with a reason, not a blank', async () => {
		const c = mount('ar');
		await hydrated();
		fireEvent.input(c.textarea(), { target: { value: '{"model_type": "qwen3_moe",' } });
		await vi.waitFor(() => expect(c.textarea().getAttribute('aria-invalid')).toBe('true'));
		const help = document.getElementById(c.textarea().getAttribute('aria-describedby')!);
		expect(help?.textContent).toBe(trainStrings.ar.config.errors.notJson);
		const params = c.view.container.querySelector('[data-key="params"] dd');
		expect(plain(params?.textContent)).toContain(trainStrings.ar.config.needed);
		expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('a chosen file is read in the browser; a huge one is refused by its size, unread', async () => {
		const c = mount('en');
		await hydrated();
		const input = c.view.container.querySelector('input[type="file"]') as HTMLInputElement;
		const choose = (file: File) => {
			Object.defineProperty(input, 'files', { value: [file], configurable: true });
			fireEvent.change(input);
		};
		choose(new File([qwen], 'config.json', { type: 'application/json' }));
		await vi.waitFor(() =>
			expect(c.value('active')).toBe(plain(formatNumber(3_353_032_704, 'en'))),
		);
		const huge = new File(['x'], 'model.safetensors');
		Object.defineProperty(huge, 'size', { value: 5e9 });
		choose(huge);
		await vi.waitFor(() => expect(c.textarea().getAttribute('aria-invalid')).toBe('true'));
		const help = document.getElementById(c.textarea().getAttribute('aria-describedby')!);
		expect(plain(help?.textContent)).toMatch(/^This text is 5,000,000,000 characters long/);
	});

	it('a link with a broken architecture falls back with the visible note', async () => {
		history.replaceState(null, '', '/en/calculators/?train.model=config&train.cfg=L-0.__proto__-1');
		const c = mount('en');
		await hydrated();
		expect(c.view.container.textContent).toContain(commonStrings.en.linkNote);
		// the default ('' : no architecture yet) with the reason, not a blank
		expect(c.value('params')).toBe('—');
		expect(c.view.container.textContent).toContain(trainStrings.en.config.needed);
	});

	it('the quick answer reads a pasted file too, and opens the full calculator with it', async () => {
		history.replaceState(null, '', '/en/?quick.model=config');
		const view = render(
			<QuickAnswer
				locale="en"
				common={commonStrings.en}
				strings={trainStrings.en}
				gpuId="h100-sxm"
			/>,
		);
		await hydrated();
		fireEvent.input(view.container.querySelector('textarea')!, { target: { value: qwen } });
		await vi.waitFor(() =>
			expect(view.container.querySelector('.calc-config-read')).not.toBeNull(),
		);
		expect(plain(view.container.querySelector('.calc-config-read')?.textContent)).toContain(
			'qwen3_moe',
		);
		const href = view.container.querySelector('a.calc-open')!.getAttribute('href')!;
		expect(href).toContain('train.model=config');
		expect(href).toContain('train.cfg=t-qwen3_moe');
		expect(view.container.querySelector('.calc-verdict')?.textContent).not.toBe('');
	});
});
