import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LineChart, LogBarChart, StackedBarChart } from '../../src/charts/index.ts';
import { formatBytes, formatNumber } from '../../src/format/index.ts';

afterEach(cleanup);

/** Text with no-break spaces as plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const flop = (v: number) => `${formatNumber(v, 'en')} FLOP`;

function svgOf(container: Element) {
	const svg = container.querySelector('svg')!;
	const title = svg.querySelector('title');
	return { svg, title, text: plain(svg.textContent) };
}

describe('LogBarChart', () => {
	const bars = [
		{ label: 'One RTX 4070 Ti for a year', value: 1.14e21, tone: 'budget' as const },
		{ label: 'GPT-3 175B', value: 3.14e23 },
		{ label: 'broken', value: NaN },
		{ label: 'zero', value: 0 },
	];

	it('is an image labelled by its title and described by its desc', () => {
		const { container } = render(
			<LogBarChart
				title="Compute"
				desc="Budget against models."
				bars={bars}
				axisLabel="Training compute (FLOP)"
				formatValue={flop}
				locale="en"
			/>,
		);
		const { svg, title, text } = svgOf(container);
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('dir')).toBe('ltr');
		expect(svg.getAttribute('width')).toBe('100%');
		expect(document.getElementById(svg.getAttribute('aria-labelledby')!)).toBe(title);
		expect(title?.textContent).toBe('Compute');
		const desc = document.getElementById(svg.getAttribute('aria-describedby')!);
		expect(plain(desc?.textContent)).toContain('GPT-3 175B: 3.14 × 10²³ FLOP');
		// decade ticks 10²¹ … 10²⁴, the axis title, one bar per drawable value
		for (const tick of ['10²¹', '10²²', '10²³', '10²⁴']) expect(text).toContain(tick);
		expect(text).toContain('Training compute (FLOP)');
		expect(svg.querySelectorAll('rect')).toHaveLength(2);
		expect(svg.querySelector('rect.tone-budget')).not.toBeNull();
		expect(svg.outerHTML).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('bar lengths follow the log scale: 3.14e23 is longer than 1.14e21', () => {
		const { container } = render(
			<LogBarChart
				title="t"
				desc="d"
				bars={bars}
				axisLabel="FLOP"
				formatValue={flop}
				locale="en"
			/>,
		);
		const [budget, gpt3] = [...container.querySelectorAll('rect')].map((r) =>
			Number(r.getAttribute('width')),
		);
		// [1e21, 1e24] over 464 units: log10(1.14) / 3 and log10(314) / 3 of it
		expect(budget).toBeCloseTo((464 * Math.log10(1.14)) / 3, 1);
		expect(gpt3).toBeCloseTo((464 * Math.log10(314)) / 3, 1);
	});

	it('renders with no bars at all', () => {
		const { container } = render(
			<LogBarChart title="t" desc="d" bars={[]} axisLabel="FLOP" formatValue={flop} locale="ar" />,
		);
		expect(container.querySelector('svg')!.outerHTML).not.toMatch(/NaN|Infinity|undefined/);
	});
});

describe('StackedBarChart', () => {
	// Values in the axis unit (GiB) give round ticks: 0, 20, 40… GiB.
	const gib = (v: number) => formatBytes(v * 2 ** 30, 'en', { system: 'binary' });
	const G = 1;
	it('stacks parts, draws reference lines and a legend', () => {
		const { container } = render(
			<StackedBarChart
				title="Memory"
				desc="Per GPU."
				bars={[
					{
						label: 'GPT-2 XL',
						parts: [
							{ key: 'weights', label: 'Weights', value: 3 * G },
							{ key: 'optimizer', label: 'Optimizer', value: 18 * G },
							{ key: 'bad', label: 'Bad', value: NaN },
						],
					},
				]}
				references={[
					{ label: '12 GiB', value: 12 * G },
					{ label: '80 GiB', value: 80 * G },
				]}
				axisLabel="Memory per GPU"
				formatValue={gib}
				locale="en"
			/>,
		);
		const { svg, text } = svgOf(container);
		expect(svg.querySelectorAll('line.chart-ref')).toHaveLength(2);
		expect(text).toContain('21 GiB'); // 3 + 18
		expect(text).toContain('Weights');
		expect(text).toContain('12 GiB');
		expect(text).toContain('80 GiB');
		expect(text).toContain('40 GiB'); // a round tick
		const desc = document.getElementById(svg.getAttribute('aria-describedby')!);
		expect(plain(desc?.textContent)).toContain(
			'GPT-2 XL: 21 GiB (Weights 3 GiB, Optimizer 18 GiB)',
		);
		expect(svg.outerHTML).not.toMatch(/NaN|Infinity|undefined/);
	});
});

describe('LineChart', () => {
	it('draws series, regions, markers and points on log axes', () => {
		const { container } = render(
			<LineChart
				title="Frontier"
				desc="Optimal parameters."
				x={{ label: 'Compute (FLOP)', log: true, format: flop }}
				y={{ label: 'Parameters', log: true, format: (v) => formatNumber(v, 'en') }}
				series={[
					{
						label: '20 tokens per parameter',
						points: [
							[1.2e19, 1e8],
							[1.2e23, 1e10],
							[NaN, 5],
						],
					},
				]}
				regions={[{ from: 1e23, to: 1e24, label: 'Out of reach' }]}
				markers={[{ x: 1.14e21, label: 'Your budget' }]}
				points={[{ x: 5.76e23, y: 70e9, label: 'Chinchilla' }]}
				locale="en"
			/>,
		);
		const { svg, text } = svgOf(container);
		expect(svg.querySelectorAll('path.chart-line')).toHaveLength(1);
		expect(svg.querySelector('rect.chart-region')).not.toBeNull();
		expect(svg.querySelector('circle.chart-point')).not.toBeNull();
		for (const s of ['Your budget', 'Chinchilla', 'Out of reach', '10²³', 'Compute (FLOP)'])
			expect(text).toContain(s);
		expect(svg.outerHTML).not.toMatch(/NaN|Infinity|undefined/);
	});
});
