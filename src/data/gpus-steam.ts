/**
 * The cards readers own: the GPU ranking of the Steam Hardware & Software Survey, and the
 * GeForce cards of its top rows that the other files do not list (Turing, Ampere, Ada, laptops).
 * RTX 50-series rows are in gpus-consumer.ts, Apple's in gpus-other.ts.
 *
 * Tensor figures here are derived, never read: NVIDIA prints a tensor rate only for the cards of
 * its architecture whitepapers' appendices (RTX 3090, RTX 4090). Every other card's rate is that
 * card's per-tensor-core-per-clock rate × tensor cores × boost clock, as llm.c llmc/mfu.h does.
 */
import type { Gpu, HardwareSurvey } from './types.ts';
import { BYTES_PER_GB, BYTES_PER_GIB, FLOPS_PER_TFLOPS } from '../core/index.ts';

const STEAM_SURVEY_URL =
	'https://store.steampowered.com/hwsurvey/Steam-Hardware-Software-Survey-Welcome-to-Steam';
const STEAM_SURVEY_CSV =
	'https://github.com/jdegene/steamHWsurvey/blob/98a507c7358b374274e1cc6e74064056b5dacb7b/shs.csv';

/**
 * Steam Hardware & Software Survey, April 2026, "Video Card Description" (all platforms): the
 * first 17 rows below "Other". Two rows name AMD's integrated graphics as a family, not a chip;
 * the other 15 are the survey's 15 most common GPUs and each has a catalogue entry.
 */
export const steamSurvey: HardwareSurvey = {
	id: 'steam-hwsurvey-2026-04',
	name: 'Steam Hardware & Software Survey',
	month: '2026-04',
	source: {
		url: STEAM_SURVEY_URL,
		note: `secondary: Valve's Steam Hardware & Software Survey for April 2026 (published in the first days of May 2026), "Video Card Description" table across all platforms, read in jdegene/steamHWsurvey shs.csv at commit 98a507c (${STEAM_SURVEY_CSV}), a monthly scrape of that page and the newest month it holds. Valve's page shows only the latest month, so the month is fixed here. February 2026 is known to be distorted (Chinese New Year sampling; the scrape's README marks it faulty) and was not used.`,
	},
	secondary: ['rows'],
	rows: [
		{ rank: 1, name: 'NVIDIA GeForce RTX 3060', share: 0.0399, gpuId: 'rtx-3060' },
		{ rank: 2, name: 'NVIDIA GeForce RTX 4060', share: 0.0386, gpuId: 'rtx-4060' },
		{
			rank: 3,
			name: 'NVIDIA GeForce RTX 4060 Laptop GPU',
			share: 0.0378,
			gpuId: 'rtx-4060-laptop',
		},
		{ rank: 4, name: 'NVIDIA GeForce RTX 3050', share: 0.0304, gpuId: 'rtx-3050' },
		{ rank: 5, name: 'NVIDIA GeForce RTX 5070', share: 0.0286, gpuId: 'rtx-5070' },
		{ rank: 6, name: 'NVIDIA GeForce GTX 1650', share: 0.0258, gpuId: 'gtx-1650' },
		{ rank: 7, name: 'NVIDIA GeForce RTX 5060', share: 0.0257, gpuId: 'rtx-5060' },
		{ rank: 8, name: 'NVIDIA GeForce RTX 4060 Ti', share: 0.0245, gpuId: 'rtx-4060-ti' },
		{ rank: 9, name: 'NVIDIA GeForce RTX 3060 Ti', share: 0.0232, gpuId: 'rtx-3060-ti' },
		{
			rank: 10,
			name: 'AMD Radeon(TM) Graphics',
			share: 0.0227,
			gpuId: null,
			why: 'integrated graphics of many AMD processors under one name: no single chip to specify',
		},
		{ rank: 11, name: 'NVIDIA GeForce RTX 3070', share: 0.021, gpuId: 'rtx-3070' },
		{
			rank: 12,
			name: 'NVIDIA GeForce RTX 3060 Laptop GPU',
			share: 0.0187,
			gpuId: 'rtx-3060-laptop',
		},
		{
			rank: 13,
			name: 'AMD Radeon Graphics',
			share: 0.0183,
			gpuId: null,
			why: 'integrated graphics of many AMD processors (and the Steam Deck) under one name: no single chip to specify',
		},
		{ rank: 14, name: 'NVIDIA GeForce RTX 5060 Ti', share: 0.0181, gpuId: 'rtx-5060-ti' },
		{ rank: 15, name: 'NVIDIA GeForce RTX 4070', share: 0.0179, gpuId: 'rtx-4070' },
		{ rank: 16, name: 'Apple M2', share: 0.0177, gpuId: 'apple-m2' },
		{ rank: 17, name: 'NVIDIA GeForce RTX 2060', share: 0.0176, gpuId: 'rtx-2060' },
	],
};

const GA102_WHITEPAPER =
	'https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf';
const ADA_WHITEPAPER =
	'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf';
/** Where the board specs of the cards below were read. */
const SPEC_DATABASES =
	"spec databases that transcribe NVIDIA's spec tables (fpsbench.com, cputronic.com, chipversus.com, siliconcat.net, topcpu.net, cpu-gpu.alldbin.com, hardwaredb.net, hmc-tech.com; TechPowerUp-style tables, not all fields in each), NVIDIA's product pages not reachable";
const AMPERE_SCALING =
	'tensor FP16/BF16 with FP32 accumulate scaled from the RTX 3090 (328 tensor cores @ 1.695 GHz = 71 TFLOP/s dense, GA102 whitepaper Appendix A, as transcribed) by tensor cores × boost clock (127.7 FLOP per tensor core per clock), as llm.c llmc/mfu.h does for GeForce Ampere (AMPERE_CONSUMER, line 44); TF32 = half that';
const ADA_SCALING =
	'tensor FP16/BF16 with FP32 accumulate scaled from the RTX 4090 (512 tensor cores @ 2.52 GHz = 165.2 TFLOP/s dense, Ada whitepaper Appendix A) by tensor cores × boost clock, as llm.c llmc/mfu.h lines 46, 84-92 does; TF32 = half that';

const DERIVED_ALL = [
	'peakFlopsPerSecond.fp32',
	'peakFlopsPerSecond.tf32',
	'peakFlopsPerSecond.bf16',
	'peakFlopsPerSecond.fp16',
];
const SECONDARY_BOARD = ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'];

export const gpusSteam: readonly Gpu[] = [
	{
		id: 'rtx-3060',
		name: 'NVIDIA GeForce RTX 3060',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 3584 * 2 * 1.777e9,
			tf32: 12.71 * FLOPS_PER_TFLOPS,
			bf16: 25.42 * FLOPS_PER_TFLOPS,
			fp16: 25.42 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 12 * BYTES_PER_GIB,
		memoryLabel: '12 GB GDDR6',
		bandwidthBytesPerSecond: 360 * BYTES_PER_GB,
		watts: 170,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: GA102_WHITEPAPER,
			note: `secondary: board specs (3,584 CUDA cores, 112 tensor cores, boost 1.777 GHz, 12 GB GDDR6 on 192 bits, 360 GB/s, 170 W) from ${SPEC_DATABASES}. The 8 GB RTX 3060 (128-bit, 240 GB/s) reports the same name. derived: FP32 = 3,584 × 2 × 1.777 GHz = 12.74 TFLOP/s; ${AMPERE_SCALING}: 71 × 112/328 × 1.777/1.695 = 25.42.`,
		},
		derived: DERIVED_ALL,
		secondary: SECONDARY_BOARD,
	},
	{
		id: 'rtx-3060-ti',
		name: 'NVIDIA GeForce RTX 3060 Ti',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 4864 * 2 * 1.665e9,
			tf32: 16.16 * FLOPS_PER_TFLOPS,
			bf16: 32.32 * FLOPS_PER_TFLOPS,
			fp16: 32.32 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 8 * BYTES_PER_GIB,
		memoryLabel: '8 GB GDDR6',
		bandwidthBytesPerSecond: 448 * BYTES_PER_GB,
		watts: 200,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: GA102_WHITEPAPER,
			note: `secondary: board specs (4,864 CUDA cores, 152 tensor cores, boost 1.665 GHz, 8 GB GDDR6, 448 GB/s, 200 W) from ${SPEC_DATABASES}; a later GDDR6X version has 608 GB/s. derived: FP32 = 4,864 × 2 × 1.665 GHz = 16.20 TFLOP/s; ${AMPERE_SCALING}: 71 × 152/328 × 1.665/1.695 = 32.32.`,
		},
		derived: DERIVED_ALL,
		secondary: SECONDARY_BOARD,
	},
	{
		id: 'rtx-3070',
		name: 'NVIDIA GeForce RTX 3070',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 5888 * 2 * 1.725e9,
			tf32: 20.27 * FLOPS_PER_TFLOPS,
			bf16: 40.53 * FLOPS_PER_TFLOPS,
			fp16: 40.53 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 8 * BYTES_PER_GIB,
		memoryLabel: '8 GB GDDR6',
		bandwidthBytesPerSecond: 448 * BYTES_PER_GB,
		watts: 220,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: GA102_WHITEPAPER,
			note: `secondary: board specs (5,888 CUDA cores, 184 tensor cores, boost 1.725 GHz, 8 GB GDDR6, 448 GB/s, 220 W) from ${SPEC_DATABASES}. derived: FP32 = 5,888 × 2 × 1.725 GHz = 20.31 TFLOP/s; ${AMPERE_SCALING}: 71 × 184/328 × 1.725/1.695 = 40.53.`,
		},
		derived: DERIVED_ALL,
		secondary: SECONDARY_BOARD,
	},
	{
		id: 'rtx-3050',
		name: 'NVIDIA GeForce RTX 3050',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 2560 * 2 * 1.777e9,
			tf32: 9.07 * FLOPS_PER_TFLOPS,
			bf16: 18.15 * FLOPS_PER_TFLOPS,
			fp16: 18.15 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 8 * BYTES_PER_GIB,
		memoryLabel: '8 GB GDDR6',
		bandwidthBytesPerSecond: 224 * BYTES_PER_GB,
		watts: 130,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: GA102_WHITEPAPER,
			note: `secondary: board specs of the 8 GB desktop card (2,560 CUDA cores, 80 tensor cores, boost 1.777 GHz, 8 GB GDDR6 on 128 bits, 224 GB/s, 130 W) from ${SPEC_DATABASES}. The 6 GB RTX 3050 (2,304 cores, 70 W) is a smaller card. derived: FP32 = 2,560 × 2 × 1.777 GHz = 9.10 TFLOP/s; ${AMPERE_SCALING}: 71 × 80/328 × 1.777/1.695 = 18.15.`,
		},
		derived: DERIVED_ALL,
		secondary: SECONDARY_BOARD,
	},
	{
		id: 'rtx-3060-laptop',
		name: 'NVIDIA GeForce RTX 3060 Laptop GPU',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 3840 * 2 * 1.702e9,
			tf32: 13.04 * FLOPS_PER_TFLOPS,
			bf16: 26.08 * FLOPS_PER_TFLOPS,
			fp16: 26.08 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 6 * BYTES_PER_GIB,
		memoryLabel: '6 GB GDDR6',
		bandwidthBytesPerSecond: 336 * BYTES_PER_GB,
		watts: 115,
		wattsNote: 'the highest total graphics power a laptop maker may set (60-115 W)',
		source: {
			url: GA102_WHITEPAPER,
			note: `secondary: 3,840 CUDA cores (120 tensor cores), boost clock up to 1.702 GHz, 6 GB GDDR6 on 192 bits, 336 GB/s, TGP 60-115 W, from ${SPEC_DATABASES}. Each laptop maker sets the power and so the clock: these peaks are for the fastest configuration. derived: FP32 = 3,840 × 2 × 1.702 GHz = 13.07 TFLOP/s; ${AMPERE_SCALING}: 71 × 120/328 × 1.702/1.695 = 26.08.`,
		},
		derived: DERIVED_ALL,
		secondary: SECONDARY_BOARD,
		notes: 'Peaks are for the highest clock a laptop maker may set; most laptops run lower.',
	},
	{
		id: 'rtx-4060',
		name: 'NVIDIA GeForce RTX 4060',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 3072 * 2 * 2.46e9,
			tf32: 15.12 * FLOPS_PER_TFLOPS,
			bf16: 30.24 * FLOPS_PER_TFLOPS,
			fp16: 30.24 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 8 * BYTES_PER_GIB,
		memoryLabel: '8 GB GDDR6',
		bandwidthBytesPerSecond: 272 * BYTES_PER_GB,
		watts: 115,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: ADA_WHITEPAPER,
			note: `secondary: board specs (3,072 CUDA cores, 96 tensor cores, boost 2.46 GHz, 8 GB GDDR6, 272 GB/s, 115 W) from ${SPEC_DATABASES}. derived: FP32 = 3,072 × 2 × 2.46 GHz = 15.11 TFLOP/s; ${ADA_SCALING}: 165.2 × 96/512 × 2.46/2.52 = 30.24.`,
		},
		derived: DERIVED_ALL,
		secondary: SECONDARY_BOARD,
	},
	{
		id: 'rtx-4060-ti',
		name: 'NVIDIA GeForce RTX 4060 Ti',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 4352 * 2 * 2.535e9,
			tf32: 22.07 * FLOPS_PER_TFLOPS,
			bf16: 44.14 * FLOPS_PER_TFLOPS,
			fp16: 44.14 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 8 * BYTES_PER_GIB,
		memoryLabel: '8 GB GDDR6',
		bandwidthBytesPerSecond: 288 * BYTES_PER_GB,
		watts: 160,
		wattsNote: 'total graphics power (TGP) of the 8 GB card (the 16 GB card: 165 W)',
		source: {
			url: ADA_WHITEPAPER,
			note: `secondary: board specs (4,352 CUDA cores, 136 tensor cores, boost 2.535 GHz (NVIDIA's table prints 2.54), 8 GB, 288 GB/s, 160 W; 16 GB version 165 W) from NVIDIA's spec table as reproduced by gamingpcadvice.com and ${SPEC_DATABASES}. derived: FP32 = 4,352 × 2 × 2.535 GHz = 22.07 TFLOP/s; ${ADA_SCALING}: 165.2 × 136/512 × 2.535/2.52 = 44.14.`,
		},
		derived: DERIVED_ALL,
		secondary: SECONDARY_BOARD,
	},
	{
		id: 'rtx-4060-laptop',
		name: 'NVIDIA GeForce RTX 4060 Laptop GPU',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 3072 * 2 * 1.89e9,
			tf32: 11.62 * FLOPS_PER_TFLOPS,
			bf16: 23.23 * FLOPS_PER_TFLOPS,
			fp16: 23.23 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 8 * BYTES_PER_GIB,
		memoryLabel: '8 GB GDDR6',
		bandwidthBytesPerSecond: 256 * BYTES_PER_GB,
		watts: 115,
		wattsNote: 'the highest total graphics power a laptop maker may set (35-115 W)',
		source: {
			url: ADA_WHITEPAPER,
			note: `secondary: 3,072 CUDA cores (96 tensor cores), reference boost 1.89 GHz, 8 GB GDDR6 on 128 bits, 256 GB/s, up to 115 W, from ${SPEC_DATABASES}. NVIDIA lets laptop makers set 35-115 W and boost clocks of about 1.47-2.37 GHz: these peaks are for the reference clock. derived: FP32 = 3,072 × 2 × 1.89 GHz = 11.61 TFLOP/s; ${ADA_SCALING}: 165.2 × 96/512 × 1.89/2.52 = 23.23.`,
		},
		derived: DERIVED_ALL,
		secondary: SECONDARY_BOARD,
		notes: 'Peaks are for the reference boost clock; laptops differ by power setting.',
	},
	{
		id: 'rtx-2060',
		name: 'NVIDIA GeForce RTX 2060',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: { fp32: 1920 * 2 * 1.68e9 },
		memoryBytes: 6 * BYTES_PER_GIB,
		memoryLabel: '6 GB GDDR6',
		bandwidthBytesPerSecond: 336 * BYTES_PER_GB,
		watts: 160,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/rtx-2060/',
			note: `secondary: board specs (1,920 CUDA cores, 240 tensor cores, boost 1.68 GHz, 6 GB GDDR6, 336 GB/s, 160 W) from ${SPEC_DATABASES}. derived: FP32 = 1,920 × 2 × 1.68 GHz = 6.45 TFLOP/s. No tensor figure: Turing has no BF16, and its GeForce FP16-with-FP32-accumulate rate (Turing whitepaper appendix) was not read here.`,
		},
		derived: ['peakFlopsPerSecond.fp32'],
		secondary: SECONDARY_BOARD,
	},
	{
		id: 'gtx-1650',
		name: 'NVIDIA GeForce GTX 1650',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: { fp32: 896 * 2 * 1.665e9 },
		memoryBytes: 4 * BYTES_PER_GIB,
		memoryLabel: '4 GB GDDR5',
		bandwidthBytesPerSecond: 128 * BYTES_PER_GB,
		watts: 75,
		wattsNote: 'total graphics power (TGP), desktop card',
		source: {
			url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/gtx-1650/',
			note: `secondary: desktop card (896 CUDA cores, boost 1.665 GHz, 4 GB GDDR5 on 128 bits, 128 GB/s, 75 W) from ${SPEC_DATABASES}; GDDR6 and laptop versions report the same name. derived: FP32 = 896 × 2 × 1.665 GHz = 2.98 TFLOP/s. No tensor cores (TU117).`,
		},
		derived: ['peakFlopsPerSecond.fp32'],
		secondary: SECONDARY_BOARD,
	},
];
