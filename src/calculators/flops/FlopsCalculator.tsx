/**
 * Training compute from parameters and tokens, C = 6·N·D, live: the view of model.ts. The
 * URL query holds the inputs so a link reproduces them.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { FieldStrings } from '../shared/field.ts';
import { useCalc } from '../shared/useCalc.ts';
import { FLOPS_SCHEMA, flopsModel } from './model.ts';

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

export default function FlopsCalculator({ locale, strings, params, tokens }: Props) {
	// The shared state: the link under bare keys (?params=…&tokens=…), back and forward.
	const calc = useCalc('', FLOPS_SCHEMA, { params, tokens }, locale, strings);
	const { id, texts } = calc;
	const { flops, shown, errors } = flopsModel(
		{ params: calc.num('params'), tokens: calc.num('tokens') },
		locale,
		strings,
	);

	return (
		<section class="calc" aria-labelledby={`${id}-title`} data-pagefind-ignore>
			<h3 id={`${id}-title`} class="calc-title">
				{strings.flopsTitle}
			</h3>
			{calc.invalidLink.length > 0 && (
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
								value={texts[field]}
								aria-invalid={error ? 'true' : undefined}
								aria-describedby={`${id}-${field}-help`}
								onInput={(e) => calc.set(field, e.currentTarget.value)}
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
