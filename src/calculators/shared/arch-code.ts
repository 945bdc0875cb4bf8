/**
 * An architecture read from a pasted config.json, kept in a link compactly: the parsed `Arch`
 * fields (and the file's model_type), not the file. "t-qwen3_moe.L-48.h-32.kv-4.d-2048…":
 * pairs `key-value` joined by dots, keys short, flags 1/0, nested fields flattened (moe's
 * experts as E, per token as k…). Reading one back checks every value and the architecture as
 * the core does (countParams); anything else is unreadable, and the calculator falls back to
 * its default with a visible note.
 */
import { EstimateError, countParams, type Arch } from '../../core/index.ts';

type Kind = 'int' | 'flag' | readonly string[];
type Slot = { path: readonly [string] | readonly [string, string]; kind: Kind };

const FIELDS: Record<string, Slot> = {
	f: { path: ['family'], kind: ['gpt2', 'llama'] },
	L: { path: ['layers'], kind: 'int' },
	h: { path: ['heads'], kind: 'int' },
	kv: { path: ['kvHeads'], kind: 'int' },
	d: { path: ['dModel'], kind: 'int' },
	ff: { path: ['ffnDim'], kind: 'int' },
	V: { path: ['vocab'], kind: 'int' },
	c: { path: ['context'], kind: 'int' },
	b: { path: ['bias'], kind: 'flag' },
	te: { path: ['tiedEmbeddings'], kind: 'flag' },
	p: { path: ['positions'], kind: ['learned', 'rotary', 'relative'] },
	hd: { path: ['headDim'], kind: 'int' },
	n: { path: ['norm'], kind: ['layernorm', 'rmsnorm'] },
	nb: { path: ['normBias'], kind: 'flag' },
	m: { path: ['mlp'], kind: ['gelu', 'swiglu', 'geglu'] },
	ab: { path: ['attentionBias'], kind: ['none', 'qkv', 'qkvo'] },
	mb: { path: ['mlpBias'], kind: 'flag' },
	qk: { path: ['qkNorm'], kind: ['head', 'projection'] },
	pn: { path: ['postNorms'], kind: 'flag' },
	sw: { path: ['slidingWindow', 'window'], kind: 'int' },
	sl: { path: ['slidingWindow', 'layers'], kind: 'int' },
	E: { path: ['moe', 'experts'], kind: 'int' },
	k: { path: ['moe', 'perToken'], kind: 'int' },
	ef: { path: ['moe', 'expertFfnDim'], kind: 'int' },
	se: { path: ['moe', 'sharedExperts'], kind: 'int' },
	sf: { path: ['moe', 'sharedFfnDim'], kind: 'int' },
	sg: { path: ['moe', 'sharedGate'], kind: 'flag' },
	dl: { path: ['moe', 'denseLayers'], kind: 'int' },
	rb: { path: ['moe', 'routerBias'], kind: 'flag' },
	q: { path: ['mla', 'qLoraRank'], kind: 'int' },
	r: { path: ['mla', 'kvLoraRank'], kind: 'int' },
	qr: { path: ['mla', 'qkRopeHeadDim'], kind: 'int' },
	qn: { path: ['mla', 'qkNopeHeadDim'], kind: 'int' },
	vh: { path: ['mla', 'vHeadDim'], kind: 'int' },
};

/** The longest code a link may hold (DeepSeek-V3's is about 150 characters). */
export const ARCH_CODE_MAX = 600;

/** What a code holds: the architecture and the config file's model_type. */
export type ArchCode = { arch: Arch; modelType?: string };

/** The code for an architecture (and the model_type it was read from). */
export function encodeArch({ arch, modelType }: ArchCode): string {
	const parts: string[] = [];
	if (modelType) parts.push(`t-${modelType}`);
	const a = arch as unknown as Record<string, unknown>;
	for (const [key, { path, kind }] of Object.entries(FIELDS)) {
		const outer = a[path[0]];
		const v = path.length === 1 ? outer : (outer as Record<string, unknown> | undefined)?.[path[1]];
		if (v === undefined) continue;
		parts.push(`${key}-${kind === 'flag' ? (v ? '1' : '0') : String(v)}`);
	}
	return parts.join('.');
}

/** The architecture a code holds, or undefined when any part of it is unreadable. */
export function decodeArch(code: string): ArchCode | undefined {
	if (typeof code !== 'string' || code === '' || code.length > ARCH_CODE_MAX) return undefined;
	const out: Record<string, unknown> = {};
	let modelType: string | undefined;
	for (const part of code.split('.')) {
		const dash = part.indexOf('-');
		if (dash < 1) return undefined;
		const key = part.slice(0, dash);
		const raw = part.slice(dash + 1);
		if (key === 't') {
			// A model_type's spelling (the list the core reads stays with the lazily loaded parser).
			if (modelType !== undefined || !/^[a-z][a-z0-9_]{0,39}$/.test(raw)) return undefined;
			modelType = raw;
			continue;
		}
		if (!Object.hasOwn(FIELDS, key)) return undefined;
		const { path, kind } = FIELDS[key];
		let value: unknown;
		if (kind === 'int') {
			if (!/^[1-9]\d{0,9}$/.test(raw)) return undefined;
			value = Number(raw);
		} else if (kind === 'flag') {
			if (raw !== '1' && raw !== '0') return undefined;
			value = raw === '1';
		} else {
			if (!kind.includes(raw)) return undefined;
			value = raw;
		}
		const [outer, inner] = path;
		if (inner === undefined) {
			if (outer in out) return undefined;
			out[outer] = value;
		} else {
			const group = (out[outer] ??= {}) as Record<string, unknown>;
			if (inner in group) return undefined;
			group[inner] = value;
		}
	}
	const arch = out as unknown as Arch;
	try {
		countParams(arch);
	} catch (e) {
		if (e instanceof EstimateError) return undefined;
		throw e;
	}
	return { arch, modelType };
}

/** Whether a link's value is a readable code (or empty: no pasted config). */
export const isArchCode = (raw: string) => raw === '' || decodeArch(raw) !== undefined;
