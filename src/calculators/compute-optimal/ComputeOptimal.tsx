/**
 * Compute-optimal sizing: a FLOP budget (or GPUs × time) → optimal parameters and tokens under
 * the Epoch refit, Hoffmann's unrounded fit and the 20-tokens rule (the core's
 * chinchillaOptimal), the predicted loss (chinchillaLoss), and the frontier with known models.
 */
import { LineChart } from '../../charts/index.ts';
import { formatNumber, formatParams } from '../../format/index.ts';
import type { OptimalStrings } from '../../i18n/calculators/optimal.ts';
import { binder } from '../shared/fields.tsx';
import { Results, Shell, Subheading, Tools } from '../shared/frame.tsx';
import {
	BudgetFields,
	budgetDefaults,
	budgetSchema,
	budgetSeconds,
	useGpuCalc,
	type BudgetInputs,
	type GpuIslandProps,
} from '../shared/hardware.tsx';
import { fill } from '../shared/messages.ts';
import type { GpuOption } from '../shared/options.ts';
import type { Defaults, Schema } from '../shared/state.ts';
import { OPTIMAL_FITS, frontier, optimalModel, type KnownModel } from './model.ts';
import { withCatalog } from '../shared/presets.ts';

export type { KnownModel };
export const OPTIMAL_PREFIX = 'optimal';

export type OptimalInputs = BudgetInputs & {
	/** FLOP; when absent, the budget comes from the hardware inputs. */
	flops?: number;
};

const schemaFor = (gpus: readonly GpuOption[]) =>
	({
		mode: { kind: 'choice', values: ['flop', 'hardware'] },
		flop: { kind: 'number', max: 1e32 },
		...budgetSchema(gpus.map((g) => g.id)),
	}) satisfies Schema;
type OptimalSchema = ReturnType<typeof schemaFor>;

function defaultsFor(gpus: readonly GpuOption[], inputs: OptimalInputs): Defaults<OptimalSchema> {
	return {
		mode: inputs.flops === undefined && inputs.gpuId !== undefined ? 'hardware' : 'flop',
		flop: inputs.flops ?? 1e21,
		...budgetDefaults(gpus, inputs),
	};
}

type Props = GpuIslandProps & {
	strings: OptimalStrings;
	known: readonly KnownModel[];
	inputs?: OptimalInputs;
};

export default function ComputeOptimal(raw: Props) {
	const props = withCatalog(raw);
	const { level, locale, common, strings, gpus: catalog, known, inputs = {} } = props;
	// The measured GPU only when given: this calculator does not read the benchmark's result.
	const calc = useGpuCalc(
		props,
		OPTIMAL_PREFIX,
		schemaFor,
		() => defaultsFor(catalog, inputs),
		false,
	);
	const { texts, num } = calc;
	const f = (x: number) => formatNumber(x, locale);
	const hardware = texts.mode === 'hardware';
	const { budget, rows, fitRows, errors } = optimalModel(
		hardware
			? {
					mode: 'hardware',
					peak: calc.peak,
					devices: num('n').value,
					mfu: num('mfu').value,
					seconds: budgetSeconds(num('dur').value, texts.unit),
				}
			: { mode: 'flop', flops: num('flop').value },
		{ locale, common, strings },
	);
	const series = frontier(budget, known).map(({ fit, points }) => ({
		label: strings.fitNames[fit],
		points,
	}));

	const allRows = [...rows, ...fitRows.flat()];
	const bind = binder(calc, { ...calc.errors(), ...errors });
	return (
		<Shell level={level} title={strings.title} intro={strings.intro} strings={common} calc={calc}>
			<div class="calc-fields">
				{bind.select('mode', strings.mode, [
					{ value: 'flop', label: strings.modes.flop },
					{ value: 'hardware', label: strings.modes.hardware },
				])}
				{!hardware && bind.field('flop', strings.flop, common.numberHint)}
				{hardware && <BudgetFields calc={calc} bind={bind} common={common} strings={strings} />}
			</div>
			<Results rows={rows} strings={common} locale={locale} />
			{OPTIMAL_FITS.map((fit, i) => (
				<div key={fit}>
					<Subheading level={level}>{strings.fitNames[fit]}</Subheading>
					<Results
						rows={fitRows[i]}
						strings={common}
						locale={locale}
						label={strings.fitNames[fit]}
					/>
				</div>
			))}
			<LineChart
				title={strings.chartTitle}
				desc={strings.chartDesc}
				locale={locale}
				x={{ label: strings.chartX, log: true, format: (v) => `${f(v)} FLOP` }}
				y={{ label: strings.chartY, log: true, format: (v) => formatParams(v, locale) }}
				series={series}
				markers={budget === undefined ? [] : [{ x: budget, label: strings.you }]}
				points={known.map((k) => ({
					x: k.flops,
					y: k.params,
					label: k.name,
				}))}
			/>
			<ul class="calc-list">
				{known.map((k) => (
					<li key={k.id}>
						{fill(strings.trained, {
							model: k.name,
							ratio: formatNumber(k.tokens / k.params, locale),
						})}
					</li>
				))}
			</ul>
			<Tools name="compute-optimal" strings={common} calc={calc} rows={allRows} />
		</Shell>
	);
}
