/**
 * GeForce cards. Ada/Ampere GeForce tensor cores run BF16/FP16 with FP32 accumulate at half the
 * FP16-accumulate rate; `bf16`/`fp16` below are the FP32-accumulate figures.
 *
 * FP32 (non-tensor) is CUDA cores × 2 FLOP (one FMA) × boost clock; NVIDIA's spec tables print
 * the same product rounded (RTX 4070 Ti: 7680 × 2 × 2.61 GHz = 40.09 TFLOP/s, printed 40.1).
 * Tensor figures for SKUs missing from the Ada whitepaper appendix are scaled from the RTX 4090
 * by tensor-core count × boost clock (llm.c's llmc/mfu.h does the same, lines 84-112).
 */
import type { Gpu } from './types.ts';
import { BYTES_PER_GB, BYTES_PER_GIB, FLOPS_PER_TFLOPS } from '../core/index.ts';

const ADA_WHITEPAPER =
	'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf';
const LLMC_MFU =
	'https://github.com/karpathy/llm.c/blob/f1e2ace651495b74ae22d45d1723443fd00ecd3a/llmc/mfu.h';
/**
 * RTX 50 (GeForce Blackwell) tensor rate, derived: no NVIDIA document read here prints a dense
 * figure. The per-tensor-core rate is Ada's, and NVIDIA's own RTX 5090 number reproduces it.
 */
const BLACKWELL_SCALING =
	'tensor FP16/BF16 with FP32 accumulate = tensor cores × 128 FLOP per clock × boost clock: the Ada rate per tensor core (RTX 4090: 165.2 TFLOP/s / 512 / 2.52 GHz = 128), which NVIDIA\'s RTX 5090 figure reproduces (838 TFLOP/s FP16 with sparsity and FP16 accumulate / 2 for sparsity / 2 for FP32 accumulate = 209.5 = 680 × 128 × 2.407 GHz). FP32 accumulate at half the FP16-accumulate rate is assumed for GeForce Blackwell as on Ada and Ampere GeForce (the RTX Blackwell whitepaper table not read); NVIDIA\'s "AI TOPS" (FP4 with sparsity) are 16 × this rate. TF32 = half';
/** What a reader should know about NVIDIA's marketing figure for RTX 50 cards. */
const AI_TOPS_NOTE =
	'NVIDIA\'s "AI TOPS" figure is FP4 with sparsity: 16 times the dense 16-bit training rate shown.';
const ADA_SCALING =
	'tensor BF16/FP16 with FP32 accumulate scaled from the RTX 4090 (512 tensor cores @ 2.52 GHz = 165.2 TFLOP/s dense, Ada whitepaper Appendix A) by tensor cores × boost clock, as llm.c llmc/mfu.h lines 46, 84-92, 111-112 does; TF32 = half that (Ada: TF32 82.6 = 165.2/2)';

export const gpusConsumer: readonly Gpu[] = [
	{
		id: 'rtx-3090',
		name: 'NVIDIA GeForce RTX 3090',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 10496 * 2 * 1.695e9,
			tf32: 35.6 * FLOPS_PER_TFLOPS,
			bf16: 71 * FLOPS_PER_TFLOPS,
			fp16: 71 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 24 * BYTES_PER_GIB,
		memoryLabel: '24 GB GDDR6X',
		bandwidthBytesPerSecond: 936 * BYTES_PER_GB,
		watts: 350,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: 'https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf',
			note: 'secondary: NVIDIA GA102 whitepaper Appendix A table (RTX 3090 column) as transcribed: "Peak FP16 Tensor TFLOPS with FP32 Accumulate 71", FP32 35.6 (10,496 CUDA cores, boost 1,695 MHz), 936 GB/s; TGP 350 W. derived: FP32 = 10,496 × 2 × 1.695 GHz; TF32 = 71/2 (llm.c mfu.h AMPERE_CONSUMER, line 44).',
		},
		derived: ['peakFlopsPerSecond.fp32', 'peakFlopsPerSecond.tf32'],
		secondary: [
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
			'memoryBytes',
			'bandwidthBytesPerSecond',
			'watts',
		],
	},
	{
		id: 'rtx-4070',
		name: 'NVIDIA GeForce RTX 4070',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 5888 * 2 * 2.475e9,
			tf32: 29.15 * FLOPS_PER_TFLOPS,
			bf16: 58.3 * FLOPS_PER_TFLOPS,
			fp16: 58.3 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 12 * BYTES_PER_GIB,
		memoryLabel: '12 GB GDDR6X',
		bandwidthBytesPerSecond: 504 * BYTES_PER_GB,
		watts: 200,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: ADA_WHITEPAPER,
			note: `secondary: board specs (5,888 CUDA cores, 184 tensor cores, boost 2.475 GHz, 12 GB, 504 GB/s, 200 W) from NVIDIA's spec table as reproduced by Club386 and Guru3D (NVIDIA's product page not reachable). derived: FP32 = 5,888 × 2 × 2.475 GHz (NVIDIA prints 29.1); ${ADA_SCALING}: 165.2 × 184/512 × 2.475/2.52 = 58.3.`,
		},
		derived: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.tf32',
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
		],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
	},
	{
		id: 'rtx-4070-ti',
		name: 'NVIDIA GeForce RTX 4070 Ti',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 7680 * 2 * 2.61e9,
			tf32: 40.1 * FLOPS_PER_TFLOPS,
			bf16: 80.2 * FLOPS_PER_TFLOPS,
			fp16: 80.2 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 12 * BYTES_PER_GIB,
		memoryLabel: '12 GB GDDR6X',
		bandwidthBytesPerSecond: 504.2 * BYTES_PER_GB,
		watts: 285,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: ADA_WHITEPAPER,
			note: `secondary: board specs (7,680 CUDA cores, 240 tensor cores, boost 2.61 GHz, 12 GB, 504.2 GB/s, 285 W) from NVIDIA's spec table as reproduced by Club386 and Guru3D. derived: FP32 = 7,680 × 2 × 2.61 GHz = 40.09 TFLOP/s (NVIDIA prints 40.1; the notes' ~40 TFLOP/s is this non-tensor figure); ${ADA_SCALING}: 165.2 × 240/512 × 2.61/2.52 = 80.2.`,
		},
		derived: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.tf32',
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
		],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
	},
	{
		id: 'rtx-4070-super',
		name: 'NVIDIA GeForce RTX 4070 SUPER',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 7168 * 2 * 2.475e9,
			tf32: 35.5 * FLOPS_PER_TFLOPS,
			bf16: 71.0 * FLOPS_PER_TFLOPS,
			fp16: 71.0 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 12 * BYTES_PER_GIB,
		memoryLabel: '12 GB GDDR6X',
		bandwidthBytesPerSecond: 504 * BYTES_PER_GB,
		watts: 220,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: LLMC_MFU,
			note: `derived: FP32 = 7,168 CUDA cores × 2 × 2.475 GHz; 224 tensor cores (llm.c mfu.h line 88); ${ADA_SCALING}: 165.2 × 224/512 × 2.475/2.52 = 71.0. secondary: 12 GB, 504 GB/s, 220 W from a single secondary source (NVIDIA's spec page not reachable).`,
		},
		derived: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.tf32',
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
		],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
	},
	{
		id: 'rtx-4080',
		name: 'NVIDIA GeForce RTX 4080',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 9728 * 2 * 2.505e9,
			tf32: 48.75 * FLOPS_PER_TFLOPS,
			bf16: 97.5 * FLOPS_PER_TFLOPS,
			fp16: 97.5 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 16 * BYTES_PER_GIB,
		memoryLabel: '16 GB GDDR6X',
		bandwidthBytesPerSecond: 716.8 * BYTES_PER_GB,
		watts: 320,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: LLMC_MFU,
			note: 'secondary: 97.5 TFLOP/s FP16 tensor with FP32 accumulate quoted as the spec-sheet value in llm.c llmc/mfu.h line 112 ("4080: 304TCs, 2505 GHz; 97.5TFlops"); 16 GB, 716.8 GB/s, 320 W from NVIDIA\'s spec table as reproduced by Club386 and Guru3D. derived: FP32 = 9,728 CUDA cores × 2 × 2.505 GHz (NVIDIA prints 48.7); TF32 = 97.5/2.',
		},
		derived: ['peakFlopsPerSecond.fp32', 'peakFlopsPerSecond.tf32'],
		secondary: [
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
			'memoryBytes',
			'bandwidthBytesPerSecond',
			'watts',
		],
	},
	{
		id: 'rtx-4090',
		name: 'NVIDIA GeForce RTX 4090',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 82.6 * FLOPS_PER_TFLOPS,
			tf32: 82.6 * FLOPS_PER_TFLOPS,
			bf16: 165.2 * FLOPS_PER_TFLOPS,
			fp16: 165.2 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 24 * BYTES_PER_GIB,
		memoryLabel: '24 GB GDDR6X',
		bandwidthBytesPerSecond: 1008 * BYTES_PER_GB,
		watts: 450,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: ADA_WHITEPAPER,
			note: 'NVIDIA Ada GPU architecture whitepaper, Appendix A (RTX 4090): peak FP32 82.6, peak FP16 tensor with FP32 accumulate 165.2 (330.4 with sparsity), 24 GB, 1,008 GB/s; TGP 450 W. secondary: TF32 82.6 from llm.c llmc/mfu.h line 46 (ADA).',
		},
		secondary: ['peakFlopsPerSecond.tf32'],
	},
	{
		id: 'rtx-5090',
		name: 'NVIDIA GeForce RTX 5090',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 21760 * 2 * 2.407e9,
			tf32: 104.75 * FLOPS_PER_TFLOPS,
			bf16: 209.5 * FLOPS_PER_TFLOPS,
			fp16: 209.5 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 32 * BYTES_PER_GIB,
		memoryLabel: '32 GB GDDR7',
		bandwidthBytesPerSecond: 1792 * BYTES_PER_GB,
		watts: 575,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/',
			note: `secondary: Tom's Hardware spec box (21,760 shaders, 680 tensor cores, 2,407 MHz boost, "838 FP16" [sparse], "3,352 FP8/4" AI TOPS, 32 GB, 1,792 GB/s, 575 W); NVIDIA's RTX Blackwell whitepaper not reachable. derived: FP32 = 21,760 × 2 × 2.407 GHz; ${BLACKWELL_SCALING}: 680 × 128 × 2.407 GHz = 209.5 = 838 / 4.`,
		},
		derived: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.tf32',
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
		],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
		notes: AI_TOPS_NOTE,
	},
	{
		id: 'rtx-5080',
		name: 'NVIDIA GeForce RTX 5080',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 10752 * 2 * 2.617e9,
			tf32: 56.28 * FLOPS_PER_TFLOPS,
			bf16: 112.55 * FLOPS_PER_TFLOPS,
			fp16: 112.55 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 16 * BYTES_PER_GIB,
		memoryLabel: '16 GB GDDR7',
		bandwidthBytesPerSecond: 960 * BYTES_PER_GB,
		watts: 360,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5080/',
			note: `secondary: board specs (10,752 CUDA cores, 84 SMs, 336 tensor cores, boost 2.617 GHz, 16 GB GDDR7 on 256 bits, 960 GB/s, TGP 360 W, 1,801 AI TOPS) from fpsbench.com's spec table and notebookcheck.net. derived: FP32 = 10,752 × 2 × 2.617 GHz = 56.28 TFLOP/s; ${BLACKWELL_SCALING}: 336 × 128 × 2.617 GHz = 112.55 (= 1,801 AI TOPS / 16).`,
		},
		derived: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.tf32',
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
		],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
		notes: AI_TOPS_NOTE,
	},
	{
		id: 'rtx-5070-ti',
		name: 'NVIDIA GeForce RTX 5070 Ti',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 8960 * 2 * 2.452e9,
			tf32: 43.94 * FLOPS_PER_TFLOPS,
			bf16: 87.88 * FLOPS_PER_TFLOPS,
			fp16: 87.88 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 16 * BYTES_PER_GIB,
		memoryLabel: '16 GB GDDR7',
		bandwidthBytesPerSecond: 896 * BYTES_PER_GB,
		watts: 300,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5070-family/',
			note: `secondary: 8,960 CUDA cores (70 SMs, 280 tensor cores) and 300 W as reported before launch (smbom.com and havefunesports.com, citing VideoCardz); boost 2.452 GHz, 16 GB GDDR7 on 256 bits and 896 GB/s as NVIDIA's spec table lists them, not re-read in a document here. derived: FP32 = 8,960 × 2 × 2.452 GHz = 43.94 TFLOP/s; ${BLACKWELL_SCALING}: 280 × 128 × 2.452 GHz = 87.88.`,
		},
		derived: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.tf32',
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
		],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
		notes: AI_TOPS_NOTE,
	},
	{
		id: 'rtx-5070',
		name: 'NVIDIA GeForce RTX 5070',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 6144 * 2 * 2.512e9,
			tf32: 30.87 * FLOPS_PER_TFLOPS,
			bf16: 61.73 * FLOPS_PER_TFLOPS,
			fp16: 61.73 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 12 * BYTES_PER_GIB,
		memoryLabel: '12 GB GDDR7',
		bandwidthBytesPerSecond: 672 * BYTES_PER_GB,
		watts: 250,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5070-family/',
			note: `secondary: board specs (6,144 CUDA cores, 48 SMs, 192 tensor cores, boost 2.512 GHz, 12 GB GDDR7 on 192 bits, 672 GB/s, 250 W) from fpsbench.com's spec table. derived: FP32 = 6,144 × 2 × 2.512 GHz = 30.87 TFLOP/s; ${BLACKWELL_SCALING}: 192 × 128 × 2.512 GHz = 61.73.`,
		},
		derived: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.tf32',
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
		],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
		notes: AI_TOPS_NOTE,
	},
	{
		id: 'rtx-5060-ti',
		name: 'NVIDIA GeForce RTX 5060 Ti',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 4608 * 2 * 2.572e9,
			tf32: 23.7 * FLOPS_PER_TFLOPS,
			bf16: 47.41 * FLOPS_PER_TFLOPS,
			fp16: 47.41 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 16 * BYTES_PER_GIB,
		memoryLabel: '16 GB GDDR7',
		bandwidthBytesPerSecond: 448 * BYTES_PER_GB,
		watts: 180,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5060-family/',
			note: `secondary: board specs of the 16 GB card (4,608 CUDA cores, 36 SMs, 144 tensor cores, boost 2.572 GHz, 16 GB GDDR7 on 128 bits, 448 GB/s, 180 W, 759 AI TOPS) from fpsbench.com's spec table and NVIDIA's table as reproduced by gamingpcadvice.com; the 8 GB card has the same chip, clock and bandwidth. derived: FP32 = 4,608 × 2 × 2.572 GHz = 23.70 TFLOP/s; ${BLACKWELL_SCALING}: 144 × 128 × 2.572 GHz = 47.41 (= 759 AI TOPS / 16).`,
		},
		derived: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.tf32',
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
		],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
		notes: AI_TOPS_NOTE,
	},
	{
		id: 'rtx-5060',
		name: 'NVIDIA GeForce RTX 5060',
		vendor: 'NVIDIA',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 3840 * 2 * 2.497e9,
			tf32: 19.18 * FLOPS_PER_TFLOPS,
			bf16: 38.35 * FLOPS_PER_TFLOPS,
			fp16: 38.35 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 8 * BYTES_PER_GIB,
		memoryLabel: '8 GB GDDR7',
		bandwidthBytesPerSecond: 448 * BYTES_PER_GB,
		watts: 145,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5060-family/',
			note: `secondary: board specs (3,840 CUDA cores, 30 SMs, 120 tensor cores, boost 2.497 GHz, 8 GB GDDR7 on 128 bits, 448 GB/s, 145 W, 614 AI TOPS) from diskmfr.com and NVIDIA's table as reproduced by gamingpcadvice.com. derived: FP32 = 3,840 × 2 × 2.497 GHz = 19.18 TFLOP/s; ${BLACKWELL_SCALING}: 120 × 128 × 2.497 GHz = 38.35 (= 614 AI TOPS / 16).`,
		},
		derived: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.tf32',
			'peakFlopsPerSecond.bf16',
			'peakFlopsPerSecond.fp16',
		],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
		notes: AI_TOPS_NOTE,
	},
	{
		id: 'rx-7900-xtx',
		name: 'AMD Radeon RX 7900 XTX',
		vendor: 'AMD',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 61.4 * FLOPS_PER_TFLOPS,
			bf16: 122.8 * FLOPS_PER_TFLOPS,
			fp16: 122.8 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 24 * BYTES_PER_GIB,
		memoryLabel: '24 GB GDDR6',
		bandwidthBytesPerSecond: 960 * BYTES_PER_GB,
		watts: 355,
		wattsNote: 'typical board power (TBP)',
		source: {
			url: 'https://www.amd.com/en/products/graphics/desktops/radeon/7000-series/amd-radeon-rx-7900xtx.html',
			note: "secondary: AMD's specifications as reproduced by Guru3D's RX 7900 table (96 CUs, 6,144 stream processors, boost 2.5 GHz, 61.4 TFLOP/s FP32, 24 GB GDDR6 on 384 bits, 960 GB/s, TBP 355 W) and hmc-tech.com (FP16 122.88 TFLOP/s). FP32 counts RDNA 3 dual issue (2 × 96 × 64 lanes × 2 × 2.5 GHz); single-issue code reaches half. derived: BF16 = FP16: RDNA 3 WMMA runs both at 512 FLOP per CU per clock (96 × 512 × 2.5 GHz = 122.9 TFLOP/s), with FP32 accumulate at the same rate. No TF32 or FP8 matrix mode.",
		},
		derived: ['peakFlopsPerSecond.bf16'],
		secondary: [
			'peakFlopsPerSecond.fp32',
			'peakFlopsPerSecond.fp16',
			'memoryBytes',
			'bandwidthBytesPerSecond',
			'watts',
		],
		notes: 'The FP32 peak counts dual issue; most code reaches at most half of it.',
	},
	{
		id: 'rx-9070-xt',
		name: 'AMD Radeon RX 9070 XT',
		vendor: 'AMD',
		kind: 'consumer',
		peakFlopsPerSecond: {
			fp32: 48.7 * FLOPS_PER_TFLOPS,
			bf16: 194.6 * FLOPS_PER_TFLOPS,
			fp16: 194.6 * FLOPS_PER_TFLOPS,
			fp8: 389.3 * FLOPS_PER_TFLOPS,
		},
		memoryBytes: 16 * BYTES_PER_GIB,
		memoryLabel: '16 GB GDDR6',
		bandwidthBytesPerSecond: 640 * BYTES_PER_GB,
		watts: 304,
		wattsNote: 'total board power (TBP)',
		source: {
			url: 'https://www.amd.com/en/products/graphics/desktops/radeon/9000-series/amd-radeon-rx-9070xt.html',
			note: 'secondary: AMD\'s specifications as reported by multiplayer.it and azhotdeal.com (64 CUs, 4,096 stream processors, boost 2.97 GHz, "48.7 TFLOPS" FP32, 16 GB GDDR6 on 256 bits at 20 Gbps = 640 GB/s, TBP 304 W) and hmc-tech.com (peak AI 1.56 POPS INT4 with sparsity; AMD prints 1,557 TOPS). derived: dense FP16/BF16 matrix = 1,557 / 2 (sparsity) / 2 (INT8) / 2 (16-bit) = 194.6 TFLOP/s, which is 64 CUs × 1,024 FLOP per clock × 2.97 GHz; FP8 = 389.3 (the INT8 rate). FP32 counts dual issue.',
		},
		derived: ['peakFlopsPerSecond.bf16', 'peakFlopsPerSecond.fp16', 'peakFlopsPerSecond.fp8'],
		secondary: ['peakFlopsPerSecond.fp32', 'memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
		notes:
			"AMD's AI TOPS figure is INT4 with sparsity, eight times the dense 16-bit matrix rate shown.",
	},
];
