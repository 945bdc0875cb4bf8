/**
 * A small self-contained SVG chart of matrix size (log scale) against throughput (GFLOP/s),
 * one line per kernel. Axis labels are formatted for the page's locale; the SVG stays left to
 * right in Arabic (sizes grow to the right, as in the formulas).
 */
import { formatNumber } from '../format/index.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import type { Point } from '../bench/result.ts';

type Series = { label: string; points: Point[]; className: string };

type Props = {
	locale: Locale;
	title: string;
	xLabel: string;
	yLabel: string;
	series: Series[];
};

const W = 360;
const H = 200;
const PAD = { left: 48, right: 12, top: 22, bottom: 36 };

export default function BenchChart({ locale, title, xLabel, yLabel, series }: Props) {
	// Words follow the page's direction; numbers and the plot stay left to right.
	const direction = locales[locale].dir;
	const all = series.flatMap((s) => s.points).filter((p) => p.n > 0 && p.flopsPerSecond > 0);
	if (all.length === 0) return null;
	const xs = all.map((p) => Math.log2(p.n));
	const x0 = Math.min(...xs);
	const x1 = Math.max(x0 + 1, ...xs);
	const yMax = Math.max(...all.map((p) => p.flopsPerSecond / 1e9)) * 1.1;
	const px = (n: number) =>
		PAD.left + ((Math.log2(n) - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
	const py = (f: number) => H - PAD.bottom - (f / 1e9 / yMax) * (H - PAD.top - PAD.bottom);
	const sizes = [...new Set(all.map((p) => p.n))].sort((a, b) => a - b);
	const yTicks = [0, 0.5, 1].map((t) => t * yMax);
	const description = series
		.map(
			(s) =>
				`${s.label}: ${s.points
					.map((p) => `${p.n} → ${formatNumber(p.flopsPerSecond / 1e9, locale)} ${yLabel}`)
					.join(', ')}`,
		)
		.join('; ');
	return (
		<figure class="bench-chart">
			<figcaption>{title}</figcaption>
			<svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${description}`} dir="ltr">
				<line
					class="axis"
					x1={PAD.left}
					y1={H - PAD.bottom}
					x2={W - PAD.right}
					y2={H - PAD.bottom}
				/>
				<line class="axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} />
				{yTicks.map((v) => (
					<text key={v} x={PAD.left - 4} y={py(v * 1e9) + 4} text-anchor="end">
						{formatNumber(v, locale, { digits: 2 })}
					</text>
				))}
				{sizes.map((n) => (
					<text key={n} x={px(n)} y={H - PAD.bottom + 14} text-anchor="middle">
						{n}
					</text>
				))}
				<text
					x={(PAD.left + W - PAD.right) / 2}
					y={H - 4}
					text-anchor="middle"
					direction={direction}
				>
					{xLabel}
				</text>
				<text x={4} y={10}>
					{yLabel}
				</text>
				{series.map((s) => (
					<g key={s.label} class={s.className}>
						<polyline
							fill="none"
							points={s.points.map((p) => `${px(p.n)},${py(p.flopsPerSecond)}`).join(' ')}
						/>
						{s.points.map((p) => (
							<circle key={p.n} cx={px(p.n)} cy={py(p.flopsPerSecond)} r={3} />
						))}
					</g>
				))}
			</svg>
			<ul class="bench-legend" role="list">
				{series.map((s) => (
					<li key={s.label} class={s.className}>
						{s.label}
					</li>
				))}
			</ul>
		</figure>
	);
}
