/**
 * The <svg> every chart draws in: role="img", labelled by its localized <title> and <desc>,
 * scaled to the width of its container (viewBox, width 100 %), coloured from the site's CSS
 * custom properties (charts.css) so both colour schemes work.
 *
 * Direction: the <svg> is always dir="ltr", in Arabic too. Numeric axes read left to right in
 * every language (as the site's numbers and formulas do), so x grows to the right and "start"
 * means left inside a chart. Text labels are passed as given: the browser's bidi algorithm
 * still lays out an Arabic label right to left within its own run, and `lang` on the page
 * keeps its font and shaping.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import './charts.css';

export const WIDTH = 480;

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
