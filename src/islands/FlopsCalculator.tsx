/**
 * Training compute from parameters and tokens, C = 6·N·D, live. The first calculator island:
 * state in, one core call, formatted out; the URL query holds the inputs so a link reproduces
 * them.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { trainingFlops } from '../core/index.ts';
import { formatFlop, formatNumber, formatParams } from '../format/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { parsePositive, readQuery, writeQuery, type FieldStrings } from './field.ts';

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

export default function FlopsCalculator({ locale, strings, params, tokens }: Props) {
	const id = useId();
	const [text, setText] = useState<Record<Field, string>>({
		params: formatParams(params, locale, { digits: 4 }),
		tokens: formatParams(tokens, locale, { digits: 4 }),
	});
	const [linkBroken, setLinkBroken] = useState(false);

	// After hydration: inputs from the link, if any.
	useEffect(() => {
		const { values, invalid } = readQuery(location.search, FIELDS, strings);
		setLinkBroken(invalid.length > 0);
		if (Object.keys(values).length === 0) return;
		setText((old) => ({
			params:
				values.params === undefined
					? old.params
					: formatParams(values.params, locale, { digits: 4 }),
			tokens:
				values.tokens === undefined
					? old.tokens
					: formatParams(values.tokens, locale, { digits: 4 }),
		}));
	}, []);

	const parsed = {
		params: parsePositive(text.params, locale, strings),
		tokens: parsePositive(text.tokens, locale, strings),
	};
	const flops =
		parsed.params.value !== undefined && parsed.tokens.value !== undefined
			? trainingFlops({ params: parsed.params.value, tokens: parsed.tokens.value })
			: undefined;

	const update = (field: Field, value: string) => {
		const next = { ...text, [field]: value };
		setText(next);
		const values = Object.fromEntries(
			FIELDS.map((f) => [f, parsePositive(next[f], locale, strings).value]),
		);
		history.replaceState(history.state, '', writeQuery(location.search, values) + location.hash);
	};

	return (
		<section class="calc" aria-labelledby={`${id}-title`} data-pagefind-ignore>
			<h3 id={`${id}-title`}>{strings.flopsTitle}</h3>
			{linkBroken && (
				<p class="calc-note" role="status">
					{strings.linkNote}
				</p>
			)}
			<div class="calc-fields">
				{FIELDS.map((field) => {
					const error = parsed[field].error;
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
			<p class="calc-result">
				<span>{strings.result}</span>{' '}
				<output for={`${id}-params ${id}-tokens`} aria-live="polite">
					{flops === undefined ? (
						'—'
					) : (
						<bdi dir="ltr">
							{formatNumber(flops, locale)}&nbsp;FLOP ({formatFlop(flops, locale)})
						</bdi>
					)}
				</output>
			</p>
		</section>
	);
}
