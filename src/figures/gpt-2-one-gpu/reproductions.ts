/**
 * gpt-2-one-gpu, part 5: the published GPT-2 reproductions the article checks its method
 * against. Their implied MFU is the methods page's (`realityRow`): the site's one definition,
 * model FLOP counted as MFU counts them (6N + 12·L·d·T per token, PaLM App. B, nanoGPT's
 * estimate_mfu) over devices × published wall time × dense BF16 peak.
 *
 * llm.c's own MFU counts attention at half that (6N + 6·L·C·T, train_gpt2.cu
 * `gpt2_estimate_mfu`, for the causal mask): its "up to ~60 %" is on that count, so the
 * prediction from it uses the same count (`llmcOwnCount`).
 */
import {
	countParams,
	flopsForTokens,
	flopsPerToken,
	trainingFlops,
	trainingTime,
} from '../../core/index.ts';
import {
	gpuById,
	modelById,
	peakFlopsPerSecond,
	publishedRunById,
	requirePublished as published,
	type PublishedRun,
} from '../../data/index.ts';
import { realityRow } from '../methods.ts';
import { MFU } from './sizes.ts';

function reproduction(run: PublishedRun) {
	const arch = modelById(published(run, 'modelId')).arch;
	const params = countParams(arch);
	const tokens = published(run, 'tokens');
	const devices = published(run, 'devices');
	const wallSeconds = published(run, 'wallSeconds');
	const peak = peakFlopsPerSecond(gpuById(published(run, 'gpuId')), 'bf16');
	const flops = trainingFlops({ params, tokens });
	return {
		arch,
		params,
		tokens,
		devices,
		wallSeconds,
		peak,
		/** 6·N·D, the run's compute. */
		flops,
		/** The implied MFU, as the methods page states it. */
		impliedMfu: realityRow(run.id).impliedMfu!,
		/** The same run on one card at the article's MFU. */
		oneCardSeconds: trainingTime({ flops, peakFlopsPerSecond: peak, devices: 1, utilization: MFU }),
	};
}

const nanogpt = publishedRunById('nanogpt-gpt2-124m-reproduction');
const llmc = publishedRunById('llmc-gpt2-124m-reproduction');
const llmcXl = publishedRunById('llmc-gpt2-1558m-reproduction');

export const nanogptRun = reproduction(nanogpt);

const llmcBase = reproduction(llmc);
/** llm.c's FLOP per token: 6N + 6·L·C·T, attention halved (its gpt2_estimate_mfu). */
const llmcPerToken = (() => {
	const base = flopsPerToken(llmcBase.arch, { attention: false });
	const full = flopsPerToken(llmcBase.arch);
	return base + (full - base) / 2;
})();
const llmcOwnFlops = flopsForTokens({ flopsPerToken: llmcPerToken, tokens: llmcBase.tokens });
export const llmcRun = {
	...llmcBase,
	publishedMfu: published(llmc, 'mfu'),
	costUsd: published(llmc, 'costUsd'),
	/** The implied MFU on llm.c's own count (attention halved): what its "~60 %" measures. */
	ownCountMfu: llmcOwnFlops / (llmcBase.devices * llmcBase.wallSeconds * llmcBase.peak),
	/** The time the published MFU predicts, on the count that MFU was measured with. */
	predictedSeconds: trainingTime({
		flops: llmcOwnFlops,
		peakFlopsPerSecond: llmcBase.peak,
		devices: llmcBase.devices,
		utilization: published(llmc, 'mfu'),
	}),
};
export const llmcXlRun = {
	params: countParams(modelById(published(llmcXl, 'modelId')).arch),
	devices: published(llmcXl, 'devices'),
	wallSeconds: published(llmcXl, 'wallSeconds'),
	costUsd: published(llmcXl, 'costUsd'),
};
