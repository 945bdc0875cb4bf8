import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import FlopsCalculator from '../../src/calculators/flops/FlopsCalculator.tsx';
import { LIMITS } from '../../src/core/index.ts';

const plain = (text: string | null | undefined) =>
	(text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

function mount(locale: 'en' | 'fr' | 'ar' = 'en', params = 174.6e9, tokens = 300e9) {
	const strings = t(locale).calc;
	render(<FlopsCalculator locale={locale} strings={strings} params={params} tokens={tokens} />);
	return {
		strings,
		params: screen.getByLabelText(strings.params) as HTMLInputElement,
		tokens: screen.getByLabelText(strings.tokens) as HTMLInputElement,
		result: () => plain(document.querySelector('output')?.textContent),
	};
}

beforeEach(() => history.replaceState(null, '', '/en/how-estimates-work/'));
afterEach(cleanup);

describe('FlopsCalculator', () => {
	it('starts from its scenario: GPT-3, 6 × 174.6e9 × 300e9 ≈ 3.14e23 FLOP', () => {
		const { result, params } = mount();
		expect(plain(params.value)).toBe('174.6 B');
		expect(result()).toBe('3.14 × 10²³ FLOP (314 ZFLOP)');
	});

	it('recomputes as you type: 6 × 1.5e9 × 3e11 = 2.7e21 FLOP, and puts it in the link', () => {
		const { params, result } = mount();
		fireEvent.input(params, { target: { value: '1.5B' } });
		expect(result()).toBe('2.7 × 10²¹ FLOP (2.7 ZFLOP)');
		expect(new URLSearchParams(location.search).get('params')).toBe('1500000000');
	});

	it('reads the French decimal comma: 124M × 10 000 tokens × 6 = 7.44e12', () => {
		const { params, tokens, result } = mount('fr');
		fireEvent.input(params, { target: { value: '124M' } });
		fireEvent.input(tokens, { target: { value: '10 000' } });
		expect(result()).toBe('7,44 × 10¹² FLOP (7,44 TFLOP)');
		fireEvent.input(params, { target: { value: '0,5k' } });
		expect(result()).toBe('3 × 10⁷ FLOP (30 MFLOP)');
	});

	it('says what is wrong next to the field, and shows no number (never NaN)', () => {
		const { params, tokens, result, strings } = mount();
		fireEvent.input(params, { target: { value: 'abc' } });
		expect(params.getAttribute('aria-invalid')).toBe('true');
		const help = document.getElementById(params.getAttribute('aria-describedby')!);
		expect(help?.textContent).toBe(strings.notANumber);
		expect(result()).toBe('—');
		fireEvent.input(params, { target: { value: '-3' } });
		expect(help?.textContent).toBe(strings.notPositive);
		fireEvent.input(params, { target: { value: '0' } });
		expect(help?.textContent).toBe(strings.notPositive);
		fireEvent.input(params, { target: { value: '1e300' } });
		fireEvent.input(tokens, { target: { value: '1e300' } });
		expect(result()).not.toMatch(/NaN|Infinity/);
		expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
	});

	it('takes its inputs from the link, and says so when a value there is unreadable', async () => {
		history.replaceState(null, '', '/en/x/?params=1e9&tokens=oops');
		const { params, tokens, result, strings } = mount();
		await vi.waitFor(() => expect(plain(params.value)).toBe('1 B'));
		expect(plain(tokens.value)).toBe('300 B'); // default kept
		expect(screen.getByText(strings.linkNote).getAttribute('role')).toBe('status');
		expect(result()).toBe('1.8 × 10²¹ FLOP (1.8 ZFLOP)'); // 6 × 1e9 × 3e11
	});

	it('follows back and forward: the link it returns to sets the fields again', () => {
		const { params, result } = mount();
		fireEvent.input(params, { target: { value: '2B' } });
		history.pushState(null, '', '/en/x/?params=1e9&tokens=2e10');
		act(() => {
			dispatchEvent(new PopStateEvent('popstate'));
		});
		expect(plain(params.value)).toBe('1 B');
		expect(result()).toBe('1.2 × 10²⁰ FLOP (120 EFLOP)'); // 6 × 1e9 × 2e10
	});

	it('labels are in the page language, Arabic included', () => {
		const { params } = mount('ar');
		expect(params.labels?.[0]?.textContent).toBe('المعاملات (N)');
		expect(params.dir).toBe('ltr');
	});
});

describe('FlopsCalculator never keeps a stale result', () => {
	it('parameters beyond the core’s limit show the message and "—", not the old answer', () => {
		const { params, result, strings } = mount();
		expect(result()).toBe('3.14 × 10²³ FLOP (314 ZFLOP)');
		fireEvent.input(params, { target: { value: String(LIMITS.params.max * 10) } });
		expect(result()).toBe('—');
		expect(params.getAttribute('aria-invalid')).toBe('true');
		const help = document.getElementById(params.getAttribute('aria-describedby')!);
		expect(help?.textContent).toBe(strings.tooLarge);
	});

	it('a result beyond SI prefixes is written once, not twice', () => {
		const { params, tokens, result } = mount();
		// 6 × 1e15 × 1e17 = 6e32 FLOP: beyond yotta, so no "(6 × 10³² FLOP)" repeat
		fireEvent.input(params, { target: { value: '1e15' } });
		fireEvent.input(tokens, { target: { value: '1e17' } });
		expect(result()).toBe('6 × 10³² FLOP');
		fireEvent.input(params, { target: { value: '1e14' } });
		fireEvent.input(tokens, { target: { value: '1e16' } });
		// 6 × 1e14 × 1e16 = 6e30 FLOP
		expect(result()).toBe('6 × 10³⁰ FLOP');
	});

	it('label and value are separate: a term and its definition', () => {
		const { strings } = mount();
		expect(document.querySelector('dt')?.textContent).toBe(strings.result);
		expect(document.querySelector('dd output')).not.toBeNull();
	});
});
