/**
 * Figures for the article "nanogpt-run" (What a nanoGPT training run needs), computed once from
 * the core and the nanoGPT note's inputs (`nanogptScenario`), shared by the four language versions.
 *
 * Conventions named in the article:
 * - Compute: 6·N·D with N as nanoGPT prints it (no position table). Step time and MFU use
 *   nanoGPT's own `estimate_mfu` count, 6N + 12·L·d·T per token (PaLM App. B), via `flopsPerToken`.
 * - Peak: the RTX 4070's dense tensor-core BF16 peak with FP32 accumulate (what autocast uses),
 *   not its FP32 (CUDA-core) peak and not a sparse figure.
 * - Memory: GiB; the card's "12 GB" is 12 GiB (`memoryBytes` in gpus.ts).
 * - Electricity price: an assumption, labelled as one in the article: the range the note's own
 *   figures imply (its USD cost for its kWh), since the note states no price per kWh.
 *
 * The figures live in modules by topic (src/figures/nanogpt-run/); this one gathers them.
 *
 * Values named `shown*` are pre-rounded so that every worked formula checks by hand at the
 * precision it is displayed (test/content/nanogpt-run.test.ts redoes each one).
 */
export * from './nanogpt-run/run.ts';
export * from './nanogpt-run/time.ts';
export * from './nanogpt-run/memory.ts';
export * from './nanogpt-run/chart.ts';
export * from './nanogpt-run/overheads.ts';
