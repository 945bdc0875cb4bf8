/**
 * Compute budget: accelerator, precision, count, duration and utilisation → FLOP delivered,
 * against the training compute of known models on a log scale. The view of model.ts.
 */
import { LogBarChart } from '../../charts/index.ts';
import { formatNumber } from '../../format/index.ts';
import type { BudgetStrings } from '../../i18n/calculators/budget.ts';
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
import { gpuIds } from '../shared/options.ts';
import { budgetModel, type KnownRun } from './model.ts';
import { withCatalog } from '../shared/presets.ts';

export type { BudgetInputs, KnownRun };
export const BUDGET_PREFIX = 'budget';

type Props = GpuIslandProps & {
	strings: BudgetStrings;
	runs: readonly KnownRun[];
	inputs?: BudgetInputs;
};

export default function ComputeBudget(raw: Props) {
	const props = withCatalog(raw);
	const { level, locale, common, strings, gpus: catalog, runs, inputs = {} } = props;
	const calc = useGpuCalc(
		props,
		BUDGET_PREFIX,
		(gpus) => budgetSchema(gpuIds(gpus)),
		() => budgetDefaults(catalog, inputs),
	);
	const { texts, num } = calc;
	const f = (x: number) => formatNumber(x, locale);
	const { flops, rows, shares, errors } = budgetModel(
		{
			...calc,
			devices: num('n').value,
			mfu: num('mfu').value,
			seconds: budgetSeconds(num('dur').value, texts.unit),
			runs,
		},
		{ locale, common, strings },
	);

	const bind = binder(calc, { ...calc.errors(), ...errors });
	return (
		<Shell level={level} title={strings.title} intro={strings.intro} strings={common} calc={calc}>
			<div class="calc-fields">
				<BudgetFields calc={calc} bind={bind} common={common} strings={strings} dated />
			</div>
			<Results rows={rows} strings={common} locale={locale} />
			<LogBarChart
				title={strings.chartTitle}
				desc={strings.chartDesc}
				locale={locale}
				axisLabel={strings.chartAxis}
				formatValue={(v) => `${f(v)} FLOP`}
				bars={[
					...(flops === undefined
						? []
						: [{ label: strings.you, value: flops, tone: 'budget' as const }]),
					...runs.map((r) => ({ label: r.name, value: r.flops })),
				].sort((a, b) => a.value - b.value)}
			/>
			<Subheading level={level}>{strings.sharesHeading}</Subheading>
			<Results rows={shares} strings={common} locale={locale} label={strings.sharesHeading} />
			<Tools name="compute-budget" strings={common} calc={calc} rows={[...rows, ...shares]} />
		</Shell>
	);
}
