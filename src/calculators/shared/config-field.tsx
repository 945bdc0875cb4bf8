/**
 * A pasted (or dropped, or chosen) config.json → the architecture it describes, kept in the
 * calculator's link as a code (arch-code.ts). The file is read in the browser (FileReader);
 * nothing leaves the page. The parser loads on first use (config-read.ts). Shows what was read, the keys ignored, and a malformed, hostile or
 * huge file's error next to the field in the page's language.
 */
import { useState } from 'preact/hooks';
import { formatPlain } from '../../format/index.ts';
import type { TrainStrings } from '../../i18n/calculators/train.ts';
import type { Locale } from '../../i18n/locales.ts';
import { decodeArch } from './arch-code.ts';
import { fill } from './messages.ts';

type ConfigStrings = TrainStrings['config'];

/**
 * The config.json reader (config-read.ts, with the core's parser), loaded when the reader
 * first pastes or picks a file: a page that never reads one does not download it.
 */
/** A file larger than this is refused unread (the core reads at most 1,000,000 characters). */
const FILE_BYTES_MAX = 4_000_000;

let reader: Promise<typeof import('./config-read.ts')> | undefined;
const loadReader = () => (reader ??= import('./config-read.ts'));

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

	const take = async (value: string) => {
		setText(value.length > 20_000 ? `${value.slice(0, 20_000)}…` : value);
		const { readConfig } = await loadReader();
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
		if (file.size > FILE_BYTES_MAX) {
			void loadReader().then(({ tooLong }) => {
				setIgnored(undefined);
				setError(tooLong(file.size, strings, locale));
			});
			return;
		}
		const file_ = new FileReader();
		file_.onload = () => void take(typeof file_.result === 'string' ? file_.result : '');
		file_.onerror = () => setError(strings.errors.file);
		file_.readAsText(file);
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
				onInput={(e) => void take(e.currentTarget.value)}
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
