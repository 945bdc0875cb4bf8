/**
 * The calculators page and the home page's quick answer in Chromium, on the built site:
 * typing gives the core's value, a shared link reproduces the state, hundreds of random or
 * hostile links never break a page (no console error, no NaN/Infinity/undefined), the Arabic
 * page works, and the quick answer opens the full calculator with the same choices.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SECONDS_PER_DAY, computeBudget } from '../../src/core/index.ts';
import { gpuById } from '../../src/data/index.ts';
import { formatFlop, formatNumber } from '../../src/format/index.ts';
import { browserSuite, openPage } from './harness.ts';

const plain = (text: string) =>
	text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

/** Each calculator's link keys (prefix.key) and some values that make sense for them. */
const KEYS: Record<string, Record<string, string[]>> = {
	budget: {
		gpu: ['h100-sxm', 'rtx-4070', 'tpu-v5e', 'apple-m1'],
		prec: ['fp32', 'tf32', 'bf16', 'fp16', 'fp8'],
		n: ['1', '8', '1e8', '3'],
		dur: ['1', '30', '1e12'],
		unit: ['hour', 'day', 'year'],
		mfu: ['40', '100', '0.1'],
	},
	train: {
		model: ['gpt2', 'gpt2-xl', 'gpt3-175b', 'llama3-405b', 'custom', 'params'],
		params: ['124000000', '1e15', '7e9'],
		family: ['gpt2', 'llama'],
		layers: ['12', '10000', '1'],
		heads: ['12', '7', '1'],
		kv: ['4', '12', '5'],
		dmodel: ['768', '1601', '1000000'],
		ffn: ['3072', '1'],
		vocab: ['50257', '1'],
		ctx: ['1024', '100000000', '1'],
		tied: ['1', '0'],
		fit: ['given', 'epoch', 'hoffmann', 'tokens20'],
		tokens: ['1e10', '1e17', '1'],
		gpu: ['rtx-4070-ti', 'h100-sxm', 'apple-m1-pro'],
		prec: ['fp32', 'bf16', 'fp8'],
		n: ['1', '64', '3'],
		mfu: ['40', '100', '1e-9'],
		opt: ['adam', 'adam-8bit', 'sgd'],
		recompute: ['none', 'selective', 'full'],
		flash: ['1', '0'],
		zero: ['0', '1', '2', '3'],
		mb: ['1', '64', '1000000'],
		price: ['', '0', '2.5'],
		cur: ['usd', 'eur', 'inr'],
		watts: ['', '300', '100000'],
		overhead: ['1', '3'],
		pue: ['1', '1.5', '3'],
		kwh: ['', '0', '1000'],
		co2: ['', '0', '5000'],
		count: ['6n', 'attn', 'causal'],
		bpp: ['16', '18', '20'],
		mem: ['gib', 'gb'],
		time: ['auto', 'hour', 'day', 'year'],
	},
	plan: {
		model: ['nanogpt-note-40m', 'gpt2', 'llama2-70b'],
		mb: ['16', '1', '1000000'],
		ctx: ['1024', '1', '100000000'],
		accum: ['32', '5', '1000000'],
		n: ['1', '2', '8'],
		iters: ['20000', '1', '1e9'],
		data: ['', '3.68e9', '1'],
		timefrom: ['measured', 'mfu'],
		spi: ['3.25', '0.000001', '1e9'],
		mfu: ['40', '100'],
		gpu: ['rtx-4070', 'a100-80gb-sxm'],
		prec: ['bf16', 'fp32', 'fp8'],
		watts: ['200', ''],
		kwh: ['0.15', ''],
		cur: ['usd', 'eur', 'inr'],
		count: ['6n', 'attn', 'causal'],
		mem: ['gib', 'gb'],
		time: ['auto', 'hour', 'day', 'year'],
	},
	optimal: {
		mode: ['flop', 'hardware'],
		flop: ['1e21', '5.76e23', '1e32', '1'],
		gpu: ['h100-sxm', 'rtx-4070-ti'],
		prec: ['bf16', 'fp32', 'fp8'],
		n: ['1', '1000'],
		dur: ['1', '1e12'],
		unit: ['hour', 'day', 'year'],
		mfu: ['40', '90'],
	},
};

const HOSTILE = [
	'',
	'NaN',
	'Infinity',
	'-Infinity',
	'-1',
	'0',
	'-0',
	'1e400',
	'1e-400',
	'0x10',
	'1,5',
	'١٢٣',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'%00',
	'\u0000',
	'__proto__',
	'constructor',
	'toString',
	'x'.repeat(5000),
	'9'.repeat(400),
	'1e15',
	'undefined',
	'null',
	'true',
	'[]',
	'{}',
	' 12 ',
	'1.5.5',
	'💥',
];

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

function queries(prefix: string, count: number, seed: number): string[] {
	const random = rng(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
	const keys = Object.keys(KEYS[prefix]);
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		const q = new URLSearchParams();
		const n = 1 + Math.floor(random() * 8);
		for (let j = 0; j < n; j++) {
			const key = random() < 0.05 ? pick(['__proto__', 'constructor', '', 'a.b.c']) : pick(keys);
			const good = KEYS[prefix][key] ?? [];
			const value =
				random() < 0.5 && good.length
					? pick(good)
					: random() < 0.7
						? pick(HOSTILE)
						: String((random() - 0.3) * 10 ** Math.floor(random() * 40 - 10));
			q.append(`${prefix}.${key}`, value);
		}
		out.push(`?${q.toString()}`);
	}
	return out;
}

/** Scrolls every island into view and waits until all have hydrated. */
async function hydrateAll(page: Page) {
	const islands = page.locator('astro-island');
	const count = await islands.count();
	for (let i = 0; i < count; i++) await islands.nth(i).scrollIntoViewIfNeeded();
	await expect.poll(() => page.locator('astro-island[ssr]').count(), { timeout: 20_000 }).toBe(0);
	await expect.poll(() => page.locator('.calc-nojs').count()).toBe(0);
}

/** Loads each query through the history API (the islands re-read their link on popstate). */
async function tryQueries(page: Page, list: string[]): Promise<string[]> {
	return page.evaluate(async (qs) => {
		const bad: string[] = [];
		// Preact renders in a microtask (its default debounce): a few microtasks later the islands
		// show the new state, with no frame (style, layout, paint) in between, which keeps 800
		// links fast; every 50 links the page gets a real turn of the event loop.
		const settle = async (i: number) => {
			for (let k = 0; k < 5; k++) await Promise.resolve();
			if (i % 50 === 49) await new Promise((r) => setTimeout(r, 0));
		};
		// Text of the calculators only (SVG titles, options and all), without forcing a layout.
		const text = () =>
			[...document.querySelectorAll('.calc')].map((el) => el.textContent ?? '').join('\n');
		for (const [i, q] of qs.entries()) {
			history.pushState(null, '', location.pathname + q);
			dispatchEvent(new PopStateEvent('popstate'));
			await settle(i);
			if (/NaN|Infinity|undefined/.test(text())) bad.push(q);
			if (!document.querySelector('.calc-results')) bad.push(`no results after ${q}`);
		}
		return bad;
	}, list);
}

/** A result as a reader sees it: scrolled into view first. */
const rowValue = async (page: Page, island: string, key: string) => {
	const value = page.locator(`#${island} [data-key="${key}"] .calc-value`).first();
	await value.scrollIntoViewIfNeeded();
	return plain(await value.innerText());
};

browserSuite('calculators', (env) => {
	it('typing gives the core’s value, and a shared link reproduces it', async () => {
		const checked = await openPage(env.browser, env.server, {
			viewport: { width: 1000, height: 900 },
		});
		const { page } = checked;
		try {
			await page.goto('/en/calculators/');
			await hydrateAll(page);
			const budget = page.locator('#compute-budget');
			await budget.getByLabel('GPU', { exact: true }).selectOption('h100-sxm');
			await budget.getByLabel('Precision (dense peak used)').selectOption('bf16');
			await budget.getByLabel('Number of GPUs').fill('8');
			await budget.getByLabel('Duration', { exact: true }).fill('30');
			await budget.getByLabel('Duration unit').selectOption('day');
			const flops = computeBudget({
				peakFlopsPerSecond: gpuById('h100-sxm').peakFlopsPerSecond.bf16!,
				devices: 8,
				utilization: 0.4,
				seconds: 30 * SECONDS_PER_DAY,
			});
			const expected = plain(`${formatNumber(flops, 'en')} FLOP (${formatFlop(flops, 'en')})`);
			await expect.poll(() => rowValue(page, 'compute-budget', 'flops')).toBe(expected);

			const link = page.url();
			expect(new URL(link).searchParams.get('budget.gpu')).toBe('h100-sxm');
			const again = await openPage(env.browser, env.server);
			try {
				await again.page.goto(link);
				await hydrateAll(again.page);
				await expect.poll(() => rowValue(again.page, 'compute-budget', 'flops')).toBe(expected);
				expect(again.problems).toEqual([]);
			} finally {
				await again.close();
			}
			expect(checked.problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});

	it('200 random or hostile links per calculator: no console error, no NaN, Infinity or undefined', async () => {
		const checked = await openPage(env.browser, env.server, {
			viewport: { width: 1000, height: 900 },
		});
		const { page } = checked;
		try {
			await page.goto('/en/calculators/');
			await hydrateAll(page);
			for (const [i, prefix] of Object.keys(KEYS).entries()) {
				const bad = await tryQueries(page, queries(prefix, 200, 1000 + i));
				expect(bad, prefix).toEqual([]);
			}
			expect(checked.problems).toEqual([]);
		} finally {
			await checked.close();
		}
	}, 120_000);

	it('Arabic: right to left, numbers left to right, typing recomputes', async () => {
		const checked = await openPage(env.browser, env.server, {
			viewport: { width: 360, height: 800 },
		});
		const { page } = checked;
		try {
			await page.goto('/ar/calculators/?train.model=gpt2&train.gpu=h100-sxm');
			await hydrateAll(page);
			expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
			const before = await rowValue(page, 'can-i-train-it', 'time');
			await page.locator('#can-i-train-it input[name="n"]').fill('4');
			await expect.poll(() => rowValue(page, 'can-i-train-it', 'time')).not.toBe(before);
			expect(await page.locator('#can-i-train-it .calc-value').first().getAttribute('dir')).toBe(
				'ltr',
			);
			expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);
			// Fits a 360 px screen without sideways scrolling.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				360,
			);
			expect(checked.problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});

	it('the home page’s answer opens the full calculator with the same choices', async () => {
		const checked = await openPage(env.browser, env.server, {
			viewport: { width: 1000, height: 900 },
		});
		const { page } = checked;
		try {
			await page.goto('/en/');
			await hydrateAll(page);
			await page.locator('.calc select[name="model"]').selectOption('gpt3-xl');
			await page.locator('.calc select[name="gpu"]').selectOption('a100-80gb-sxm');
			const quickFlops = await page.locator('[data-key="flops"] .calc-value').innerText();
			expect(await page.locator('.calc-verdict').innerText()).toMatch(
				/^(Yes|No|Only with changes):/,
			);
			await page.locator('a.calc-open').click();
			await page.waitForURL(/\/en\/calculators\//);
			await hydrateAll(page);
			const train = page.locator('#can-i-train-it');
			expect(await train.locator('select[name="model"]').inputValue()).toBe('gpt3-xl');
			expect(await train.locator('select[name="gpu"]').inputValue()).toBe('a100-80gb-sxm');
			expect(await train.locator('select[name="fit"]').inputValue()).toBe('tokens20');
			// Same model, tokens (20 per parameter), FLOP count: the same training compute.
			await expect.poll(() => rowValue(page, 'can-i-train-it', 'flops')).toBe(plain(quickFlops));
			expect(checked.problems).toEqual([]);
		} finally {
			await checked.close();
		}
	});
});
