/**
 * Compute-optimal sizing: a FLOP budget (or GPUs × time) → optimal parameters and tokens under
 * the Epoch refit, Hoffmann's unrounded fit and the 20-tokens rule (the core's
 * chinchillaOptimal), the predicted loss (chinchillaLoss), and the frontier with known models.
 */
import { LineChart } from '../../charts/index.ts';
import {
	chinchillaLoss,
	chinchillaOptimal,
	computeBudget,
	type ChinchillaFit,
} from '../../core/index.ts';
import { formatNumber, formatParams } from '../../format/index.ts';
import { flopsText } from '../shared/conventions.ts';
import {
	BudgetFields,
	budgetDefaults,
	budgetSchema,
	budgetSeconds,
	useGpuCalc,
	type BudgetInputs,
	type GpuIslandProps,
} from '../shared/hardware.tsx';
import { coreMessage, fill } from '../shared/messages.ts';
import type { GpuOption } from '../shared/options.ts';
import type { Defaults, Schema } from '../shared/state.ts';
import type { OptimalStrings } from '../../i18n/calculators/optimal.ts';
import { Results, Shell, Subheading, Tools } from '../shared/frame.tsx';
import { binder } from '../shared/fields.tsx';
import { type Row } from '../shared/rows.ts';
import { attempt } from '../shared/useCalc.ts';

export const OPTIMAL_PREFIX = 'optimal';
const FITS = ['epoch', 'hoffmann', 'tokens20'] as const satisfies readonly ChinchillaFit[];

export type KnownModel = {
	id: string;
	name: string;
	params: number;
	tokens: number;
	flops: number;
};

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

export default function ComputeOptimal(props: Props) {
	const { level, locale, common, strings, gpus: catalog, known, inputs = {} } = props;
	// The measured GPU only when given: this calculator does not read the benchmark's result.
	const calc = useGpuCalc(
		props,
		OPTIMAL_PREFIX,
		schemaFor,
		() => defaultsFor(catalog, inputs),
		false,
	);
	const { texts, num, peak } = calc;
	const f = (x: number) => formatNumber(x, locale);

	const hardware = texts.mode === 'hardware';
	const errors = calc.errors();
	if (hardware && peak === undefined) errors.prec = common.core.noPeak;

	let budget: number | undefined;
	let reason: string | undefined;
	if (!hardware) budget = num('flop').value;
	else {
		const devices = num('n').value;
		const mfu = num('mfu').value;
		const seconds = budgetSeconds(num('dur').value, texts.unit);
		if (peak === undefined) reason = common.core.noPeak;
		else if (devices !== undefined && mfu !== undefined && seconds !== undefined) {
			const r = attempt(() =>
				computeBudget({ peakFlopsPerSecond: peak, devices, utilization: mfu / 100, seconds }),
			);
			if (r.error) {
				reason = coreMessage(r.error, common);
				errors.dur = reason;
			} else budget = r.value;
		}
	}

	const results = FITS.map((fit) => {
		if (budget === undefined) return { fit, error: reason };
		const r = attempt(() => {
			const o = chinchillaOptimal(budget as number, fit);
			const loss = chinchillaLoss(o.params, o.tokens, fit === 'tokens20' ? 'epoch' : fit);
			return { ...o, loss };
		});
		return r.error ? { fit, error: coreMessage(r.error, common) } : { fit, ...r.value };
	});

	const rows: Row[] = [
		{
			key: 'budget',
			label: strings.rBudget,
			value: budget === undefined ? undefined : flopsText(budget, locale),
			raw: budget,
			reason,
			main: true,
		},
	];
	const fitRows: Row[][] = results.map((r) => {
		const ok = 'params' in r && r.params !== undefined;
		const why = 'error' in r ? r.error : undefined;
		return [
			{
				key: `${r.fit}-params`,
				label: strings.rParams,
				value: ok ? `${f(r.params)} (${formatParams(r.params, locale)})` : undefined,
				raw: ok ? r.params : undefined,
				reason: why,
				main: true,
				formula:
					ok && budget !== undefined
						? r.fit === 'tokens20'
							? `N = √(C / 120) = √(${f(budget)} / 120) = ${f(r.params)}`
							: `N = G · (C / 6)^a, D = (C / 6)^b / G; C = ${f(budget)} → N = ${f(r.params)}`
						: undefined,
			},
			{
				key: `${r.fit}-tokens`,
				label: strings.rTokens,
				value: ok ? `${f(r.tokens)} (${formatParams(r.tokens, locale)})` : undefined,
				raw: ok ? r.tokens : undefined,
				reason: why,
				formula:
					ok && budget !== undefined
						? `D = C / (6 · N) = ${f(budget)} / (6 × ${f(r.params)}) = ${f(r.tokens)}`
						: undefined,
			},
			{
				key: `${r.fit}-ratio`,
				label: strings.rRatio,
				value: ok ? formatNumber(r.tokens / r.params, locale) : undefined,
				raw: ok ? r.tokens / r.params : undefined,
				reason: why,
			},
			{
				key: `${r.fit}-loss`,
				label: strings.rLoss,
				value: ok ? formatNumber(r.loss, locale, { digits: 4 }) : undefined,
				raw: ok ? r.loss : undefined,
				reason: why,
				note: r.fit === 'tokens20' ? `${strings.lossRule} ${strings.lossNote}` : strings.lossNote,
			},
		];
	});

	// The frontier: three decades either side of the budget (or of 1e21 when there is none).
	const centre = budget ?? 1e21;
	const lo = Math.max(1e15, Math.min(centre / 1e3, ...known.map((k) => k.flops)));
	const hi = Math.min(1e31, Math.max(centre * 1e3, ...known.map((k) => k.flops)));
	const xs = Array.from({ length: 25 }, (_, i) => lo * (hi / lo) ** (i / 24));
	const series = FITS.map((fit) => ({
		label: strings.fitNames[fit],
		points: xs.flatMap((c) => {
			const r = attempt(() => chinchillaOptimal(c, fit));
			return r.value ? [[c, r.value.params] as const] : [];
		}),
	}));

	const allRows = [...rows, ...fitRows.flat()];
	const bind = binder(calc, errors);
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
			{FITS.map((fit, i) => (
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
