/**
 * The form pieces every calculator is made of: labelled fields with their message (number,
 * choice, flag), the pickers' choices, the builders that bind them to a calculator's state,
 * and the conventions block.
 */
import type { ComponentChildren } from 'preact';
import type { CommonStrings } from '../../i18n/calculators/common.ts';
import { CURRENCIES, FLOP_COUNTS, MEM_UNITS, TIME_UNITS } from './conventions.ts';
import { PRECISIONS, type GpuOption, type ModelOption, type Precision } from './options.ts';

export type FieldProps = {
	id: string;
	name: string;
	label: string;
	disabled?: boolean;
	hint?: string;
	error?: string;
};

/** A field's frame: its label, the control, and the message (or the hint) under it. */
function Frame({
	id,
	name,
	label,
	hint,
	error,
	control,
}: FieldProps & {
	/** The control, given its id and the attributes that tie it to the message. */
	control: (fieldId: string, aria: Record<string, string | undefined>) => ComponentChildren;
}) {
	const fieldId = `${id}-${name}`;
	const help = error ?? hint;
	const aria = {
		'aria-invalid': error ? 'true' : undefined,
		'aria-describedby': help ? `${fieldId}-help` : undefined,
	};
	return (
		<div class="calc-field">
			<label for={fieldId}>{label}</label>
			{control(fieldId, aria)}
			{help && (
				<p id={`${fieldId}-help`} class={error ? 'calc-error' : 'calc-hint'}>
					{help}
				</p>
			)}
		</div>
	);
}

export function NumberField({
	text,
	onInput,
	...field
}: FieldProps & { text: string; onInput: (value: string) => void }) {
	return (
		<Frame
			{...field}
			control={(fieldId, aria) => (
				<input
					id={fieldId}
					name={field.name}
					type="text"
					inputMode="decimal"
					autoComplete="off"
					spellcheck={false}
					dir="ltr"
					value={text}
					readOnly={field.disabled}
					{...aria}
					onInput={(e) => onInput(e.currentTarget.value)}
				/>
			)}
		/>
	);
}

export function SelectField({
	value,
	options,
	onChange,
	...field
}: FieldProps & {
	value: string;
	options: readonly { value: string; label: string }[];
	onChange: (value: string) => void;
}) {
	return (
		<Frame
			{...field}
			control={(fieldId, aria) => (
				<select
					id={fieldId}
					name={field.name}
					value={value}
					disabled={field.disabled}
					{...aria}
					onChange={(e) => onChange(e.currentTarget.value)}
				>
					{options.map((o) => (
						<option key={o.value} value={o.value}>
							{o.label}
						</option>
					))}
				</select>
			)}
		/>
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
					'count',
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
