/**
 * The nanoGPT-style run planner: batch settings and iterations → tokens, compute, time, MFU
 * (against the GPU and nanoGPT's A100 convention), memory, energy and cost. The view of model.ts.
 */
import type { PlanStrings } from '../../i18n/calculators/plan.ts';
import { ConventionFields, binder, modelChoices, optionsOf } from '../shared/fields.tsx';
import { Results, Shell, Tools } from '../shared/frame.tsx';
import { GpuFields, mfuField, useGpuCalc, type GpuIslandProps } from '../shared/hardware.tsx';
import type { ModelOption } from '../shared/options.ts';
import { planModel } from './model.ts';
import {
	PLAN_PREFIX,
	planDefaults,
	planSchema,
	type PlanInputs,
	type PlanSchema,
} from './state.ts';

export type { PlanInputs };

type Props = GpuIslandProps & {
	strings: PlanStrings;
	models: readonly ModelOption[];
	inputs?: PlanInputs;
};

export default function RunPlanner(props: Props) {
	const { level, locale, common, strings, models, gpus: catalog, inputs = {} } = props;
	const calc = useGpuCalc(
		props,
		PLAN_PREFIX,
		(gpus) => planSchema(models, gpus),
		() => planDefaults(models, catalog, inputs),
	);
	const values = Object.fromEntries(
		Object.keys(calc.base).map((k) => [k, calc.num(k as keyof PlanSchema).value]),
	);
	const model = planModel({ ...calc, values, models }, { locale, common, strings });
	const { rows } = model;
	const errors = { ...calc.errors(), ...model.errors };
	const measuredTime = calc.texts.timefrom === 'measured';

	const bind = binder(calc, errors);
	const { field, select } = bind;
	return (
		<Shell level={level} title={strings.title} intro={strings.intro} strings={common} calc={calc}>
			<div class="calc-fields">
				{select('model', strings.model, modelChoices(models))}
				{field('mb', strings.microBatch)}
				{field('ctx', strings.context)}
				{field('accum', strings.gradAccum)}
				{field('n', common.devices)}
				{field('iters', strings.iters)}
				{field('data', strings.dataset, common.optionalHint)}
				<GpuFields calc={calc} bind={bind} common={common} />
				{select('timefrom', strings.timeMode, optionsOf(['measured', 'mfu'], strings.timeModes))}
				{measuredTime ? field('spi', strings.secondsPerIter) : mfuField(bind, calc, common)}
				{field('watts', common.watts)}
				{field('kwh', common.kwhPrice, common.optionalHint)}
			</div>
			<ConventionFields bind={bind} strings={common} />
			<Results rows={rows} strings={common} locale={locale} />
			<Tools name="run-planner" strings={common} calc={calc} rows={rows} />
		</Shell>
	);
}
