/**
 * The JSON schemas of the command line's commands, for test/cli/*.test.ts, written here and
 * checked by hand (`violations`); `SCHEMAS` also lists every command with a sample run.
 */
// A schema written here, checked by hand (no dependency): a type name, a list of alternatives,
// `{ '[]': item }` for a list, or an object whose keys must be exactly those listed (a key
// `'...'` allows others).
type Schema = 'number' | 'integer' | 'string' | 'boolean' | 'null' | Schema[] | SchemaObject;
type SchemaObject = { [key: string]: Schema };

export function violations(value: unknown, schema: Schema, path = '$'): string[] {
	if (!Array.isArray(schema) && typeof schema === 'object' && '[]' in schema) {
		if (!Array.isArray(value)) return [`${path}: expected a list`];
		return value.flatMap((v, i) => violations(v, schema['[]'], `${path}[${i}]`));
	}
	if (Array.isArray(schema)) {
		return schema.some((s) => violations(value, s, path).length === 0)
			? []
			: [`${path}: none of the alternatives matches ${JSON.stringify(value)}`];
	}
	if (typeof schema === 'string') {
		const ok = {
			number: typeof value === 'number' && Number.isFinite(value),
			integer: Number.isSafeInteger(value),
			string: typeof value === 'string' && value !== '',
			boolean: typeof value === 'boolean',
			null: value === null,
		}[schema];
		return ok ? [] : [`${path}: expected ${schema}, got ${JSON.stringify(value)}`];
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return [`${path}: expected an object`];
	}
	const open = '...' in schema;
	const keys = Object.keys(schema).filter((k) => k !== '...');
	const out: string[] = [];
	for (const k of keys) {
		if (!(k in value)) out.push(`${path}.${k}: missing`);
		else out.push(...violations((value as Record<string, unknown>)[k], schema[k], `${path}.${k}`));
	}
	if (!open) {
		for (const k of Object.keys(value))
			if (!keys.includes(k)) out.push(`${path}.${k}: not in the schema`);
	}
	return out;
}

const count = 'integer';
const maybe = (s: Schema): Schema => [s, 'null'];
/** One command's document: the inputs echoed (at least these), the results (exactly these). */
const document = (inputs: SchemaObject, results: SchemaObject): Schema => ({
	command: 'string',
	inputs: { ...inputs, '...': 'null' },
	results,
	conventions: { '...': 'null' },
});

const HARDWARE = { gpu: 'string', precision: 'string', devices: count, mfu: 'number' } as const;
const MEMORY_BYTES: SchemaObject = {
	weights: 'number',
	gradients: 'number',
	optimizer: 'number',
	activations: 'number',
	logits: 'number',
	overhead: 'number',
	total: 'number',
};
const AGAINST_CARD: SchemaObject = {
	capacityBytes: 'number',
	fits: 'boolean',
	maxMicroBatch: count,
	levers: {
		'[]': {
			lever: 'string',
			value: ['string', 'integer', 'boolean'],
			maxMicroBatch: count,
			totalBytesAtMicroBatch1: 'number',
		},
	},
	allLeversFit: maybe('boolean'),
};

export const SCHEMAS: Record<string, [string[], Schema]> = {
	params: [
		['params', '--model', 'qwen3-30b-a3b'],
		document(
			{ model: 'string', context: count },
			{
				params: count,
				activeParams: count,
				breakdown: {
					tokenEmbedding: count,
					positionEmbedding: count,
					attention: count,
					mlp: count,
					norms: count,
					head: count,
				},
				publishedParams: maybe('number'),
				publishedLabel: maybe('string'),
			},
		),
	],
	flops: [
		['flops', '--model', 'gpt2', '--tokens', '1e10'],
		document(
			{ model: 'string', tokens: 'number', flopCount: 'string' },
			{ params: count, tokens: 'number', flopPerToken: maybe('number'), flop: 'number' },
		),
	],
	time: [
		['time', '--flops', '1e21', '--gpu', 'h100-sxm', '--devices', '8'],
		document(
			{ flop: 'number', ...HARDWARE },
			{
				flop: 'number',
				peakFlopPerSecond: 'number',
				seconds: 'number',
				gpuHours: 'number',
				gpuYears: 'number',
			},
		),
	],
	memory: [
		['memory', '--model', 'gpt2', '--gpu', 'rtx-4070'],
		document(
			{ model: 'string', gpu: 'string', microBatch: count, devices: count },
			{ memoryBytes: MEMORY_BYTES, ...AGAINST_CARD },
		),
	],
	fit: [
		['fit', '--model', 'llama-3.1-8b', '--gpu', 'rtx-4090'],
		document(
			{ model: 'string', fit: maybe('string'), ...HARDWARE, microBatch: count },
			{
				params: count,
				tokens: 'number',
				flopPerToken: 'number',
				flop: 'number',
				peakFlopPerSecond: 'number',
				seconds: 'number',
				gpuHours: 'number',
				costUsd: maybe('number'),
				energyJoules: maybe('number'),
				energyKWh: maybe('number'),
				energyCostUsd: maybe('number'),
				co2Grams: maybe('number'),
				memoryBytes: MEMORY_BYTES,
				...AGAINST_CARD,
			},
		),
	],
	optimal: [
		['optimal', '--flops', '1e21'],
		document(
			{ flop: 'number' },
			{
				budgetFlop: 'number',
				optimal: {
					epoch: { params: 'number', tokens: 'number' },
					hoffmann: { params: 'number', tokens: 'number' },
					tokens20: { params: 'number', tokens: 'number' },
				},
			},
		),
	],
	plan: [
		['plan', '--micro-batch', '12', '--context', '1024', '--grad-accum', '40', '--iters', '10'],
		document(
			{ microBatch: count, context: count, gradAccum: count, iters: count, devices: count },
			{
				tokensPerStep: count,
				sequencesPerStep: count,
				microStepsPerDevice: count,
				tokensPerMicroStep: count,
				totalTokens: count,
				epochs: maybe('number'),
			},
		),
	],
};
