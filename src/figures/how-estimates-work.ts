/**
 * Figures for the article "how-estimates-work", computed once from the core and the data, and
 * shared by its four language versions so they can never disagree.
 */
import { countParams, trainingFlops } from '../core/index.ts';
import { modelById, publishedRunById, requirePublished } from '../data/index.ts';

const gpt3 = modelById('gpt3-175b');
const run = publishedRunById('gpt3-175b-training');

/** Layers and model width of GPT-3 175B (Table 2.1). */
export const layers = gpt3.arch.layers;
export const dModel = gpt3.arch.dModel;
/** Parameters of GPT-3 175B counted from its Table 2.1 configuration. */
export const params = countParams(gpt3.arch);
/** Training tokens GPT-3 saw (Brown et al. 2020, Table D.1). */
export const tokens = requirePublished(run, 'tokens');
/** 6·N·D for those. */
export const flops = trainingFlops({ params, tokens });
/** What the paper reports (Table D.1). */
export const publishedFlops = requirePublished(run, 'totalFlops');
