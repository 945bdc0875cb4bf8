/**
 * The steps several sub-commands chain, each the core call the site's "Can I train it?"
 * calculator makes: parameters (countParams of the architecture, or a bare --params), tokens
 * (as given, or compute-optimal for that size), training FLOP (FLOP per token × tokens, or 6·N·D
 * for a bare count); and the memory settings (trainingMemory's inputs).
 */
import {
	LIMITS,
	countParams,
	flopsForTokens,
	inRange,
	trainingFlops,
	type MemoryInput,
	type Optimizer,
	type Precision,
	type Recompute,
	type ZeroStage,
	OPTIMIZERS,
	RECOMPUTE_MODES,
} from '../core/index.ts';
import { UsageError, choice, quantity, text, type OptionSpecs } from './args.ts';
import type { Context } from './command.ts';
import {
	BYTES_PER_PARAM_CHOICES,
	FLOP_COUNTS,
	GRADIENTS_FOR,
	TOKEN_FITS,
	trainingPrecisionFor,
	chinchillaOptimalTokens,
	flopsPerTokenCounted,
	type FlopCount,
	type TokenFit,
} from './conventions.ts';
import { MODEL_OPTIONS, maybeModel, type ModelInput } from './inputs.ts';
import type { Row } from './output.ts';
import { fill } from './strings.ts';

export const COMPUTE_OPTIONS: OptionSpecs = {
	...MODEL_OPTIONS,
	params: { type: 'string', value: 'N' },
	tokens: { type: 'string', value: 'N' },
	fit: { type: 'string', value: TOKEN_FITS.join('|') },
	'flop-count': { type: 'string', value: FLOP_COUNTS.join('|') },
};

export type Compute = {
	model?: ModelInput;
	params: number;
	tokens: number;
	/** The fit that gave the tokens; null when --tokens gave them. */
	fit: TokenFit | null;
	/** null for a bare parameter count (6·N·D). */
	flopCount: FlopCount | null;
	flopPerToken: number | null;
	flop: number;
	inputs: Record<string, unknown>;
	rows: Row[];
	notes: string[];
};

/** Parameters, tokens and training FLOP from --model/--config or --params, and --tokens or --fit. */
export function readCompute({ values, locale, s, f }: Context): Compute {
	const model = maybeModel(values, locale);
	const bare = quantity(values, 'params', locale);
	if (model !== undefined && bare !== undefined) {
		throw new UsageError('--params and --model/--config both give the size: give one of them');
	}
	if (model === undefined && bare === undefined) {
		throw new UsageError(
			'name a model: --model ID (see can-i-train-it --list models), --config ./config.json or --params 7e9',
		);
	}
	const params = model ? countParams(model.arch) : inRange('params', bare, LIMITS.params);
	const given = quantity(values, 'tokens', locale);
	if (given !== undefined && text(values, 'fit') !== undefined) {
		throw new UsageError('--tokens and --fit both set the tokens: give one of them');
	}
	const fit = given === undefined ? choice(values, 'fit', TOKEN_FITS, 'epoch') : null;
	const tokens = fit === null ? (given as number) : chinchillaOptimalTokens(params, fit);
	let flopCount: FlopCount | null = null;
	let flopPerToken: number | null = null;
	let flop: number;
	if (model) {
		flopCount = choice(values, 'flop-count', FLOP_COUNTS, 'attn');
		flopPerToken = flopsPerTokenCounted(model.arch, flopCount);
		flop = flopsForTokens({ flopsPerToken: flopPerToken, tokens });
	} else {
		if (text(values, 'flop-count') !== undefined) {
			throw new UsageError(
				'--flop-count needs an architecture (--model or --config); a bare --params counts 6·N·D',
			);
		}
		flop = trainingFlops({ params, tokens });
	}
	const rows: Row[] = [];
	if (model) rows.push({ label: s.label.model, value: model.name });
	rows.push(
		{ label: s.label.params, value: f.count(params) },
		{ label: s.label.tokens, value: f.number(tokens) },
	);
	if (flopPerToken !== null)
		rows.push({ label: s.label.flopPerToken, value: f.number(flopPerToken) });
	rows.push({ label: s.label.flop, value: f.flop(flop) });
	const notes = [s.flopCount[flopCount ?? '6n']];
	if (fit !== null) notes.push(fill(s.tokensOptimal, { fit: s.fit[fit] }));
	return {
		model,
		params,
		tokens,
		fit,
		flopCount,
		flopPerToken,
		flop,
		inputs: {
			...(model ? { ...model.source, context: model.arch.context } : { params }),
			tokens: fit === null ? tokens : null,
			fit,
			flopCount: flopCount ?? '6n',
		},
		rows,
		notes,
	};
}

export const MEMORY_OPTIONS: OptionSpecs = {
	'micro-batch': { type: 'string', value: 'N' },
	optimizer: { type: 'string', value: OPTIMIZERS.join('|') },
	recompute: { type: 'string', value: RECOMPUTE_MODES.join('|') },
	zero: { type: 'string', value: '0|1|2|3' },
	'flash-attention': { type: 'boolean', default: true, negatable: true },
	'bytes-per-param': { type: 'string', value: BYTES_PER_PARAM_CHOICES.join('|') },
};

export type MemorySettings = {
	base: Omit<MemoryInput, 'microBatch'>;
	microBatch: number;
	inputs: Record<string, unknown>;
	/** Values for cliStrings.memoryConvention. */
	words: Record<string, string>;
};

/** trainingMemory's inputs from the memory options, as the site's calculator builds them. */
export function readMemory(
	{ values, locale, s }: Context,
	model: ModelInput,
	precision: Precision,
	devices: number,
): MemorySettings {
	const optimizer: Optimizer = choice(values, 'optimizer', OPTIMIZERS, 'adam');
	const recompute: Recompute = choice(values, 'recompute', RECOMPUTE_MODES, 'none');
	const zero = Number(choice(values, 'zero', ['0', '1', '2', '3'], '0')) as ZeroStage;
	const bpp = choice(values, 'bytes-per-param', BYTES_PER_PARAM_CHOICES, '16');
	const flashAttention = values['flash-attention'] !== false;
	const memPrecision = trainingPrecisionFor(precision);
	const microBatch = quantity(values, 'micro-batch', locale) ?? 1;
	return {
		base: {
			arch: model.arch,
			precision: memPrecision,
			optimizer,
			recompute,
			flashAttention,
			parallel: { data: devices, zeroStage: zero },
			gradients: GRADIENTS_FOR[bpp],
		},
		microBatch,
		inputs: {
			microBatch,
			trainingPrecisionFor: memPrecision,
			optimizer,
			recompute,
			zeroStage: zero,
			flashAttention,
			bytesPerParam: Number(bpp),
		},
		words: {
			precision: memPrecision.toUpperCase(),
			optimizer,
			bpp,
			recompute,
			zero: String(zero),
			flash: flashAttention ? s.yes : s.no,
		},
	};
}
