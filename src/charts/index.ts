/**
 * Small SVG charts (Preact): rendered at build time in articles (no JavaScript shipped when
 * used without a client directive) and live inside calculator islands. See Frame.tsx for how
 * direction, colours and accessibility are handled.
 */
export { LogBarChart } from './LogBarChart.tsx';
export type { LogBar, LogBarChartProps } from './LogBarChart.tsx';
export { StackedBarChart } from './StackedBarChart.tsx';
export type { Reference, StackPart, StackedBar, StackedBarChartProps } from './StackedBarChart.tsx';
export { LineChart } from './LineChart.tsx';
export type { Axis, LineChartProps, Marker, Point, Region, Series } from './LineChart.tsx';
export {
	decadeLabel,
	decadeTicks,
	linearDomain,
	linearTicks,
	logDomain,
	makeScale,
	niceStep,
	ticksOf,
} from './scale.ts';
export type { Scale } from './scale.ts';
