/**
 * The "Can I train it?" calculator's link as another calculator opens it (the quick answer):
 * the keys it can set and the query they make. Kept apart from state.ts so the quick answer
 * loads only this.
 */
import type { FieldStrings } from '../shared/field.ts';
import { TRAIN_PREFIX, gpuSchema, type GpuOption, type ModelOption } from '../shared/options.ts';
import { writeState, type Schema, type Texts } from '../shared/state.ts';

/** Tokens as entered, or compute-optimal under a fit. */
export const TRAIN_FITS = ['given', 'epoch', 'hoffmann', 'tokens20'] as const;
export type TrainFit = (typeof TRAIN_FITS)[number];

/** The model, the tokens' fit and the GPU: the calculator's keys a link from elsewhere sets. */
export const linkSchema = (models: readonly ModelOption[], gpus: readonly GpuOption[]) =>
	({
		model: { kind: 'choice', values: [...models.map((m) => m.id), 'custom', 'params'] },
		params: { kind: 'number', max: 1e15 },
		fit: { kind: 'choice', values: TRAIN_FITS },
		...gpuSchema(gpus),
	}) satisfies Schema;
export type TrainLinkSchema = ReturnType<typeof linkSchema>;

/**
 * The query that opens the calculator with `values`, the rest at their defaults:
 * "?train.model=gpt2&train.fit=tokens20…", numbers as plain JavaScript numbers.
 */
export function trainLink(
	schema: TrainLinkSchema,
	values: Partial<Texts<TrainLinkSchema>>,
	strings: FieldStrings,
): string {
	const empty = Object.fromEntries(
		Object.keys(schema).map((k) => [k, '']),
	) as Texts<TrainLinkSchema>;
	return writeState('', TRAIN_PREFIX, schema, { ...empty, ...values }, 'en', strings);
}
