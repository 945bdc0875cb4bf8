/**
 * The frame of every calculator: its title and notes, results as label → value rows (each
 * with its formula behind a disclosure), and the tools (copy link, export JSON and CSV,
 * reset). Numbers sit in <bdi dir="ltr"> so they read left to right in Arabic while the row
 * itself follows the page's direction.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CommonStrings } from '../../i18n/calculators/common.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fill } from './messages.ts';
import type { GpuOption } from './options.ts';
import { isNotation, type Row } from './rows.ts';
import type { Calc } from './useCalc.ts';

export function Results({
	rows,
	strings,
	locale,
	label,
}: {
	rows: readonly Row[];
	strings: CommonStrings;
	locale: Locale;
	label?: string;
}) {
	return (
		<dl class="calc-results" aria-live="polite" aria-label={label ?? strings.results}>
			{rows.map((r) => (
				<div
					key={r.key}
					class={`calc-row${r.main ? ' calc-main' : ''}`}
					data-key={r.key}
					data-raw={typeof r.raw === 'number' ? r.raw : undefined}
				>
					<dt>{r.label}</dt>
					<dd>
						{r.value === undefined ? (
							<>
								<span class="calc-value">—</span>
								<span class="calc-reason">{r.reason ?? strings.needsInput}</span>
							</>
						) : (r.text ?? !isNotation(r.value)) ? (
							<span class="calc-value">{r.value}</span>
						) : (
							<bdi class="calc-value" dir="ltr">
								{r.value}
							</bdi>
						)}
						{r.note && <span class="calc-note-line">{r.note}</span>}
						{r.formula && r.value !== undefined && (
							<details class="calc-how">
								<summary>{strings.how}</summary>
								<p>
									<bdi dir="ltr">{r.formula}</bdi>
								</p>
								<p>
									<a href={`/${locale}/methods/`}>{strings.methods}</a>
								</p>
							</details>
						)}
					</dd>
				</div>
			))}
		</dl>
	);
}

export function Tools({
	name,
	strings,
	calc,
	rows,
}: {
	name: string;
	strings: CommonStrings;
	calc: Calc;
	rows: readonly Row[];
}) {
	const { texts: inputs, hydrated } = calc;
	const disabled = !hydrated;
	const [status, setStatus] = useState('');
	// The export code loads when a reader asks for a file (exports.ts), not with the calculator.
	const save = (kind: 'json' | 'csv') =>
		import('./exports.ts').then(
			(m) => m.save(kind, name, inputs, rows),
			() => setStatus(strings.exportFailed),
		);
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(location.href);
			setStatus(strings.copied);
		} catch {
			setStatus(strings.copyFailed);
		}
	};
	return (
		<div class="calc-tools">
			<button type="button" onClick={copy} disabled={disabled}>
				{strings.copyLink}
			</button>
			<button type="button" disabled={disabled} onClick={() => save('json')}>
				{strings.exportJson}
			</button>
			<button type="button" disabled={disabled} onClick={() => save('csv')}>
				{strings.exportCsv}
			</button>
			<button
				type="button"
				disabled={disabled}
				onClick={() => {
					calc.reset();
					setStatus('');
				}}
			>
				{strings.reset}
			</button>
			<span class="calc-status" role="status">
				{status}
			</span>
		</div>
	);
}

/** The frame of a calculator: title, link and no-JavaScript notes, and its content. */
export function Shell({
	title,
	intro,
	strings,
	calc: { id, hydrated, invalidLink },
	children,
	level = 3,
}: {
	/** Heading level of the title: 3 inside an article's section, 2 as a page's own section. */
	level?: 2 | 3;
	title: string;
	intro?: string;
	strings: CommonStrings;
	calc: Calc;
	children: ComponentChildren;
}) {
	return (
		<section class="calc" aria-labelledby={`${id}-title`} data-pagefind-ignore>
			{level === 2 ? (
				<h2 id={`${id}-title`} class="calc-title">
					{title}
				</h2>
			) : (
				<h3 id={`${id}-title`} class="calc-title">
					{title}
				</h3>
			)}
			{intro && <p class="calc-intro">{intro}</p>}
			{!hydrated && <p class="calc-nojs">{strings.noJs}</p>}
			{invalidLink.length > 0 && (
				<p class="calc-note" role="status">
					{strings.linkNote}
				</p>
			)}
			{children}
		</section>
	);
}

/**
 * The line under the GPU picker when the benchmark stored a measurement: which GPU, when, and
 * a button that forgets it.
 */
export function MeasuredLine({
	gpu,
	strings,
	onForget,
	disabled,
}: {
	gpu: GpuOption;
	strings: CommonStrings;
	onForget: () => void;
	disabled?: boolean;
}) {
	const name = gpu.device ?? gpu.name;
	return (
		<p class="calc-measured">
			{fill(strings.measuredStored, { name, date: gpu.measuredAt ?? '' })}{' '}
			<button type="button" class="calc-forget" onClick={onForget} disabled={disabled}>
				{strings.forgetMeasured}
			</button>
		</p>
	);
}

/** A heading inside a calculator: one level below its title (h3 under an h2, h4 under an h3). */
export function Subheading({
	level = 3,
	children,
}: {
	level?: 2 | 3;
	children: ComponentChildren;
}) {
	return level === 2 ? (
		<h3 class="calc-subheading">{children}</h3>
	) : (
		<h4 class="calc-subheading">{children}</h4>
	);
}
