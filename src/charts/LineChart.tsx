/**
 * Lines on linear or log axes (e.g. compute-optimal parameters against a FLOP budget), with
 * optional shaded x ranges (an impossible region), vertical markers, labelled points (known
 * models) and a legend. Points that cannot sit on a log axis are dropped, never drawn at NaN.
 */
import type { Locale } from '../i18n/locales.ts';
import { Frame, WIDTH } from './Frame.tsx';
import { FONT, anchorWithin, labelRows, legendLayout } from './layout.ts';
import { linearDomain, logDomain, loggable, makeScale, ticksOf } from './scale.ts';

export type Axis = { label: string; log?: boolean; format: (value: number) => string };
export type Series = { label: string; points: readonly (readonly [number, number])[] };
export type Region = { from: number; to: number; label: string };
export type Marker = { x: number; label: string };
export type Point = { x: number; y: number; label: string };

export type LineChartProps = {
	title: string;
	desc: string;
	x: Axis;
	y: Axis;
	series: readonly Series[];
	regions?: readonly Region[];
	markers?: readonly Marker[];
	/** Labelled points (e.g. known models), drawn as circles. */
	points?: readonly Point[];
	locale: Locale;
};

const PAD = 8;
const LEFT = 58;
const PLOT_HEIGHT = 220;
const SWATCH = 18;

export function LineChart({
	title,
	desc,
	x: xAxis,
	y: yAxis,
	series,
	regions = [],
	markers = [],
	points = [],
	locale,
}: LineChartProps) {
	const okX = (v: number) => (xAxis.log ? loggable(v) : Number.isFinite(v));
	const okY = (v: number) => (yAxis.log ? loggable(v) : Number.isFinite(v));
	const lines = series.map((s) => ({
		label: s.label,
		points: s.points.filter(([px, py]) => okX(px) && okY(py)),
	}));
	const dots = points.filter((p) => okX(p.x) && okY(p.y));
	const marks = markers.filter((m) => okX(m.x));
	const xs = [...lines.flatMap((l) => l.points.map((p) => p[0])), ...dots.map((p) => p.x)];
	const ys = [...lines.flatMap((l) => l.points.map((p) => p[1])), ...dots.map((p) => p.y)];
	const xDomain = xAxis.log ? logDomain(xs) : linearDomain(xs, false);
	const yDomain = yAxis.log ? logDomain(ys) : linearDomain(ys, false);

	const x = makeScale(xDomain, [LEFT, WIDTH - PAD], xAxis.log);
	// Marker labels sit above the plot, spread over as many rows as they need.
	const markRows = labelRows(marks.map((m) => ({ x: x(m.x), text: m.label })));
	const markRowCount = marks.length ? Math.max(...markRows) + 1 : 0;
	const top = PAD + FONT + 10; // room for the y axis title
	const plotTop = top + markRowCount * (FONT + 2) + (marks.length ? 4 : 0);
	const plotBottom = plotTop + PLOT_HEIGHT;
	const y = makeScale(yDomain, [plotBottom, plotTop], yAxis.log);
	const xTicks = ticksOf(x, locale, xAxis.format);
	const yTicks = ticksOf(y, locale, yAxis.format);
	const legend = legendLayout(
		lines.map((l) => l.label),
		WIDTH - 2 * PAD,
		SWATCH,
	);
	const legendTop = plotBottom + 2 * FONT + 30;
	const legendRows = legend.length ? Math.max(...legend.map((l) => l.row)) + 1 : 0;
	const height = legendTop + legendRows * (FONT + 8) + PAD;

	const path = (pts: readonly (readonly [number, number])[]) =>
		pts.map(([px, py], i) => `${i ? 'L' : 'M'}${x(px).toFixed(1)} ${y(py).toFixed(1)}`).join(' ');
	const described = [
		...regions.map((r) => `${r.label}: ${xAxis.format(r.from)} – ${xAxis.format(r.to)}.`),
		...marks.map((m) => `${m.label}: ${xAxis.format(m.x)}.`),
		...dots.map((p) => `${p.label}: ${xAxis.format(p.x)}, ${yAxis.format(p.y)}.`),
	].join(' ');

	return (
		<Frame
			title={title}
			desc={`${desc} ${described}`.trim()}
			height={height}
			class="chart-line-chart"
		>
			{regions.map((r, i) => {
				const x0 = x(Math.min(r.from, r.to));
				const x1 = x(Math.max(r.from, r.to));
				if (!(x1 - x0 > 0)) return null;
				const a = anchorWithin((x0 + x1) / 2, r.label, x0 + 2, x1 - 2);
				return (
					<g key={`reg${i}`}>
						<rect class="chart-region" x={x0} y={plotTop} width={x1 - x0} height={PLOT_HEIGHT} />
						<text class="chart-region-label" x={a.x} y={plotTop + FONT + 4} text-anchor={a.anchor}>
							{r.label}
						</text>
					</g>
				);
			})}
			{yTicks.map((t) => (
				<g key={`y${t.label}`}>
					<line class="chart-grid" x1={LEFT} x2={WIDTH - PAD} y1={y(t.value)} y2={y(t.value)} />
					<text x={LEFT - 4} y={y(t.value) + FONT / 3} text-anchor="end">
						{t.label}
					</text>
				</g>
			))}
			{xTicks.map((t) => {
				const a = anchorWithin(x(t.value), t.label, 0, WIDTH);
				return (
					<g key={`x${t.label}`}>
						<line class="chart-grid" x1={x(t.value)} x2={x(t.value)} y1={plotTop} y2={plotBottom} />
						<text x={a.x} y={plotBottom + FONT + 4} text-anchor={a.anchor}>
							{t.label}
						</text>
					</g>
				);
			})}
			<line class="chart-axis" x1={LEFT} x2={WIDTH - PAD} y1={plotBottom} y2={plotBottom} />
			<line class="chart-axis" x1={LEFT} x2={LEFT} y1={plotTop} y2={plotBottom} />
			<text class="chart-axis-label" x={PAD} y={PAD + FONT}>
				{yAxis.label}
			</text>
			<text
				class="chart-axis-label"
				x={(LEFT + WIDTH - PAD) / 2}
				y={plotBottom + 2 * FONT + 14}
				text-anchor="middle"
			>
				{xAxis.label}
			</text>
			{lines.map((l, i) =>
				l.points.length ? (
					<path key={`s${i}`} class={`chart-line line-${i % 6}`} d={path(l.points)} />
				) : null,
			)}
			{marks.map((m, i) => {
				const a = anchorWithin(x(m.x), m.label, 0, WIDTH);
				const labelY = plotTop - 4 - markRows[i] * (FONT + 2);
				return (
					<g key={`m${i}`}>
						<line class="chart-ref" x1={x(m.x)} x2={x(m.x)} y1={plotTop} y2={plotBottom} />
						<text x={a.x} y={labelY} text-anchor={a.anchor}>
							{m.label}
						</text>
					</g>
				);
			})}
			{dots.map((p, i) => {
				const a = anchorWithin(x(p.x) + 6, p.label, LEFT, WIDTH);
				return (
					<g key={`p${i}`}>
						<circle class="chart-point" cx={x(p.x)} cy={y(p.y)} r={4} />
						<text
							x={a.anchor === 'end' ? x(p.x) - 6 : x(p.x) + 6}
							y={y(p.y) - 6}
							text-anchor={a.anchor === 'end' ? 'end' : 'start'}
						>
							{p.label}
						</text>
					</g>
				);
			})}
			{lines.map((l, i) => (
				<g
					key={`l${i}`}
					transform={`translate(${PAD + legend[i].x} ${legendTop + legend[i].row * (FONT + 8)})`}
				>
					<line
						class={`chart-line line-${i % 6}`}
						x1={0}
						x2={SWATCH}
						y1={SWATCH / 2 - 2}
						y2={SWATCH / 2 - 2}
					/>
					<text x={SWATCH + 6} y={SWATCH / 2 + 2}>
						{l.label}
					</text>
				</g>
			))}
		</Frame>
	);
}
