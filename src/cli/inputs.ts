/**
 * The inputs sub-commands share, read from options: a model (a catalogue id or a Hugging Face
 * config.json through the core's parseHfConfig), a GPU with its dense peak at a precision, and
 * the hardware settings. Defaults are the site's calculators' (BF16 where the GPU has a dense
 * BF16 peak, one device, 40 % MFU).
 */
import { readFileSync } from 'node:fs';
import { PRECISIONS, parseHfConfig, type Arch, type Precision } from '../core/index.ts';
import { gpus, models, peakFlopsPerSecond, type Gpu, type Model } from '../data/index.ts';
import type { Locale } from '../i18n/index.ts';
import {
	UsageError,
	choice,
	fraction,
	quantity,
	text,
	type OptionSpecs,
	type Values,
} from './args.ts';

/** Options that name a model. */
export const MODEL_OPTIONS: OptionSpecs = {
	model: { type: 'string', value: 'ID' },
	config: { type: 'string', value: 'FILE' },
	context: { type: 'string', value: 'N' },
};

/** Options that name the hardware. */
export const GPU_OPTIONS: OptionSpecs = {
	gpu: { type: 'string', value: 'ID' },
	precision: { type: 'string', value: PRECISIONS.join('|') },
	devices: { type: 'string', value: 'N' },
	mfu: { type: 'string', value: '0.4' },
};

/** Utilisation where none is given: the site's 40 % MFU (src/islands/options.ts DEFAULT_MFU). */
export const DEFAULT_MFU = 0.4;

/** Ids compare without case and hyphens, so llama-3.1-8b finds llama3.1-8b and rtx4090 rtx-4090. */
const key = (id: string) => id.toLowerCase().replace(/-/g, '');

function byId<T extends { id: string }>(list: readonly T[], id: string, option: string): T {
	const found = list.find((x) => key(x.id) === key(id));
	if (found) return found;
	const near = list.filter((x) => key(x.id).includes(key(id)) || key(id).includes(key(x.id)));
	const suggest = near.length ? `did you mean ${near.map((x) => x.id).join(', ')}? ` : '';
	throw new UsageError(
		`--${option}: unknown ${option} ${JSON.stringify(id)}; ${suggest}list them with can-i-train-it --list ${option}s`,
	);
}

export type ModelInput = {
	arch: Arch;
	/** The catalogue entry, when the model came from --model. */
	model?: Model;
	/** What the inputs echo: the id, or the config file's path. */
	source: { model: string } | { config: string };
	name: string;
};

/** The model of --model or --config (exactly one), with --context replacing its context. */
export function readModel(values: Values, locale: Locale): ModelInput {
	const m = maybeModel(values, locale);
	if (m !== undefined) return m;
	throw new UsageError(
		'name a model: --model ID (see can-i-train-it --list models) or --config ./config.json',
	);
}

/** As `readModel`, or undefined when neither --model nor --config is given. */
export function maybeModel(values: Values, locale: Locale): ModelInput | undefined {
	const id = text(values, 'model');
	const file = text(values, 'config');
	if (id !== undefined && file !== undefined) {
		throw new UsageError('--model and --config both name a model: give one of them');
	}
	let input: ModelInput;
	if (id !== undefined) {
		const model = byId(models, id, 'model');
		input = { arch: model.arch, model, source: { model: model.id }, name: model.name };
	} else if (file !== undefined) {
		input = { arch: readConfig(file), source: { config: file }, name: file };
	} else return undefined;
	const context = quantity(values, 'context', locale);
	if (context !== undefined) input.arch = { ...input.arch, context };
	return input;
}

function readConfig(file: string): Arch {
	let content: string;
	try {
		content = readFileSync(file, 'utf8');
	} catch (e) {
		const code = (e as { code?: unknown }).code;
		const why =
			code === 'ENOENT'
				? 'there is no such file'
				: code === 'EISDIR'
					? 'that is a folder'
					: code === 'EACCES'
						? 'it cannot be read (permission denied)'
						: `it cannot be read (${String(code ?? 'error')})`;
		throw new UsageError(`--config ${file}: ${why}; give the path of a Hugging Face config.json`);
	}
	return parseHfConfig(content).arch;
}

export type Hardware = {
	gpu: Gpu;
	precision: Precision;
	peakFlopPerSecond: number;
	devices: number;
	mfu: number;
};

/** The precision a calculator starts with on `gpu`: BF16 where it has a dense BF16 peak. */
export const defaultPrecision = (gpu: Gpu): Precision =>
	gpu.peakFlopsPerSecond.bf16 !== undefined ? 'bf16' : 'fp32';

/** The GPU of --gpu, its precision and dense peak, --devices (default 1) and --mfu (0.4). */
export function readHardware(values: Values, locale: Locale): Hardware {
	const gpu = readGpu(values);
	const precision = choice(values, 'precision', PRECISIONS, defaultPrecision(gpu));
	return {
		gpu,
		precision,
		peakFlopPerSecond: peakFlopsPerSecond(gpu, precision),
		devices: readDevices(values, locale),
		mfu: fraction(values, 'mfu', locale) ?? DEFAULT_MFU,
	};
}

/** The GPU of --gpu. */
export function readGpu(values: Values): Gpu {
	const id = text(values, 'gpu');
	if (id === undefined) {
		throw new UsageError('name a GPU: --gpu ID (see can-i-train-it --list gpus)');
	}
	return byId(gpus, id, 'gpu');
}

export const readDevices = (values: Values, locale: Locale): number =>
	quantity(values, 'devices', locale) ?? 1;
