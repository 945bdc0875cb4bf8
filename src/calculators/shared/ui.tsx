/**
 * The pieces every calculator island is made of: labelled fields with their message, results
 * as label → value rows (each with its formula behind a disclosure), and the tools (copy link,
 * export JSON and CSV, reset). Numbers sit in <bdi dir="ltr"> so they read left to right in
 * Arabic while the row itself follows the page's direction.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { formatFlopPerSecond } from '../../format/index.ts';
import { fill } from './messages.ts';
import { CURRENCIES, FLOP_COUNTS, MEM_UNITS, TIME_UNITS } from './conventions.ts';
import {
	DEFAULT_MFU,
	PRECISIONS,
	type GpuOption,
	type ModelOption,
	type Precision,
} from './options.ts';
import type { CommonStrings } from '../../i18n/calculators/common.ts';

export type FieldProps = {
	id: string;
	name: string;
	label: string;
	disabled?: boolean;
	hint?: string;
	error?: string;
};

export function NumberField({
	id,
	name,
	label,
	text,
	hint,
	error,
	disabled,
	onInput,
}: FieldProps & { text: string; onInput: (value: string) => void }) {
	const fieldId = `${id}-${name}`;
	const help = error ?? hint;
	return (
		<div class="calc-field">
			<label for={fieldId}>{label}</label>
			<input
				id={fieldId}
				name={name}
				type="text"
				inputMode="decimal"
				autoComplete="off"
				spellcheck={false}
				dir="ltr"
				value={text}
				readOnly={disabled}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={help ? `${fieldId}-help` : undefined}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
			{help && (
				<p id={`${fieldId}-help`} class={error ? 'calc-error' : 'calc-hint'}>
					{help}
				</p>
			)}
		</div>
	);
}

export function SelectField({
	id,
	name,
	label,
	value,
	options,
	hint,
	error,
	disabled,
	onChange,
}: FieldProps & {
	value: string;
	options: readonly { value: string; label: string }[];
	onChange: (value: string) => void;
}) {
	const fieldId = `${id}-${name}`;
	const help = error ?? hint;
	return (
		<div class="calc-field">
			<label for={fieldId}>{label}</label>
			<select
				id={fieldId}
				name={name}
				value={value}
				disabled={disabled}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={help ? `${fieldId}-help` : undefined}
				onChange={(e) => onChange(e.currentTarget.value)}
			>
				{options.map((o) => (
					<option key={o.value} value={o.value}>
						{o.label}
					</option>
				))}
			</select>
			{help && (
				<p id={`${fieldId}-help`} class={error ? 'calc-error' : 'calc-hint'}>
					{help}
				</p>
			)}
		</div>
	);
}

export function CheckField({
	id,
	name,
	label,
	checked,
	disabled,
	onChange,
}: FieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
	const fieldId = `${id}-${name}`;
	return (
		<div class="calc-field calc-check">
			<input
				id={fieldId}
				name={name}
				type="checkbox"
				checked={checked}
				disabled={disabled}
				onChange={(e) => onChange(e.currentTarget.checked)}
			/>
			<label for={fieldId}>{label}</label>
		</div>
	);
}

/** One result: its label, its value (or "—" and why), and how it was computed. */
export type Row = {
	key: string;
	label: string;
	/** Formatted value; undefined shows "—" with `reason`. */
	value?: string;
	/** The number behind the value, for exports (SI units). */
	raw?: number | string;
	reason?: string;
	/** The formula with the reader's numbers in it. */
	formula?: string;
	/** A short line under the value (a convention, a caveat). */
	note?: string;
	/** Emphasised (the headline result). */
	main?: boolean;
	/** The value is a sentence in the page's language (true) or technical notation (false); by
	 * default isNotation decides. A sentence follows the page's direction; notation reads left
	 * to right. */
	text?: boolean;
};

/**
 * Whether a value is technical notation (numbers, SI units, scientific notation: "3.14 × 10²³
 * FLOP", "26.7 GiB"), which reads left to right in every language, as opposed to words in the
 * page's language: a sentence, a localized duration ("37 يومًا"), an amount of money or a
 * percentage the locale formatted with its own direction marks. Like <Num>, only notation is
 * forced left to right; words keep their own direction.
 */
export function isNotation(value: string): boolean {
	// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, presentation forms) or the marks
	// Intl puts around right-to-left money and percentages (RLM, ALM, RLE/RLO/RLI).
	return !/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u061c\u202b\u202e\u2067]/.test(value);
}

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

/** What the tools and the frame need from a calculator's state (useCalc). */
export type CalcState = {
	/** Prefix of the calculator's element ids (useId). */
	id: string;
	texts: Record<string, string>;
	hydrated: boolean;
	invalidLink: readonly string[];
	reset: () => void;
};

export function Tools({
	name,
	strings,
	calc,
	rows,
}: {
	name: string;
	strings: CommonStrings;
	calc: CalcState;
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
	calc: CalcState;
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

export type Option = { value: string; label: string };

/** Choices with their labels: optionsOf(['gib', 'gb'], strings.memUnits). */
export const optionsOf = (list: readonly string[], names: Record<string, string>): Option[] =>
	list.map((value) => ({ value, label: names[value] ?? value }));

/** The model picker's choices: the catalog's models by name. */
export const modelChoices = (models: readonly ModelOption[]): Option[] =>
	models.map((m) => ({ value: m.id, label: m.name }));

/** The GPU picker's choices: the catalog, and "My GPU (measured)" when there is one. */
export const gpuChoices = (gpus: readonly GpuOption[], common: CommonStrings): Option[] =>
	gpus.map((g) => ({ value: g.id, label: g.measured ? common.measuredGpu : g.name }));

/** The precisions this GPU has a dense peak for (and the current one, so it stays shown). */
export const precisionChoices = (
	gpu: GpuOption,
	current: Precision,
	common: CommonStrings,
): Option[] =>
	PRECISIONS.filter((p) => gpu.peakFlopsPerSecond[p] !== undefined || p === current).map((p) => ({
		value: p,
		label: common.precisions[p],
	}));

/**
 * Field builders bound to one calculator's state, so an island lists its inputs in a line
 * each: field('n', common.devices), select('gpu', common.gpu, gpuChoices(gpus, common)),
 * check('flash', strings.flash) (a flag held as '1' or '0').
 */
export function binder<K extends string>(
	calc: {
		id: string;
		texts: Record<K, string>;
		hydrated: boolean;
		set: (key: K, value: string) => void;
	},
	errors: Partial<Record<string, string>>,
) {
	const { id, texts, set } = calc;
	const disabled = !calc.hydrated;
	return {
		field: (key: K, label: string, hint?: string) => (
			<NumberField
				id={id}
				name={key}
				label={label}
				text={texts[key]}
				error={errors[key]}
				hint={hint}
				disabled={disabled}
				onInput={(v) => set(key, v)}
			/>
		),
		select: (key: K, label: string, options: readonly Option[], hint?: string) => (
			<SelectField
				id={id}
				name={key}
				label={label}
				value={texts[key]}
				options={options}
				error={errors[key]}
				hint={hint}
				disabled={disabled}
				onChange={(v) => set(key, v)}
			/>
		),
		check: (key: K, label: string) => (
			<CheckField
				id={id}
				name={key}
				label={label}
				checked={texts[key] === '1'}
				disabled={disabled}
				onChange={(c) => set(key, c ? '1' : '0')}
			/>
		),
	};
}
/** A binder as the shared pieces take it (any calculator's keys; methods compare bivariantly). */
export type Binder = {
	field(key: string, label: string, hint?: string): ReturnType<typeof NumberField>;
	select(
		key: string,
		label: string,
		options: readonly Option[],
		hint?: string,
	): ReturnType<typeof SelectField>;
	check(key: string, label: string): ReturnType<typeof CheckField>;
};

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

/** "40 % of the BF16 dense peak (…)", or of the measured rate for a measured GPU. */
export const mfuNote = (
	calc: { gpu: GpuOption; precision: Precision; peak?: number },
	/** The utilisation as shown, or '' for the peak alone. */
	mfu: string,
	strings: CommonStrings,
	locale: Locale,
) =>
	fill(calc.gpu.measured ? strings.mfuOfMeasured : strings.mfuOf, {
		mfu,
		precision: strings.precisions[calc.precision],
		peak: calc.peak === undefined ? '' : formatFlopPerSecond(calc.peak, locale),
	});

/** The MFU field's hint: why 40 %, shown only while the default is what the field holds. */
export const mfuHint = (mfu: number | undefined, strings: CommonStrings) =>
	mfu === DEFAULT_MFU ? strings.mfuWhy : undefined;

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

/**
 * The conventions a reader can switch, behind a disclosure: FLOP per token, then `children`
 * (a calculator's own: bytes per parameter, overheads), then memory, time and currency units.
 */
export function ConventionFields({
	bind: { select },
	strings,
	children,
}: {
	bind: Binder;
	strings: CommonStrings;
	children?: ComponentChildren;
}) {
	return (
		<details class="calc-conventions">
			<summary>{strings.conventions}</summary>
			<div class="calc-fields">
				{select(
					'flops',
					strings.flopCount,
					optionsOf(FLOP_COUNTS, strings.flopCounts),
					strings.flopCountWhy,
				)}
				{children}
				{select('mem', strings.memUnit, optionsOf(MEM_UNITS, strings.memUnits))}
				{select('time', strings.timeUnit, optionsOf(TIME_UNITS, strings.timeUnits))}
				{select('cur', strings.currency, optionsOf(CURRENCIES, strings.currencies))}
			</div>
		</details>
	);
}
