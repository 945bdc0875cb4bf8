/**
 * One horizontal stacked bar per item (e.g. a model's training memory by part) on a linear
 * axis from zero, with vertical reference lines (e.g. 12, 16, 24 and 80 GB cards) and a legend.
 * Give values in the axis's display unit (GiB, not bytes) so the ticks land on round numbers
 * (0, 20, 40 GiB); `formatValue` adds the unit.
 */
import type { Locale } from '../i18n/locales.ts';
import { Frame, WIDTH } from './Frame.tsx';
import { FONT, anchorWithin, labelRows, legendLayout } from './layout.ts';
import { linearDomain, makeScale, ticksOf } from './scale.ts';

export type StackPart = { key: string; label: string; value: number };
export type StackedBar = { label: string; parts: readonly StackPart[] };
export type Reference = { label: string; value: number };

export type StackedBarChartProps = {
	title: string;
	desc: string;
	bars: readonly StackedBar[];
	references?: readonly Reference[];
	/** Axis title with its unit, e.g. "Memory per GPU (GiB)". */
	axisLabel: string;
	formatValue: (value: number) => string;
	locale: Locale;
};

const PAD = 8;
const ROW = 40;
const BAR = 16;
const SWATCH = 12;

const usable = (v: number) => Number.isFinite(v) && v > 0;

export function StackedBarChart({
	title,
	desc,
	bars,
	references = [],
	axisLabel,
	formatValue,
	locale,
}: StackedBarChartProps) {
	const totals = bars.map((b) => b.parts.reduce((s, p) => s + (usable(p.value) ? p.value : 0), 0));
	const refs = references.filter((r) => usable(r.value));
	const domain = linearDomain([...totals, ...refs.map((r) => r.value)]);
	const x = makeScale(domain, [PAD, WIDTH - PAD]);
	const ticks = ticksOf(x, locale, formatValue, 4);
	// Keys in first-seen order give each part one colour across bars.
	const keys: { key: string; label: string }[] = [];
	for (const b of bars) {
		for (const p of b.parts) if (!keys.some((k) => k.key === p.key)) keys.push(p);
	}
	const colour = (key: string) => `part-${keys.findIndex((k) => k.key === key) % 6}`;

	const refLabels = refs.map((r) => ({ x: x(r.value), text: r.label }));
	const refRows = labelRows(refLabels);
	const refRowCount = refs.length ? Math.max(...refRows) + 1 : 0;
	const top = PAD + refRowCount * (FONT + 4);
	const plotBottom = top + bars.length * ROW;
	const legend = legendLayout(
		keys.map((k) => k.label),
		WIDTH - 2 * PAD,
		SWATCH,
	);
	const legendTop = plotBottom + 2 * FONT + 30;
	const legendRows = legend.length ? Math.max(...legend.map((l) => l.row)) + 1 : 0;
	const height = legendTop + legendRows * (FONT + 8) + PAD;

	const described = bars
		.map(
			(b, i) =>
				`${b.label}: ${formatValue(totals[i])} (${b.parts
					.filter((p) => usable(p.value))
					.map((p) => `${p.label} ${formatValue(p.value)}`)
					.join(', ')}).`,
		)
		.join(' ');
	const refText = refs.map((r) => `${r.label}: ${formatValue(r.value)}.`).join(' ');

	return (
		<Frame
			title={title}
			desc={`${desc} ${described} ${refText}`.trim()}
			height={height}
			class="chart-stacked"
		>
			{ticks.map((t) => (
				<line
					key={`g${t.value}`}
					class="chart-grid"
					x1={x(t.value)}
					x2={x(t.value)}
					y1={top}
					y2={plotBottom}
				/>
			))}
			{bars.map((b, i) => {
				const y = top + i * ROW;
				let start = 0;
				return (
					<g key={`${b.label}-${i}`}>
						<text x={PAD} y={y + FONT + 2}>
							{b.label}
						</text>
						<text x={WIDTH - PAD} y={y + FONT + 2} text-anchor="end" class="chart-soft">
							{formatValue(totals[i])}
						</text>
						{b.parts
							.filter((p) => usable(p.value))
							.map((p) => {
								const x0 = x(start);
								start += p.value;
								const w = x(start) - x0;
								return (
									<rect
										key={p.key}
										class={colour(p.key)}
										x={x0}
										y={y + FONT + 7}
										width={Math.max(0, w)}
										height={BAR}
									>
										<title>{`${p.label}: ${formatValue(p.value)}`}</title>
									</rect>
								);
							})}
					</g>
				);
			})}
			{refs.map((r, i) => {
				const a = anchorWithin(x(r.value), r.label, 0, WIDTH);
				const labelY = PAD + refRows[i] * (FONT + 4) + FONT - 2;
				return (
					<g key={`r${i}`}>
						<line
							class="chart-ref"
							x1={x(r.value)}
							x2={x(r.value)}
							y1={labelY + 3}
							y2={plotBottom}
						/>
						<text x={a.x} y={labelY} text-anchor={a.anchor}>
							{r.label}
						</text>
					</g>
				);
			})}
			<line class="chart-axis" x1={PAD} x2={WIDTH - PAD} y1={plotBottom} y2={plotBottom} />
			{ticks.map((t) => {
				const a = anchorWithin(x(t.value), t.label, 0, WIDTH);
				return (
					<text key={`t${t.value}`} x={a.x} y={plotBottom + FONT + 4} text-anchor={a.anchor}>
						{t.label}
					</text>
				);
			})}
			<text
				class="chart-axis-label"
				x={WIDTH / 2}
				y={plotBottom + 2 * FONT + 14}
				text-anchor="middle"
			>
				{axisLabel}
			</text>
			{keys.map((k, i) => (
				<g
					key={`l${k.key}`}
					transform={`translate(${PAD + legend[i].x} ${legendTop + legend[i].row * (FONT + 8)})`}
				>
					<rect class={colour(k.key)} width={SWATCH} height={SWATCH} rx={2} />
					<text x={SWATCH + 6} y={SWATCH - 2}>
						{k.label}
					</text>
				</g>
			))}
		</Frame>
	);
}
