/**
 * LoRA adapters (Hu et al. 2021, "LoRA: Low-Rank Adaptation of Large Language Models",
 * arXiv:2106.09685 §4.1): a frozen weight W (d_in × d_out) gains a trainable B·A of rank r,
 * A: d_in × r and B: r × d_out, so r·(d_in + d_out) parameters per adapted matrix (PEFT's
 * `LoraConfig(bias="none")`, its default, adds no bias).
 *
 * Which matrices are adapted is named the way practitioners name them in PEFT's
 * `target_modules`, over the linear layers of `Arch` (transformers' module names):
 * - llama family: q_proj d → heads·headDim, k_proj and v_proj d → kvHeads·headDim, o_proj back;
 *   gate_proj and up_proj d → f, down_proj f → d (a GELU MLP has up_proj and down_proj only);
 * - gpt2 family (GPT-2's Conv1D names): c_attn d → 3d (q, k, v fused), c_proj both the
 *   attention output d → d and the MLP output f → d (PEFT matches the name's suffix, so
 *   "c_proj" hits both), c_fc d → f;
 * - multi-head latent attention (DeepSeek-V2/V3): q_a_proj d → r_q, q_b_proj r_q → H·(nope +
 *   rope) (q_proj d → H·(nope + rope) without q_lora_rank), kv_a_proj_with_mqa d → r_kv + rope,
 *   kv_b_proj r_kv → H·(nope + v), o_proj H·v → d;
 * - mixture of experts: every routed and shared expert has its own gate_proj, up_proj and
 *   down_proj (of `expertFfnDim` / `sharedFfnDim`); `experts: false` leaves the routed experts
 *   out (a common choice, and Unsloth's default for MoE models). The router is never adapted.
 *
 * Presets: 'q_proj,v_proj' (the LoRA paper's choice for GPT-3, §7.1 and Table 5: W_q and W_v),
 * 'attention' (q, k, v, o), 'all-linear' (PEFT's `target_modules="all-linear"`: every linear
 * layer of the blocks, not the output head) and 'c_attn' (PEFT's default for GPT-2).
 */
import type { Arch } from './types.ts';
import { resolveArch, type ResolvedArch } from './arch.ts';
import { LIMITS } from './limits.ts';
import { EstimateError, checkedResult, flag, inRange, oneOf, record } from './validate.ts';

/** A linear layer's name as PEFT's `target_modules` takes it. */
export type LoraModule =
	| 'q_proj'
	| 'k_proj'
	| 'v_proj'
	| 'o_proj'
	| 'gate_proj'
	| 'up_proj'
	| 'down_proj'
	| 'c_attn'
	| 'c_proj'
	| 'c_fc'
	| 'q_a_proj'
	| 'q_b_proj'
	| 'kv_a_proj_with_mqa'
	| 'kv_b_proj';

export const LORA_MODULES: readonly LoraModule[] = [
	'q_proj',
	'k_proj',
	'v_proj',
	'o_proj',
	'gate_proj',
	'up_proj',
	'down_proj',
	'c_attn',
	'c_proj',
	'c_fc',
	'q_a_proj',
	'q_b_proj',
	'kv_a_proj_with_mqa',
	'kv_b_proj',
];

export type LoraPreset = 'q_proj,v_proj' | 'attention' | 'all-linear' | 'c_attn';
export const LORA_PRESETS: readonly LoraPreset[] = [
	'q_proj,v_proj',
	'attention',
	'all-linear',
	'c_attn',
];

export type LoraInput = {
	/** Adapter rank r (PEFT `r`). */
	rank: number;
	/** A preset or a list of module names (PEFT `target_modules`). */
	targets: LoraPreset | readonly LoraModule[];
	/** Adapt the routed experts of a mixture of experts too; default true (PEFT matches them by name). */
	experts?: boolean;
};

/** One kind of linear layer in the blocks: its shape and how many the model has. */
export type LinearLayer = {
	module: LoraModule;
	dIn: number;
	dOut: number;
	/** How many of these matrices the whole model has. */
	count: number;
	/** Of them, per block: dense blocks' and MoE blocks' counts. */
	perDenseBlock: number;
	perMoeBlock: number;
	/** A routed expert's matrix: a token passes through `perToken` of the `experts` in a block. */
	routed: boolean;
};

export type LoraParams = {
	/** Trainable adapter parameters, Σ count · r · (d_in + d_out). */
	trainable: number;
	/** The adapter parameters a token passes through (routed experts: perToken of experts). */
	active: number;
	rank: number;
	/** The module names adapted (after a preset is expanded). */
	modules: LoraModule[];
	/** The adapted layers. */
	layers: LinearLayer[];
};

/** Every linear layer in the blocks of `a` (the output head and the router are not listed). */
export function linearLayers(a: ResolvedArch): LinearLayer[] {
	const d = a.dModel;
	const moe = a.moe;
	const moeBlocks = moe === null ? 0 : a.layers - moe.denseLayers;
	const denseBlocks = a.layers - moeBlocks;
	const out: LinearLayer[] = [];
	const add = (
		module: LoraModule,
		dIn: number,
		dOut: number,
		perDenseBlock: number,
		perMoeBlock: number,
		routed = false,
	) => {
		const count = denseBlocks * perDenseBlock + moeBlocks * perMoeBlock;
		if (count > 0) out.push({ module, dIn, dOut, count, perDenseBlock, perMoeBlock, routed });
	};
	const gpt2 = a.family === 'gpt2';
	// Attention: the same in every block.
	if (a.mla !== null) {
		const m = a.mla;
		const h = a.heads;
		const qk = m.qkNopeHeadDim + m.qkRopeHeadDim;
		if (m.qLoraRank === 0) add('q_proj', d, h * qk, 1, 1);
		else {
			add('q_a_proj', d, m.qLoraRank, 1, 1);
			add('q_b_proj', m.qLoraRank, h * qk, 1, 1);
		}
		add('kv_a_proj_with_mqa', d, m.kvLoraRank + m.qkRopeHeadDim, 1, 1);
		add('kv_b_proj', m.kvLoraRank, h * (m.qkNopeHeadDim + m.vHeadDim), 1, 1);
		add('o_proj', h * m.vHeadDim, d, 1, 1);
	} else if (gpt2) {
		add('c_attn', d, a.qWidth + 2 * a.kvHeads * a.headDim, 1, 1);
		add('c_proj', a.qWidth, d, 1, 1);
	} else {
		const kv = a.kvHeads * a.headDim;
		add('q_proj', d, a.qWidth, 1, 1);
		add('k_proj', d, kv, 1, 1);
		add('v_proj', d, kv, 1, 1);
		add('o_proj', a.qWidth, d, 1, 1);
	}
	// MLPs: dense blocks' MLP, MoE blocks' shared and routed experts.
	const mlp = (f: number, perDense: number, perMoe: number, routed = false) => {
		if (gpt2) {
			add('c_fc', d, f, perDense, perMoe, routed);
			add('c_proj', f, d, perDense, perMoe, routed);
			return;
		}
		if (a.mlp !== 'gelu') add('gate_proj', d, f, perDense, perMoe, routed);
		add('up_proj', d, f, perDense, perMoe, routed);
		add('down_proj', f, d, perDense, perMoe, routed);
	};
	mlp(a.ffnDim, 1, 0);
	if (moe !== null) {
		mlp(moe.sharedFfnDim, 0, moe.sharedExperts);
		mlp(moe.expertFfnDim, 0, moe.experts, true);
	}
	return out;
}

function presetModules(a: ResolvedArch, preset: LoraPreset): LoraModule[] {
	if (preset === 'all-linear') return [...new Set(linearLayers(a).map((l) => l.module))];
	if (preset === 'q_proj,v_proj') return ['q_proj', 'v_proj'];
	if (preset === 'attention') {
		if (a.mla !== null)
			return linearLayers(a)
				.slice(0, a.mla.qLoraRank === 0 ? 4 : 5)
				.map((l) => l.module);
		return a.family === 'gpt2' ? ['c_attn', 'c_proj'] : ['q_proj', 'k_proj', 'v_proj', 'o_proj'];
	}
	return ['c_attn'];
}

/** The modules a `LoraInput.targets` names, checked against the model's own. */
function targetModules(a: ResolvedArch, value: unknown): LoraModule[] {
	let modules: LoraModule[];
	if (typeof value === 'string') {
		modules = presetModules(a, oneOf('lora.targets', value, LORA_PRESETS));
	} else {
		if (!Array.isArray(value) || value.length === 0 || value.length > LORA_MODULES.length) {
			throw new EstimateError(
				`lora.targets must be a preset (${LORA_PRESETS.join(', ')}) or a list of module names`,
				'lora.targets',
			);
		}
		modules = [...new Set(value.map((m: unknown) => oneOf('lora.targets', m, LORA_MODULES)))];
	}
	const present = new Set(linearLayers(a).map((l) => l.module));
	const missing = modules.filter((m) => !present.has(m));
	if (missing.length > 0) {
		throw new EstimateError(
			`this model has no ${missing.join(', ')}: its linear layers are ${[...present].join(', ')} (or use the preset all-linear)`,
			'lora.targets',
		);
	}
	return modules;
}

/** Checks a `LoraInput` against an already resolved arch. */
export function resolveLora(a: ResolvedArch, input: unknown): LoraParams {
	const l = record('lora', input);
	const rank = inRange('lora.rank', l.rank, LIMITS.loraRank);
	const modules = targetModules(a, l.targets);
	const experts = flag('lora.experts', l.experts, true);
	const layers = linearLayers(a).filter(
		(x) => modules.includes(x.module) && (experts || !x.routed),
	);
	if (layers.length === 0) {
		throw new EstimateError(
			'lora.targets name only routed experts, and lora.experts is false: nothing would be trained',
			'lora.experts',
		);
	}
	let trainable = 0;
	let active = 0;
	for (const x of layers) {
		const n = x.count * rank * (x.dIn + x.dOut);
		trainable += n;
		active += x.routed && a.moe !== null ? (n * a.moe.perToken) / a.moe.experts : n;
	}
	checkedResult('The adapter parameter count', trainable, 'lora.rank', LIMITS.params);
	return { trainable, active, rank, modules, layers };
}

/**
 * LoRA's trainable parameters on `arch`: Σ over the adapted matrices of r·(d_in + d_out).
 * Llama 2 7B, r = 8 on q_proj and v_proj: 32 × 2 × 8 × (4096 + 4096) = 4,194,304.
 */
export function loraParams(arch: Arch, lora: LoraInput): LoraParams {
	return resolveLora(resolveArch(arch), lora);
}
