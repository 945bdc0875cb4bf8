/**
 * The shapes of the data: accelerators, models, published runs and their sources. Kept apart
 * from the values so the data files import types from here, not from each other (no cycles).
 */
import type { Arch, Precision } from '../core/index.ts';

/**
 * Where a figure comes from. Every GPU, model, published run and scenario carries one.
 *
 * `url` points at the primary document where one exists (datasheet, paper, repository file at a
 * commit); `note` says which table, page, section or line. When a value was not read in the
 * primary document, the entry lists that field in `secondary` (read in a faithful quotation or
 * transcription of the primary) or `derived` (computed here from other published figures), and
 * the note says how.
 */
export type Source = {
	readonly url: string;
	readonly note: string;
};

/**
 * Fields of an entry, as dotted paths (`'peakFlopsPerSecond.bf16'`, `'watts'`), whose value was not read in
 * the primary document. `derived`: computed from other published figures (the note says how).
 * `secondary`: read in a quotation or transcription of the primary, or in a single secondary
 * source. A field in neither list was read in the document at `source.url`.
 */
export type Sourced = {
	readonly source: Source;
	readonly derived?: readonly string[];
	readonly secondary?: readonly string[];
};

export type GpuKind = 'consumer' | 'datacenter' | 'apple' | 'tpu';

/** A public on-demand rental price per device-hour. Prices change: `date` is when it was listed. */
export type RentalPrice = {
	readonly usdPerHour: number;
	readonly provider: string;
	/** ISO date (YYYY-MM-DD) the price was listed or checked. */
	readonly date: string;
	readonly source: Source;
};

/** One row of a hardware survey's GPU table, as published. */
export type SurveyRow = {
	readonly rank: number;
	/** The GPU as the survey names it, verbatim. */
	readonly name: string;
	/** Share of surveyed systems (fraction, not percent). */
	readonly share: number;
	/** The catalogue entry for it; null where the row names no single chip (say why). */
	readonly gpuId: string | null;
	readonly why?: string;
};

/** A public hardware survey's GPU ranking for one month (the cards readers own). */
export type HardwareSurvey = Sourced & {
	readonly id: string;
	readonly name: string;
	/** The month the data describe, YYYY-MM. */
	readonly month: string;
	readonly rows: readonly SurveyRow[];
};

export type Gpu = Sourced & {
	/** Stable kebab-case id, used in URLs and scenarios: 'rtx-4070-ti', 'a100-80gb-sxm'. */
	readonly id: string;
	readonly name: string;
	readonly vendor: 'NVIDIA' | 'AMD' | 'Apple' | 'Google';
	readonly kind: GpuKind;
	/** Dense peak FLOP/s by precision (see the file comment). */
	readonly peakFlopsPerSecond: { readonly [P in Precision]?: number };
	/** Device memory in bytes (vendor "GB" read as GiB). */
	readonly memoryBytes: number;
	/** Memory as the vendor prints it, e.g. '80 GB HBM3'. */
	readonly memoryLabel: string;
	/** Peak memory bandwidth in bytes/s; absent where the vendor publishes none. */
	readonly bandwidthBytesPerSecond?: number;
	/** Board power in watts; absent where the vendor publishes none. */
	readonly watts?: number;
	/** What `watts` is (TDP, TGP, measured maximum). */
	readonly wattsNote?: string;
	readonly price?: RentalPrice;
	/** Anything a reader should know (caveats, conflicting figures). */
	readonly notes?: string;
};

export type Model = Sourced & {
	/** Stable kebab-case id: 'gpt2-xl', 'gpt3-175b', 'llama3-8b'. */
	readonly id: string;
	readonly name: string;
	readonly arch: Arch;
	/** Parameter count as published (see `paramsLabel`). */
	readonly params: number;
	/** The published label, verbatim: '124M', '175.0B'. For a mixture of experts, the total. */
	readonly paramsLabel: string;
	/** Parameters used per token as published (mixture of experts); absent for a dense model. */
	readonly activeParams?: number;
	/** The published active label, verbatim: '3.3B'. */
	readonly activeParamsLabel?: string;
	/**
	 * The released checkpoint's exact parameter total as its model page publishes it (the
	 * safetensors metadata), where one is; it may hold more than `arch` (Gemma 3's vision tower).
	 */
	readonly checkpointParams?: number;
	/** The Hugging Face repository (owner/name) whose config.json `arch` transcribes. */
	readonly hfRepo?: string;
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

export type PublishedRun = Sourced & {
	readonly id: string;
	readonly name: string;
	readonly kind: 'run' | 'projection';
	/** The model in models.ts, when it is listed there. */
	readonly modelId?: string;
	/** Parameters as published. */
	readonly params: number;
	readonly tokens?: number;
	/** The accelerator in gpus.ts, when the publication names one we list. */
	readonly gpuId?: string;
	/** Number of accelerators. */
	readonly devices?: number;
	/** The hardware as the publication describes it. */
	readonly hardware?: string;
	readonly gpuHours?: number;
	readonly wallSeconds?: number;
	readonly costUsd?: number;
	/** Model FLOP utilisation as published (fraction, not percent). */
	readonly mfu?: number;
	/** Hardware FLOP utilisation (counts recomputation) as published. */
	readonly hfu?: number;
	/** FLOP/s per device achieved (or, for a projection, assumed). */
	readonly flopsPerSecondPerDevice?: number;
	readonly tokensPerSecond?: number;
	/** Total training compute as published, in FLOP. */
	readonly totalFlops?: number;
	/** Power per device used in the publication's energy/CO2 estimate, in watts. */
	readonly watts?: number;
	/** Emissions as published, in tonnes CO2-equivalent (location-based). */
	readonly tCO2eq?: number;
	/** Energy as published, in kWh (facility energy: device energy × PUE, where the source says so). */
	readonly energyKWh?: number;
	/** Power usage effectiveness the publication assumes (facility energy over IT energy). */
	readonly pue?: number;
	readonly finalLoss?: number;
	readonly notes?: string;
};
