/**
 * Language models: architecture (`Arch`, for exact parameter counts and FLOP), the published
 * parameter count with its label, and published training tokens where known.
 *
 * `params` is the count the source publishes (often a rounded label: "175.0B"); compute exact
 * counts from `arch` with the core's `countParams`. Where the architecture we record differs
 * from what a table prints (a typo), `printed` keeps the printed values and `corrections` says
 * what was changed and why.
 */
import type { Arch } from '../core/index.ts';
import { EstimateError } from '../core/validate.ts';
import type { Sourced } from './source.ts';
import { gpt2Models, nanogptModels } from './models-gpt2.ts';
import { gpt3Models } from './models-gpt3.ts';
import { deepmindModels, llamaModels } from './models-llama.ts';

export type Model = Sourced & {
	/** Stable kebab-case id: 'gpt2-xl', 'gpt3-175b', 'llama3-8b'. */
	readonly id: string;
	readonly name: string;
	readonly arch: Arch;
	/** Parameter count as published (see `paramsLabel`). */
	readonly params: number;
	/** The published label, verbatim: '124M', '175.0B'. */
	readonly paramsLabel: string;
	/** Training tokens as published; absent when never published. */
	readonly trainingTokens?: number;
	/** True when `trainingTokens` is an estimate, not a published figure. */
	readonly trainingTokensEstimate?: boolean;
	/** Values exactly as the source table prints them, where `arch` departs from them. */
	readonly printed?: Readonly<Record<string, number>>;
	/** What `arch` changes from `printed`, and why. */
	readonly corrections?: string;
	/** Where `arch` only approximates the real model (norm type, position encoding...). */
	readonly archNote?: string;
};

export const models: readonly Model[] = [
	...gpt2Models,
	...nanogptModels,
	...gpt3Models,
	...deepmindModels,
	...llamaModels,
];

const byId = new Map(models.map((m) => [m.id, m]));

/** The model with this id; throws EstimateError for an unknown id. */
export function modelById(id: string): Model {
	const model = byId.get(id);
	if (!model) {
		throw new EstimateError(
			`unknown model id ${JSON.stringify(id)}; known ids: ${models.map((m) => m.id).join(', ')}`,
			'model',
		);
	}
	return model;
}
