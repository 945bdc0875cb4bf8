/**
 * Horizontal bars on a log-scale value axis (decade ticks, 10²¹ labels): training compute of
 * known models against a budget, and the like. Each bar carries its name and formatted value.
 * Values that cannot sit on a log axis (zero, negative, not finite) are left out of the bars
 * and listed in the description.
 */
import type { Locale } from '../i18n/locales.ts';
import { Frame, WIDTH } from './Frame.tsx';
import { FONT, anchorWithin } from './layout.ts';
import { logDomain, loggable, makeScale, ticksOf } from './scale.ts';

export type LogBar = { label: string; value: number; tone?: 'model' | 'budget' | 'highlight' };

export type LogBarChartProps = {
	title: string;
	desc: string;
	bars: readonly LogBar[];
	/** Axis title with its unit, e.g. "Training compute (FLOP)". */
	axisLabel: string;
	formatValue: (value: number) => string;
	locale: Locale;
};

const PAD = 8;
const ROW = 38;
const BAR = 13;

export function LogBarChart({
	title,
	desc,
	bars,
	axisLabel,
	formatValue,
	locale,
}: LogBarChartProps) {
	const shown = bars.filter((b) => loggable(b.value));
	const domain = logDomain(shown.map((b) => b.value));
	const x = makeScale(domain, [PAD, WIDTH - PAD], true);
	const ticks = ticksOf(x, locale);
	const top = PAD;
	const plotBottom = top + shown.length * ROW;
	const height = plotBottom + 2 * FONT + 26;
	const full = `${desc} ${shown.map((b) => `${b.label}: ${formatValue(b.value)}.`).join(' ')}`;
	return (
		<Frame title={title} desc={full.trim()} height={height} class="chart-logbar">
			{ticks.map((t) => (
				<line
					key={t.label}
					class="chart-grid"
					x1={x(t.value)}
					x2={x(t.value)}
					y1={top}
					y2={plotBottom}
				/>
			))}
			{shown.map((b, i) => {
				const y = top + i * ROW;
				return (
					<g key={`${b.label}-${i}`}>
						<text x={PAD} y={y + FONT}>
							{b.label}
						</text>
						<text x={WIDTH - PAD} y={y + FONT} text-anchor="end" class="chart-soft">
							{formatValue(b.value)}
						</text>
						<rect
							class={`tone-${b.tone ?? 'model'}`}
							x={PAD}
							y={y + FONT + 5}
							width={Math.max(2, x(b.value) - PAD)}
							height={BAR}
							rx={2}
						/>
					</g>
				);
			})}
			<line class="chart-axis" x1={PAD} x2={WIDTH - PAD} y1={plotBottom} y2={plotBottom} />
			{ticks.map((t) => {
				const a = anchorWithin(x(t.value), t.label, 0, WIDTH);
				return (
					<text key={t.label} x={a.x} y={plotBottom + FONT + 4} text-anchor={a.anchor}>
						{t.label}
					</text>
				);
			})}
			<text
				class="chart-axis-label"
				x={WIDTH / 2}
				y={plotBottom + 2 * FONT + 16}
				text-anchor="middle"
			>
				{axisLabel}
			</text>
		</Frame>
	);
}
