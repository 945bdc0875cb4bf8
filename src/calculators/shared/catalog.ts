/**
 * BUILD TIME ONLY: what the calculators need from src/data, slimmed to plain props. The
 * wrappers (src/components/*Calculator.astro) call these, and catalog-plugin.ts serializes
 * the GPU and model lists once into the chunk every island shares, so an island ships only the
 * fields it uses and none of the sources' notes. Islands import options.ts and presets.ts,
 * never this file.
 */
import { countParams, trainingFlops } from '../../core/index.ts';
import { gpus, models, publishedRunById, type Gpu } from '../../data/index.ts';
import { realityRow } from '../../figures/methods.ts';
import { formatPercent } from '../../format/index.ts';
import { modelName } from '../../i18n/data-notes.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fill } from './messages.ts';
import { DEFAULT_MFU, type GpuOption, type ModelOption } from './options.ts';
import { commonStrings, type CommonStrings } from '../../i18n/calculators/common.ts';

export type { GpuOption, ModelOption };

function slimGpu(g: Gpu): GpuOption {
	const out: GpuOption = {
		id: g.id,
		name: g.name,
		peakFlopsPerSecond: { ...g.peakFlopsPerSecond },
		memoryBytes: g.memoryBytes,
	};
	if (g.watts !== undefined) out.watts = g.watts;
	if (g.price) {
		out.price = { usdPerHour: g.price.usdPerHour, provider: g.price.provider, date: g.price.date };
	}
	return out;
}

/** Every accelerator, for a build-time wrapper to pass to an island. */
export function gpuOptions(): GpuOption[] {
	return gpus.map(slimGpu);
}

/** A model's name for the pickers: the data's English name, or the locale's wording of it. */
function pickerName(m: { id: string; name: string }, locale?: Locale): string {
	return locale && locale !== 'en' ? modelName(m.id, m.name, locale) : m.name;
}

/** Every model with its exact parameter count, named in `locale` (English when omitted). */
export function modelOptions(locale?: Locale): ModelOption[] {
	return models.map((m) => {
		const name = pickerName(m, locale);
		const out: ModelOption = { id: m.id, name, arch: m.arch, params: countParams(m.arch) };
		if (m.trainingTokens !== undefined) out.trainingTokens = m.trainingTokens;
		return out;
	});
}

/**
 * The model names an island needs in `locale` on top of the shared catalogue's English ones
 * (presets.ts): only those that differ, so a page's HTML carries a few words, not the list.
 */
export function modelNames(locale: Locale): Record<string, string> | undefined {
	const out: Record<string, string> = {};
	for (const m of models) {
		const name = pickerName(m, locale);
		if (name !== m.name) out[m.id] = name;
	}
	return Object.keys(out).length ? out : undefined;
}

/** A spread of sizes for charts (the GPT-3 family's middle sizes would crowd them). */
export const CHART_RUNS = [
	'gpt3-small',
	'gopher-1.4b',
	'llama2-7b',
	'gpt3-175b',
	'chinchilla-70b',
	'llama2-70b',
	'llama3-8b',
	'llama3-405b',
];

/** Known training runs' compute (6·N·D with published tokens), smallest first, for charts. */
export function knownRuns(
	ids: readonly string[] = CHART_RUNS,
	locale?: Locale,
): {
	id: string;
	name: string;
	params: number;
	tokens: number;
	flops: number;
}[] {
	return models
		.filter((m) => m.trainingTokens !== undefined && ids.includes(m.id))
		.map((m) => {
			const params = countParams(m.arch);
			const tokens = m.trainingTokens as number;
			return {
				id: m.id,
				name: pickerName(m, locale),
				params,
				tokens,
				flops: trainingFlops({ params, tokens }),
			};
		})
		.sort((a, b) => a.flops - b.flops);
}

/**
 * The figures behind the default utilisation's explanation (`mfuWhy` in the calculators' common
 * strings and on the calculators page), formatted in `locale`: the default itself, the MFU that
 * PaLM and Llama 3.1 405B publish, and Megatron-LM's often-quoted share of peak, which counts
 * recomputed work (HFU), beside the MFU it implies (src/figures/methods.ts, the methods page's
 * reality check).
 */
export function mfuWhyValues(locale: Locale): Record<string, string> {
	const megatron = realityRow('gpt3-175b-megatron-projection');
	const pct = (x: number) => formatPercent(x, locale);
	return {
		default: pct(DEFAULT_MFU / 100),
		palm: pct(publishedRunById('palm-540b-training').mfu!),
		llama: pct(publishedRunById('llama3.1-405b-training').mfu!),
		megatronHfu: pct(megatron.publishedPerDeviceShare!),
		megatronMfu: pct(megatron.impliedMfu!),
	};
}

/** The calculators' common strings in `locale`, with `mfuWhy`'s figures filled in. */
export function commonFor(locale: Locale): CommonStrings {
	const strings = commonStrings[locale];
	return { ...strings, mfuWhy: fill(strings.mfuWhy, mfuWhyValues(locale)) };
}
