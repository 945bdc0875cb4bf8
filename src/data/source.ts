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

/** 10^12: vendors print FLOP/s in tera; data is stored in FLOP/s. */
export const TERA = 1e12;
/** 10^9: memory bandwidth is printed in decimal GB/s; data is stored in bytes/s. */
export const GIGA = 1e9;
/**
 * 2^30 bytes. Memory capacity is built from power-of-two DRAM dies, and the "GB" that vendors
 * print for it is a binary gigabyte (GiB): `nvidia-smi` reports an "H100 80GB" as 81,559 MiB
 * total (79.6 GiB, i.e. 85.5 decimal GB: more than 80 decimal GB, less than 80 GiB once the
 * driver's reservation is taken), and Google's TPU v4 page prints "32 GiB" outright.
 */
export const GIB = 2 ** 30;
