/**
 * A pasted (or dropped, or chosen) config.json → the architecture it describes, kept in the
 * calculator's link as a code (arch-code.ts). The file is read in the browser (FileReader);
 * nothing leaves the page. Shows what was read, the keys ignored, and a malformed, hostile or
 * huge file's error next to the field in the page's language.
 */
import { useState } from 'preact/hooks';
import {
	EstimateError,
	HF_CONFIG_LIMITS,
	HF_MODEL_TYPES,
	parseHfConfig,
	type HfImport,
} from '../../core/index.ts';
import { formatPlain } from '../../format/index.ts';
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import type { Locale } from '../../i18n/locales.ts';
import { decodeArch, encodeArch } from './arch-code.ts';
import { fill } from './messages.ts';

type ConfigStrings = TrainStrings['config'];

/** The reader's words for a config.json the core refused (its EstimateError's field). */
export function configMessage(
	error: EstimateError,
	text: string,
	strings: ConfigStrings,
	locale: Locale,
): string {
	const e = strings.errors;
	if (error.field === 'config') {
		if (text.trim() === '') return e.empty;
		if (text.length > HF_CONFIG_LIMITS.characters)
			return fill(e.tooLong, {
				n: formatPlain(text.length, locale),
				max: formatPlain(HF_CONFIG_LIMITS.characters, locale),
			});
		return e.notJson;
	}
	if (error.field === 'model_type') return fill(e.modelType, { types: HF_MODEL_TYPES.join(', ') });
	return fill(e.key, { key: error.field });
}

/** Reads a config text: the link's code and what was read, or the reader's message. */
export function readConfig(
	text: string,
	strings: ConfigStrings,
	locale: Locale,
): { code: string; read: HfImport; error?: undefined } | { error: string } {
	try {
		const read = parseHfConfig(text);
		return { code: encodeArch({ arch: read.arch, modelType: read.modelType }), read };
	} catch (error) {
		if (error instanceof EstimateError)
			return { error: configMessage(error, text, strings, locale) };
		throw error;
	}
}

/** The rows of "Architecture read" for an architecture code. */
export function archSummary(
	code: string,
	strings: ConfigStrings,
	locale: Locale,
): [string, string][] | undefined {
	const read = decodeArch(code);
	if (!read) return undefined;
	const { arch: a, modelType } = read;
	const n = (x: number) => formatPlain(x, locale);
	const rows: [string, string][] = [
		[strings.modelType, modelType ?? a.family],
		[strings.layers, n(a.layers)],
		[strings.width, n(a.dModel)],
		[strings.heads, `${n(a.heads)} / ${n(a.kvHeads ?? a.heads)}`],
		[strings.headDim, n(a.headDim ?? a.dModel / a.heads)],
	];
	if (a.moe)
		rows.push([
			strings.experts,
			`${n(a.moe.experts)} / ${n(a.moe.perToken)} / ${n(a.moe.sharedExperts ?? 0)}`,
		]);
	if (a.mla)
		rows.push([
			strings.mla,
			`${a.mla.qLoraRank === undefined ? '—' : n(a.mla.qLoraRank)} / ${n(a.mla.kvLoraRank)}`,
		]);
	return rows;
}

export function ConfigField({
	id,
	code,
	strings,
	locale,
	disabled,
	onCode,
}: {
	id: string;
	/** The link's code ('' for none yet). */
	code: string;
	strings: ConfigStrings;
	locale: Locale;
	disabled?: boolean;
	onCode: (code: string) => void;
}) {
	const [text, setText] = useState('');
	const [error, setError] = useState<string>();
	const [ignored, setIgnored] = useState<string[]>();
	const fieldId = `${id}-config`;

	const take = (value: string) => {
		setText(value.length > 20_000 ? `${value.slice(0, 20_000)}…` : value);
		const result = readConfig(value, strings, locale);
		if (result.error !== undefined) {
			setError(result.error);
			setIgnored(undefined);
			return;
		}
		setError(undefined);
		setIgnored(result.read.ignored);
		onCode(result.code);
	};
	const readFile = (file: File | undefined) => {
		if (!file) return;
		// A huge file is refused by its size, before any of it is read.
		if (file.size > HF_CONFIG_LIMITS.characters * 4) {
			take('x'.repeat(HF_CONFIG_LIMITS.characters + 1));
			return;
		}
		const reader = new FileReader();
		reader.onload = () => take(typeof reader.result === 'string' ? reader.result : '');
		reader.onerror = () => setError(strings.errors.file);
		reader.readAsText(file);
	};

	const summary = code ? archSummary(code, strings, locale) : undefined;
	const help = error ?? strings.hint;
	return (
		<div class="calc-field calc-config">
			<label for={fieldId}>{strings.label}</label>
			<textarea
				id={fieldId}
				name="config"
				rows={6}
				dir="ltr"
				spellcheck={false}
				autoComplete="off"
				value={text}
				readOnly={disabled}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={`${fieldId}-help`}
				onInput={(e) => take(e.currentTarget.value)}
				onDragOver={(e) => e.preventDefault()}
				onDrop={(e) => {
					e.preventDefault();
					readFile(e.dataTransfer?.files[0]);
				}}
			/>
			<p id={`${fieldId}-help`} class={error ? 'calc-error' : 'calc-hint'}>
				{help}
			</p>
			<label class="calc-file">
				{strings.file}{' '}
				<input
					type="file"
					accept=".json,application/json"
					disabled={disabled}
					onChange={(e) => readFile(e.currentTarget.files?.[0])}
				/>
			</label>
			{summary && (
				<div class="calc-config-read">
					<p>
						<strong>{strings.readTitle}</strong>
					</p>
					<dl>
						{summary.map(([k, v]) => (
							<div key={k}>
								<dt>{k}</dt>
								<dd dir="ltr">{v}</dd>
							</div>
						))}
					</dl>
					<p class="calc-hint">
						{ignored
							? fill(strings.ignored, { keys: ignored.length ? ignored.join(', ') : strings.none })
							: strings.fromLink}
					</p>
				</div>
			)}
		</div>
	);
}
