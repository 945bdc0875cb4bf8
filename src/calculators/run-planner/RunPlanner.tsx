/**
 * The nanoGPT-style run planner: batch settings and iterations → tokens, compute, time, MFU
 * (against the GPU and nanoGPT's A100 convention), memory, energy and cost. The view of model.ts.
 */
import type { PlanStrings } from '../../i18n/calculators/plan.ts';
import { ConventionFields, binder, modelChoices, optionsOf } from '../shared/fields.tsx';
import { Results, Shell, Tools } from '../shared/frame.tsx';
import { GpuFields, mfuField, useModelCalc, type ModelIslandProps } from '../shared/hardware.tsx';
import { planModel } from './model.ts';
import { PLAN_PREFIX, planDefaults, planSchema, type PlanInputs } from './state.ts';
import { withCatalog } from '../shared/presets.ts';

export type { PlanInputs };

export default function RunPlanner(raw: ModelIslandProps<PlanStrings, PlanInputs>) {
	const props = withCatalog(raw);
	const { level, locale, common, strings, models } = props;
	const { calc, result, errors } = useModelCalc(
		props,
		PLAN_PREFIX,
		planSchema,
		planDefaults,
		planModel,
	);
	const { rows } = result;
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
