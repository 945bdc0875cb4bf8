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
		},
		memoryBytes: 32 * BYTES_PER_GIB,
		memoryLabel: '32 GB GDDR7',
		bandwidthBytesPerSecond: 1792 * BYTES_PER_GB,
		watts: 575,
		wattsNote: 'total graphics power (TGP)',
		source: {
			url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/',
			note: "secondary: Tom's Hardware spec box (21,760 shaders, 2,407 MHz boost, 32 GB, 1,792 GB/s, 575 W); NVIDIA's RTX Blackwell whitepaper not reachable. derived: FP32 = 21,760 × 2 × 2.407 GHz.",
		},
		derived: ['peakFlopsPerSecond.fp32'],
		secondary: ['memoryBytes', 'bandwidthBytesPerSecond', 'watts'],
		notes:
			'No tensor figure: the published 838 TFLOP/s FP16 is with sparsity and FP16 accumulate; the dense FP16-with-FP32-accumulate rate (209.5 if half-rate as on Ada GeForce) is not confirmed.',
	},
];
