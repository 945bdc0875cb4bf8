/**
 * Training compute from parameters and tokens, C = 6·N·D, live. The first calculator island:
 * state in, one core call, formatted out; the URL query holds the inputs so a link reproduces
 * them.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { trainingFlops } from '../../core/index.ts';
import { formatFlop, formatNumber } from '../../format/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fieldText, parseField, type FieldStrings } from '../shared/field.ts';
import { readState, writeState, type Schema } from '../shared/state.ts';
import { attempt } from '../shared/useCalc.ts';

export type FlopsCalculatorStrings = FieldStrings & {
	flopsTitle: string;
	params: string;
	tokens: string;
	hint: string;
	result: string;
	linkNote: string;
};

type Props = {
	locale: Locale;
	strings: FlopsCalculatorStrings;
	/** Starting values (parameters, tokens), from a scenario. */
	params: number;
	tokens: number;
};

const FIELDS = ['params', 'tokens'] as const;
type Field = (typeof FIELDS)[number];
/** Positive numbers up to 1e40 (the core checks its own limits), under bare keys in the link. */
const SCHEMA = {
	params: { kind: 'number', max: 1e40 },
	tokens: { kind: 'number', max: 1e40 },
} satisfies Schema;

export default function FlopsCalculator({ locale, strings, params, tokens }: Props) {
	const id = useId();
	const [text, setText] = useState<Record<Field, string>>({
		params: fieldText(params, locale),
		tokens: fieldText(tokens, locale),
	});
	const [linkBroken, setLinkBroken] = useState(false);

	// After hydration: inputs from the link, if any.
	useEffect(() => {
		const read = readState(location.search, '', SCHEMA, text, locale);
		setLinkBroken(read.invalid.length > 0);
		if (read.found) setText(read.texts);
	}, []);

	const parsed = {
		params: parseField(text.params, locale, SCHEMA.params, strings),
		tokens: parseField(text.tokens, locale, SCHEMA.tokens, strings),
	};
	// The core checks its own limits (LIMITS.params: at most 1e18 parameters): a value it rejects shows its
	// message next to the field and no result, never the previous one.
	const computed =
		parsed.params.value !== undefined && parsed.tokens.value !== undefined
			? attempt(() =>
					trainingFlops({
						params: parsed.params.value as number,
						tokens: parsed.tokens.value as number,
					}),
				)
			: undefined;
	const flops = computed?.value;
	const errors: Record<Field, string | undefined> = {
		params: parsed.params.error,
		tokens: parsed.tokens.error,
	};
	if (computed?.error) {
		const field: Field = computed.error.field === 'tokens' ? 'tokens' : 'params';
		errors[field] ??= strings.tooLarge;
	}
	// "3.14 × 10²³ FLOP (314 ZFLOP)"; beyond SI prefixes both forms are the same: say it once.
	const scientific = flops === undefined ? '' : `${formatNumber(flops, locale)}\u00a0FLOP`;
	const prefixed = flops === undefined ? '' : formatFlop(flops, locale);
	const shown = prefixed === scientific ? scientific : `${scientific} (${prefixed})`;

	const update = (field: Field, value: string) => {
		const next = { ...text, [field]: value };
		setText(next);
		const query = writeState(location.search, '', SCHEMA, next, locale, strings);
		history.replaceState(history.state, '', query + location.hash);
	};

	return (
		<section class="calc" aria-labelledby={`${id}-title`} data-pagefind-ignore>
			<h3 id={`${id}-title`} class="calc-title">
				{strings.flopsTitle}
			</h3>
			{linkBroken && (
				<p class="calc-note" role="status">
					{strings.linkNote}
				</p>
			)}
			<div class="calc-fields">
				{FIELDS.map((field) => {
					const error = errors[field];
					return (
						<div class="calc-field" key={field}>
							<label for={`${id}-${field}`}>{strings[field]}</label>
							<input
								id={`${id}-${field}`}
								name={field}
								type="text"
								inputMode="decimal"
								autoComplete="off"
								spellcheck={false}
								dir="ltr"
								value={text[field]}
								aria-invalid={error ? 'true' : undefined}
								aria-describedby={`${id}-${field}-help`}
								onInput={(e) => update(field, e.currentTarget.value)}
							/>
							<p id={`${id}-${field}-help`} class={error ? 'calc-error' : 'calc-hint'}>
								{error ?? strings.hint}
							</p>
						</div>
					);
				})}
			</div>
			<dl class="calc-results">
				<div class="calc-row calc-main">
					<dt id={`${id}-result`}>{strings.result}</dt>
					<dd>
						<output
							for={`${id}-params ${id}-tokens`}
							aria-labelledby={`${id}-result`}
							aria-live="polite"
							class="calc-value"
						>
							{flops === undefined ? '—' : <bdi dir="ltr">{shown}</bdi>}
						</output>
					</dd>
				</div>
			</dl>
		</section>
	);
}
