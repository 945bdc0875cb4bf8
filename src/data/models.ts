/**
 * Language models: architecture (`Arch`, for exact parameter counts and FLOP), the published
 * parameter count with its label, and published training tokens where known.
 *
 * `params` is the count the source publishes (often a rounded label: "175.0B"); compute exact
 * counts from `arch` with the core's `countParams`. Where the architecture we record differs
 * from what a table prints (a typo), `printed` keeps the printed values and `corrections` says
 * what was changed and why.
 */
import { EstimateError, describeValue } from '../core/index.ts';
import type { Model } from './types.ts';
import { gpt2Models, nanogptModels } from './models-gpt2.ts';
import { gpt3Models } from './models-gpt3.ts';
import { deepmindModels, llamaModels } from './models-llama.ts';
import { models2026 } from './models-2026.ts';
import { moeModels2026 } from './models-2026-moe.ts';

export const models: readonly Model[] = [
	...gpt2Models,
	...nanogptModels,
	...gpt3Models,
	...deepmindModels,
	...llamaModels,
	...models2026,
	...moeModels2026,
];

const byId = new Map(models.map((m) => [m.id, m]));

/** The model with this id; throws EstimateError for an unknown id. */
export function modelById(id: string): Model {
	const model = byId.get(id);
	if (!model) {
		throw new EstimateError(
			`unknown model id ${describeValue(id)}; known ids: ${models.map((m) => m.id).join(', ')}`,
			'model',
		);
	}
	return model;
}
