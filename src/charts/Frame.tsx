/**
 * The <svg> every chart draws in: role="img", labelled by its localized <title> and <desc>,
 * scaled to the width of its container (viewBox, width 100 %), coloured from the site's CSS
 * custom properties (charts.css) so both colour schemes work.
 *
 * Direction: the <svg> is always left to right, in Arabic too (dir="ltr", and `direction: ltr`
 * in charts.css, since SVG text takes its direction from CSS). Numeric axes read left to right
 * in every language (as the site's numbers and formulas do), so x grows to the right and
 * "start" means left inside a chart. Text labels are passed as given and drawn as isolated
 * bidi runs (layout.ts `isolate`): an Arabic label reads right to left in its own order, a
 * Latin one left to right, and both are placed the same way; `lang` on the page keeps the
 * Arabic font and shaping.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import './charts.css';

/** viewBox width: the 360 px phone the charts are designed for (text stays readable there). */
export const WIDTH = 360;

export function Frame({
	title,
	desc,
	height,
	children,
	class: className,
}: {
	title: string;
	desc: string;
	height: number;
	children: ComponentChildren;
	class?: string;
}) {
	const id = useId();
	return (
		<svg
			class={`chart${className ? ` ${className}` : ''}`}
			role="img"
			aria-labelledby={`${id}-t`}
			aria-describedby={`${id}-d`}
			viewBox={`0 0 ${WIDTH} ${Math.ceil(height)}`}
			width="100%"
			dir="ltr"
			xmlns="http://www.w3.org/2000/svg"
		>
			<title id={`${id}-t`}>{title}</title>
			<desc id={`${id}-d`}>{desc}</desc>
			{children}
		</svg>
	);
}
