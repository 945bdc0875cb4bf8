import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatNumber } from '../../src/format/index.ts';
import CanITrain from '../../src/calculators/can-i-train/CanITrain.tsx';
import { isNotation } from '../../src/calculators/shared/rows.ts';
import { gpuOptions, modelOptions } from '../../src/calculators/shared/catalog.ts';
import { commonStrings } from '../../src/i18n/calculators/common.ts';
import { trainStrings } from '../../src/i18n/calculators/train.ts';

const plain = (text: string | null | undefined) =>
	(text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');
const models = modelOptions();
const gpus = gpuOptions();
/** Hydrated: the no-JavaScript note is gone and the link has been read. */
const hydrated = () => vi.waitFor(() => expect(document.querySelector('.calc-nojs')).toBeNull());

function mount(locale: 'en' | 'fr' | 'ar' = 'en', inputs = {}) {
	const common = commonStrings[locale];
	const strings = trainStrings[locale];
	const view = render(
		<CanITrain
			locale={locale}
			common={common}
			strings={strings}
			models={models}
			gpus={gpus}
			inputs={inputs}
		/>,
	);
	const row = (key: string) => view.container.querySelector(`[data-key="${key}"] dd`);
	return {
		common,
		strings,
		view,
		value: (key: string) => plain(row(key)?.querySelector('.calc-value')?.textContent),
		reason: (key: string) => plain(row(key)?.querySelector('.calc-reason')?.textContent),
		input: (label: string) => screen.getByLabelText(label) as HTMLInputElement,
	};
}

beforeEach(() => history.replaceState(null, '', '/en/calculators/'));
afterEach(cleanup);

describe('CanITrain', () => {
	it('chains the core: GPT-2 XL on 10B tokens, one RTX 4070 Ti at 40 % of its BF16 peak', async () => {
		const c = mount('en', { modelId: 'gpt2-xl', tokens: 10e9, gpuId: 'rtx-4070-ti' });
		await hydrated();
		// GPT-2 XL: 1,557,611,200 parameters (48 layers × 1600, vocab 50,257, 1024 positions).
		expect(c.value('params')).toBe(plain(formatNumber(1_557_611_200, 'en')));
		// FLOP per token: 6 × (1,557,611,200 − 1024 × 1600 positions) + 12 × 48 × 1600 × 1024
		//   = 9,335,836,800 + 943,718,400 = 10,279,555,200; × 1e10 tokens = 1.02796e20 FLOP
		const flops = 10_279_555_200 * 1e10;
		expect(c.value('flops')).toContain(plain(formatNumber(flops, 'en')));
		// RTX 4070 Ti: 80.2 TFLOP/s dense BF16; t = 1.02796e20 / (80.2e12 × 0.4) = 3.2044e6 s
		const seconds = flops / (80.2e12 * 0.4);
		expect(c.value('gpuHours')).toBe(plain(formatNumber(seconds / 3600, 'en'))); // 890 h
		// 16 B/param × 1.56e9 ≈ 25 GB of model state alone: more than the 12 GB card, at any batch.
		expect(c.value('verdict')).toMatch(/^Does not fit/);
		expect(c.value('maxBatch')).toBe(c.strings.noneFits);
		// 285 W × 3.2044e6 s = 9.13e8 J = 253.7 kWh
		expect(c.value('energy')).toContain(plain(formatNumber((285 * seconds) / 3.6e6, 'en')));
	});

	it('says "—" and why, with the message next to the field, for every bad input', async () => {
		const c = mount();
		await hydrated();
		const devices = c.input(c.common.devices);
		for (const [text, message] of [
			['', c.common.empty],
			['abc', c.common.notANumber],
			['-2', c.common.notPositive],
			['0', c.common.notPositive],
			['1.5', c.common.notInteger],
			['1e300', c.common.tooLarge],
		] as const) {
			fireEvent.input(devices, { target: { value: text } });
			expect(devices.getAttribute('aria-invalid'), text).toBe('true');
			const help = document.getElementById(devices.getAttribute('aria-describedby')!);
			expect(help?.textContent, text).toBe(message);
			expect(c.value('time'), text).toBe('—');
			expect(c.reason('time'), text).not.toBe('');
		}
		expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('a custom architecture the core rejects shows its message next to the field', async () => {
		const c = mount();
		await hydrated();
		fireEvent.change(screen.getByLabelText(c.strings.model), { target: { value: 'custom' } });
		const dModel = c.input(c.strings.dModel);
		fireEvent.input(dModel, { target: { value: '1601' } }); // not a multiple of 25 heads
		expect(plain(document.body.textContent)).toContain(c.common.core.heads);
		expect(c.value('params')).toBe('—');
		expect(c.value('flops')).toBe('—');
		expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('switching to a custom architecture or a parameter count starts from the preset shown', async () => {
		const c = mount();
		await hydrated();
		const llama = models.find((m) => m.id === 'llama2-7b')!;
		const select = screen.getByLabelText(c.strings.model);
		fireEvent.change(select, { target: { value: 'llama2-7b' } });
		fireEvent.change(select, { target: { value: 'custom' } });
		// Llama 2 7B: 32 layers of width 4096, an 11008-wide SwiGLU MLP, 32000 tokens.
		expect(c.input(c.strings.layers).value).toBe('32');
		expect(c.input(c.strings.dModel).value).toBe('4096');
		expect(c.input(c.strings.ffn).value).toBe('11008');
		expect(c.input(c.strings.vocab).value).toBe('32000');
		expect((screen.getByLabelText(c.strings.family) as HTMLSelectElement).value).toBe('llama');
		// Llama 2 7B: 6,738,415,616 parameters (the model card's 6.74 B; Touvron et al. 2023)
		expect(c.value('params')).toBe(plain(formatNumber(6_738_415_616, 'en')));
		fireEvent.change(select, { target: { value: 'llama2-7b' } });
		fireEvent.change(select, { target: { value: 'params' } });
		expect(c.input(c.strings.params).value).toBe(formatNumber(llama.params, 'en', { digits: 4 }));
		expect(new URLSearchParams(location.search).get('train.model')).toBe('params');
	});

	it('keeps its inputs in the link and reads them back', async () => {
		history.replaceState(
			null,
			'',
			'/en/calculators/?train.model=gpt2&train.gpu=h100-sxm&train.n=8&train.mfu=oops',
		);
		const c = mount();
		await hydrated();
		expect((screen.getByLabelText(c.strings.model) as HTMLSelectElement).value).toBe('gpt2');
		expect(plain(c.input(c.common.devices).value)).toBe('8');
		expect(screen.getByText(c.common.linkNote)).toBeTruthy(); // the bad mfu fell back
		expect(plain(c.input(c.common.mfu).value)).toBe('40');
		fireEvent.input(c.input(c.common.devices), { target: { value: '16' } });
		expect(new URLSearchParams(location.search).get('train.n')).toBe('16');
		fireEvent.click(screen.getByText(c.common.reset));
		expect(plain(c.input(c.common.devices).value)).toBe('1');
		expect(new URLSearchParams(location.search).get('train.n')).toBeNull();
	});

	it('Arabic: labels in Arabic, numbers left to right', async () => {
		const c = mount('ar');
		await hydrated();
		expect(c.input(c.common.devices).dir).toBe('ltr');
		expect(document.querySelector('.calc-value')?.getAttribute('dir')).toBe('ltr');
	});

	it('Arabic: sentences and localized durations follow the page, only notation is forced left to right', async () => {
		const c = mount('ar', { modelId: 'gpt2-xl', tokens: 10e9, gpuId: 'rtx-4070-ti' });
		await hydrated();
		const el = (key: string) =>
			c.view.container.querySelector(`[data-key="${key}"] .calc-value`) as HTMLElement;
		const arabic = /[\u0600-\u06ff]/;
		// The verdict ("لا يتّسع: …") and the duration ("… يومًا") are Arabic words: no forced direction.
		for (const key of ['verdict', 'time']) {
			expect(el(key).textContent, key).toMatch(arabic);
			expect(el(key).getAttribute('dir'), key).toBeNull();
			expect(el(key).tagName, key).toBe('SPAN');
		}
		// Training compute and memory are notation: isolated, left to right.
		for (const key of ['flops', 'memory']) {
			expect(el(key).textContent, key).not.toMatch(arabic);
			expect(el(key).getAttribute('dir'), key).toBe('ltr');
		}
		// Every forced left-to-right value holds no Arabic letters.
		for (const v of c.view.container.querySelectorAll('.calc-value[dir="ltr"]'))
			expect(v.textContent).not.toMatch(arabic);
	});

	it('isNotation: figures with units are notation; words, money and percentages are not', () => {
		expect(isNotation('3.14 × 10²³ FLOP (314 ZFLOP)')).toBe(true);
		expect(isNotation('26.7 GiB')).toBe(true);
		expect(isNotation('37.1 يوم')).toBe(false);
		expect(isNotation('لا يتّسع: 26.7 GiB من 12 GiB')).toBe(false);
		expect(isNotation('\u200f1,230 US$')).toBe(false);
	});

	it('conventions: 6N, with attention, and causal-halved attention sit in that order, halfway', async () => {
		const c = mount('en', { modelId: 'gpt2', tokens: 1e9, gpuId: 'h100-sxm' });
		await hydrated();
		const flopsRow = () =>
			Number(c.view.container.querySelector('[data-key="flops"]')!.getAttribute('data-raw'));
		const read = async (value: string) => {
			fireEvent.change(screen.getByLabelText(c.common.flopCount), { target: { value } });
			return flopsRow();
		};
		const six = await read('6n');
		const attn = await read('attn');
		const causal = await read('causal');
		// GPT-2 small: 6N + 12·L·d·T = 6N + 12 × 12 × 768 × 1024 per token; causal counts half of it.
		expect(attn - six).toBeCloseTo(12 * 12 * 768 * 1024 * 1e9, -12);
		expect(causal).toBeCloseTo((six + attn) / 2, -12);
		expect(new URLSearchParams(location.search).get('train.count')).toBe('causal');
	});

	it('a price in euros says the listed price is in dollars, and the cost is in euros', async () => {
		const c = mount('fr', { modelId: 'gpt2', tokens: 1e9, gpuId: 'h100-sxm' });
		await hydrated();
		fireEvent.change(screen.getByLabelText(c.common.currency), { target: { value: 'eur' } });
		expect(plain(document.body.textContent)).toContain('dollars US');
		expect(c.value('cost')).toMatch(/€/);
	});
});
