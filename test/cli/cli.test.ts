/**
 * The command line, run as a user runs it: bin/can-i-train-it.js in a child process under the
 * pinned Node. Figures are checked against published ones and hand calculations written out
 * here; JSON against schemas written here; every mistake in the input against exit status 2
 * with one line on stderr and no stack trace. The spawns (~0.2 s each) run concurrently.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPlain } from '../../src/format/index.ts';
import { gpus, models } from '../../src/data/index.ts';
import { HF_CONFIGS } from '../helpers/hf-configs.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = resolve(ROOT, 'node_modules/.bin/node');
const BIN = resolve(ROOT, 'bin/can-i-train-it.js');

type Run = { code: number; stdout: string; stderr: string; plain: string };

function cli(...args: string[]): Promise<Run> {
	return new Promise((done) => {
		execFile(NODE, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
			const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
			// The formatter joins numbers and units with no-break spaces; compare with plain ones
			// (the French test below checks its narrow no-break spaces on the raw text).
			done({ code, stdout, stderr, plain: stdout.replace(/[\u00a0\u202f]/g, ' ') });
		});
	});
}

async function json(...args: string[]): Promise<Record<string, unknown>> {
	const r = await cli(...args, '--json');
	expect(r.stderr).toBe('');
	expect(r.code).toBe(0);
	return JSON.parse(r.stdout) as Record<string, unknown>;
}

const results = (doc: Record<string, unknown>) => doc.results as Record<string, number>;
/** |a/b − 1| < tolerance. */
const near = (a: number, b: number, tolerance = 1e-9) => Math.abs(a / b - 1) < tolerance;

// A schema written here, checked by hand (no dependency): a type name, a list of alternatives,
// `{ '[]': item }` for a list, or an object whose keys must be exactly those listed (a key
// `'...'` allows others).
type Schema = 'number' | 'integer' | 'string' | 'boolean' | 'null' | Schema[] | SchemaObject;
type SchemaObject = { [key: string]: Schema };

function violations(value: unknown, schema: Schema, path = '$'): string[] {
	if (!Array.isArray(schema) && typeof schema === 'object' && '[]' in schema) {
		if (!Array.isArray(value)) return [`${path}: expected a list`];
		return value.flatMap((v, i) => violations(v, schema['[]'], `${path}[${i}]`));
	}
	if (Array.isArray(schema)) {
		return schema.some((s) => violations(value, s, path).length === 0)
			? []
			: [`${path}: none of the alternatives matches ${JSON.stringify(value)}`];
	}
	if (typeof schema === 'string') {
		const ok = {
			number: typeof value === 'number' && Number.isFinite(value),
			integer: Number.isSafeInteger(value),
			string: typeof value === 'string' && value !== '',
			boolean: typeof value === 'boolean',
			null: value === null,
		}[schema];
		return ok ? [] : [`${path}: expected ${schema}, got ${JSON.stringify(value)}`];
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return [`${path}: expected an object`];
	}
	const open = '...' in schema;
	const keys = Object.keys(schema).filter((k) => k !== '...');
	const out: string[] = [];
	for (const k of keys) {
		if (!(k in value)) out.push(`${path}.${k}: missing`);
		else out.push(...violations((value as Record<string, unknown>)[k], schema[k], `${path}.${k}`));
	}
	if (!open) {
		for (const k of Object.keys(value))
			if (!keys.includes(k)) out.push(`${path}.${k}: not in the schema`);
	}
	return out;
}

const count = 'integer';
const maybe = (s: Schema): Schema => [s, 'null'];
/** One command's document: the inputs echoed (at least these), the results (exactly these). */
const document = (inputs: SchemaObject, results: SchemaObject): Schema => ({
	command: 'string',
	inputs: { ...inputs, '...': 'null' },
	results,
	conventions: { '...': 'null' },
});

const HARDWARE = { gpu: 'string', precision: 'string', devices: count, mfu: 'number' } as const;
const MEMORY_BYTES: SchemaObject = {
	weights: 'number',
	gradients: 'number',
	optimizer: 'number',
	activations: 'number',
	logits: 'number',
	overhead: 'number',
	total: 'number',
};
const AGAINST_CARD: SchemaObject = {
	capacityBytes: 'number',
	fits: 'boolean',
	maxMicroBatch: count,
	levers: {
		'[]': {
			lever: 'string',
			value: ['string', 'integer', 'boolean'],
			maxMicroBatch: count,
			totalBytesAtMicroBatch1: 'number',
		},
	},
	allLeversFit: maybe('boolean'),
};

const SCHEMAS: Record<string, [string[], Schema]> = {
	params: [
		['params', '--model', 'qwen3-30b-a3b'],
		document(
			{ model: 'string', context: count },
			{
				params: count,
				activeParams: count,
				breakdown: {
					tokenEmbedding: count,
					positionEmbedding: count,
					attention: count,
					mlp: count,
					norms: count,
					head: count,
				},
				publishedParams: maybe('number'),
				publishedLabel: maybe('string'),
			},
		),
	],
	flops: [
		['flops', '--model', 'gpt2', '--tokens', '1e10'],
		document(
			{ model: 'string', tokens: 'number', flopCount: 'string' },
			{ params: count, tokens: 'number', flopPerToken: maybe('number'), flop: 'number' },
		),
	],
	time: [
		['time', '--flops', '1e21', '--gpu', 'h100-sxm', '--devices', '8'],
		document(
			{ flop: 'number', ...HARDWARE },
			{
				flop: 'number',
				peakFlopPerSecond: 'number',
				seconds: 'number',
				gpuHours: 'number',
				gpuYears: 'number',
			},
		),
	],
	memory: [
		['memory', '--model', 'gpt2', '--gpu', 'rtx-4070'],
		document(
			{ model: 'string', gpu: 'string', microBatch: count, devices: count },
			{ memoryBytes: MEMORY_BYTES, ...AGAINST_CARD },
		),
	],
	fit: [
		['fit', '--model', 'llama-3.1-8b', '--gpu', 'rtx-4090'],
		document(
			{ model: 'string', fit: maybe('string'), ...HARDWARE, microBatch: count },
			{
				params: count,
				tokens: 'number',
				flopPerToken: 'number',
				flop: 'number',
				peakFlopPerSecond: 'number',
				seconds: 'number',
				gpuHours: 'number',
				costUsd: maybe('number'),
				energyJoules: maybe('number'),
				energyKWh: maybe('number'),
				energyCostUsd: maybe('number'),
				co2Grams: maybe('number'),
				memoryBytes: MEMORY_BYTES,
				...AGAINST_CARD,
			},
		),
	],
	optimal: [
		['optimal', '--flops', '1e21'],
		document(
			{ flop: 'number' },
			{
				budgetFlop: 'number',
				optimal: {
					epoch: { params: 'number', tokens: 'number' },
					hoffmann: { params: 'number', tokens: 'number' },
					tokens20: { params: 'number', tokens: 'number' },
				},
			},
		),
	],
	plan: [
		['plan', '--micro-batch', '12', '--context', '1024', '--grad-accum', '40', '--iters', '10'],
		document(
			{ microBatch: count, context: count, gradAccum: count, iters: count, devices: count },
			{
				tokensPerStep: count,
				sequencesPerStep: count,
				microStepsPerDevice: count,
				tokensPerMicroStep: count,
				totalTokens: count,
				epochs: maybe('number'),
			},
		),
	],
};

describe.concurrent('can-i-train-it', () => {
	it('params: GPT-2 small has 124,439,808 parameters', async () => {
		// Per block: attention 768·2304 + 2304 + 768·768 + 768 = 2,362,368; MLP 768·3072 + 3072 +
		// 3072·768 + 768 = 4,722,432; two LayerNorms 4·768 = 3,072 → 7,087,872, × 12 = 85,054,464.
		// Tokens 50,257·768 = 38,597,376, positions 1,024·768 = 786,432, final norm 1,536.
		const expected = 85_054_464 + 38_597_376 + 786_432 + 1_536;
		expect(expected).toBe(124_439_808);
		const r = results(await json('params', '--model', 'gpt2'));
		expect(r.params).toBe(expected);
		expect(r.activeParams).toBe(expected);
		const table = await cli('params', '--model', 'gpt2');
		expect(table.stdout).toContain('124,439,808');
		expect(table.stdout).toContain('39,383,808'); // embeddings: 38,597,376 + 786,432
	});

	it('params: a config.json gives the same count as the catalogue (GPT-2, openai-community/gpt2)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-'));
		const file = join(dir, 'config.json');
		writeFileSync(file, JSON.stringify(HF_CONFIGS['openai-community/gpt2']));
		const doc = await json('params', '--config', file);
		expect(results(doc).params).toBe(124_439_808);
		expect((doc.inputs as Record<string, unknown>).config).toBe(file);
	});

	it('params: model ids match without hyphens (llama-3.1-8b is llama3.1-8b: 8,030,261,248, its model card’s 8.03 B)', async () => {
		expect(results(await json('params', '--model', 'llama-3.1-8b')).params).toBe(8_030_261_248);
	});

	it('flops: GPT-3 175B on 300 B tokens is 3.14 × 10²³ FLOP (Brown et al. 2020, Table D.1)', async () => {
		const doc = await json(
			'flops',
			'--model',
			'gpt3-175b',
			'--tokens',
			'300e9',
			'--flop-count',
			'6n',
		);
		expect(Math.abs(results(doc).flop / 3.14e23 - 1)).toBeLessThan(0.005);
		const table = await cli(
			'flops',
			'--model',
			'gpt3-175b',
			'--tokens',
			'300B',
			'--flop-count',
			'6n',
		);
		expect(table.plain).toContain('3.14 × 10²³ FLOP');
	});

	it('flops: attention adds 12·L·d·T per token (GPT-3 175B: 12 × 96 × 12,288 × 2,048)', async () => {
		const [six, attn] = await Promise.all([
			json('flops', '--model', 'gpt3-175b', '--tokens', '1', '--flop-count', '6n'),
			json('flops', '--model', 'gpt3-175b', '--tokens', '1'),
		]);
		expect(results(attn).flopPerToken - results(six).flopPerToken).toBe(12 * 96 * 12_288 * 2_048);
	});

	it('flops: "2e12", "2T" and "2 × 10^12" are the same tokens; a bare count is 6·N·D', async () => {
		const runs = await Promise.all(
			['2e12', '2T', '2 × 10^12'].map((t) => json('flops', '--params', '7e9', '--tokens', t)),
		);
		for (const doc of runs) expect(results(doc).flop).toBe(6 * 7e9 * 2e12);
	});

	it('time: one RTX 4070 Ti GPU-year at 90 % of its FP32 peak is 1.1386 × 10²¹ FLOP (the seed note)', async () => {
		// 7,680 cores × 2 FLOP × 2.61 GHz = 40.0896 TFLOP/s; × 0.9 × 365.25 × 86,400 s.
		const flop = 7680 * 2 * 2.61e9 * 0.9 * 365.25 * 86_400;
		const r = results(
			await json(
				'time',
				'--flops',
				String(flop),
				'--gpu',
				'rtx-4070-ti',
				'--precision',
				'fp32',
				'--mfu',
				'90%',
			),
		);
		expect(near(r.gpuYears, 1)).toBe(true);
		expect(near(r.gpuHours, 8766)).toBe(true);
	});

	it('optimal: Gopher’s budget gives ~40 B parameters under Hoffmann’s fit (Hoffmann et al. 2022 §3.3); the 20-token rule √(C/120)', async () => {
		const [hoffmann, rule] = await Promise.all([
			json('optimal', '--flops', '5.76e23', '--fit', 'hoffmann'),
			json('optimal', '--flops', '1.2e21', '--fit', 'tokens20'),
		]);
		const h = (results(hoffmann) as unknown as { optimal: Record<string, { params: number }> })
			.optimal;
		expect(Math.abs(h.hoffmann.params / 40e9 - 1)).toBeLessThan(0.05);
		const t = (
			results(rule) as unknown as { optimal: Record<string, { params: number; tokens: number }> }
		).optimal.tokens20;
		expect(near(t.params, Math.sqrt(1.2e21 / 120))).toBe(true);
		expect(near(t.tokens, 20 * Math.sqrt(1.2e21 / 120))).toBe(true);
	});

	it('optimal: a budget from hardware is peak × devices × MFU × seconds', async () => {
		const doc = await json(
			'optimal',
			'--gpu',
			'rtx-4070-ti',
			'--precision',
			'fp32',
			'--mfu',
			'0.9',
			'--days',
			'365.25',
		);
		expect(near(results(doc).budgetFlop, 7680 * 2 * 2.61e9 * 0.9 * 365.25 * 86_400)).toBe(true);
	});

	it('plan: nanoGPT’s train_gpt2 config gives 491,520 tokens per step and 294,912,000,000 in all', async () => {
		// config/train_gpt2.py: batch_size 12, block_size 1024, gradient_accumulation_steps 5 × 8,
		// max_iters 600,000, 8 GPUs: 12 × 1,024 × 40 = 491,520; × 600,000.
		const r = results(
			await json(
				'plan',
				'--micro-batch',
				'12',
				'--context',
				'1024',
				'--grad-accum',
				'40',
				'--iters',
				'600000',
				'--devices',
				'8',
			),
		);
		expect(r.tokensPerStep).toBe(12 * 1024 * 40);
		expect(r.totalTokens).toBe(12 * 1024 * 40 * 600_000);
		expect(r.microStepsPerDevice).toBe(40 / 8);
		const table = await cli(
			'plan',
			'--model',
			'gpt2',
			'--micro-batch',
			'12',
			'--grad-accum',
			'40',
			'--iters',
			'600000',
			'--devices',
			'8',
		);
		expect(table.stdout).toContain('491,520');
	});

	it('memory: mixed-precision Adam keeps 16 bytes per parameter (2 + 2 + 12), 18 with fp32 gradients; 0.75 GiB overhead', async () => {
		const [sixteen, eighteen] = await Promise.all([
			json('memory', '--model', 'gpt2'),
			json('memory', '--model', 'gpt2', '--bytes-per-param', '18'),
		]);
		const m = (doc: Record<string, unknown>) =>
			(doc.results as { memoryBytes: Record<string, number> }).memoryBytes;
		const n = 124_439_808;
		expect(m(sixteen).weights).toBe(2 * n);
		expect(m(sixteen).gradients).toBe(2 * n);
		expect(m(sixteen).optimizer).toBe(12 * n);
		expect(m(sixteen).overhead).toBe(0.75 * 2 ** 30);
		expect(m(eighteen).gradients).toBe(4 * n);
	});

	it('memory: --no-flash-attention stores the s² scores (GPT-2 medium at 4,096 tokens no longer fits 12 GiB) and names the changes that would', async () => {
		const args = ['memory', '--model', 'gpt2-medium', '--gpu', 'rtx-4070', '--context', '4096'];
		const [flash, plain, table] = await Promise.all([
			json(...args),
			json(...args, '--no-flash-attention'),
			cli(...args, '--no-flash-attention'),
		]);
		const r = (doc: Record<string, unknown>) =>
			doc.results as { fits: boolean; levers: { lever: string }[] };
		expect((plain.inputs as { flashAttention: boolean }).flashAttention).toBe(false);
		expect(r(flash).fits).toBe(true);
		expect(r(plain).fits).toBe(false);
		expect(r(plain).levers.map((l) => l.lever)).toContain('flashAttention');
		expect(table.plain).toContain('Would fit with');
		expect(table.plain).toContain('--flash-attention (micro-batch');
	});

	it('fit: Llama 3.1 8B on an RTX 4090 chains compute, time, energy and memory as the site does', async () => {
		const doc = await json('fit', '--model', 'llama-3.1-8b', '--gpu', 'rtx-4090');
		const r = results(doc) as unknown as Record<string, number> & {
			memoryBytes: Record<string, number>;
			fits: boolean;
		};
		expect(r.params).toBe(8_030_261_248);
		// Compute-optimal under the Epoch fit: about 20 tokens per parameter.
		expect(r.tokens / r.params).toBeGreaterThan(19);
		expect(r.tokens / r.params).toBeLessThan(22);
		expect(near(r.flop, r.flopPerToken * r.tokens)).toBe(true);
		// 4090: 512 tensor cores at 2.52 GHz = 165.2 TFLOP/s dense BF16 (Ada whitepaper App. A); 40 % MFU.
		expect(r.peakFlopPerSecond).toBe(165.2e12);
		expect(near(r.seconds, r.flop / (165.2e12 * 0.4))).toBe(true);
		expect(near(r.gpuHours, r.seconds / 3600)).toBe(true);
		// 450 W × t / 3.6 × 10⁶ J per kWh; 400 g CO₂ per kWh; $0.15 per kWh.
		expect(near(r.energyKWh, (450 * r.seconds) / 3.6e6)).toBe(true);
		expect(near(r.co2Grams, r.energyKWh * 400)).toBe(true);
		expect(near(r.energyCostUsd, r.energyKWh * 0.15)).toBe(true);
		// 16 B per parameter alone is 128 GB: it cannot fit 24 GiB.
		expect(r.memoryBytes.total).toBeGreaterThan(16 * r.params);
		expect(r.capacityBytes).toBe(24 * 2 ** 30);
		expect(r.fits).toBe(false);
		expect(r.maxMicroBatch).toBe(0);
	});

	it('fit: GPT-2 on 10 B tokens is (6 × 123,653,376 + 12 × 12 × 768 × 1,024) FLOP per token', async () => {
		const r = results(
			await json('fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--tokens', '1e10'),
		);
		const perToken = 6 * 123_653_376 + 12 * 12 * 768 * 1024;
		expect(r.flopPerToken).toBe(perToken);
		expect(r.flop).toBe(perToken * 1e10);
		expect(r.fits).toBe(true);
		expect(r.maxMicroBatch).toBeGreaterThan(1);
	});

	it('prints its table in each language with the site’s number formatting', async () => {
		const runs = await Promise.all(
			(['en', 'fr', 'hi', 'ar'] as const).map((lang) =>
				cli('params', '--model', 'gpt2', '--lang', lang).then((r) => [lang, r] as const),
			),
		);
		const label = { en: 'Parameters', fr: 'Paramètres', hi: 'पैरामीटर', ar: 'المعاملات' };
		for (const [lang, r] of runs) {
			expect(r.code).toBe(0);
			expect(r.stdout).toContain(label[lang]);
			expect(r.stdout).toContain(formatPlain(124_439_808, lang));
		}
		// Hand-written groupings: French narrow no-break spaces, Hindi lakhs.
		expect(runs[1][1].stdout).toContain('124\u202f439\u202f808');
		expect(runs[2][1].stdout).toContain('12,44,39,808');
	});

	it('names its conventions: which FLOP count, which fit, which peak, which MFU', async () => {
		const r = await cli('fit', '--model', 'gpt2', '--gpu', 'h100-sxm');
		expect(r.plain).toContain('6N + attention (PaLM, nanoGPT)');
		expect(r.stdout).toContain('Epoch AI fit (Besiroglu et al. 2024)');
		expect(r.plain).toContain('40% MFU of the BF16 dense peak');
	});

	for (const [command, [args, schema]] of Object.entries(SCHEMAS)) {
		it(`${command} --json matches its schema (SI units in the keys, inputs echoed)`, async () => {
			const doc = await json(...args);
			expect(doc.command).toBe(command);
			expect(violations(doc, schema)).toEqual([]);
		});
	}

	it('--list gpus and --list models list the whole catalogue', async () => {
		const [g, m, table] = await Promise.all([
			json('--list', 'gpus'),
			json('--list', 'models'),
			cli('--list', 'gpus'),
		]);
		expect((g.gpus as { id: string }[]).map((x) => x.id)).toEqual(gpus.map((x) => x.id));
		expect((m.models as { id: string }[]).map((x) => x.id)).toEqual(models.map((x) => x.id));
		expect(table.stdout).toContain('rtx-4090');
	});

	it('--help describes the tool and every command, and each command’s options', async () => {
		const names = Object.keys(SCHEMAS);
		const [tool, ...each] = await Promise.all([
			cli('--help'),
			...names.map((c) => cli(c, '--help', '--lang', 'fr')),
		]);
		expect(tool.code).toBe(0);
		for (const c of names) expect(tool.stdout).toContain(`  ${c} `);
		for (const [i, r] of each.entries()) {
			expect(r.code, names[i]).toBe(0);
			expect(r.stdout).toContain(`can-i-train-it ${names[i]}`);
			expect(r.stdout).toContain('--lang');
			expect(r.stdout).toContain('Options');
		}
	});

	const ERRORS: [string[], string][] = [
		[['params', '--model', 'nope'], '--model'],
		[['params', '--frobnicate'], '--frobnicate'],
		[['params', '--model'], '--model'],
		[['params', '--json=yes', '--model', 'gpt2'], '--json'],
		[['params', 'gpt2'], 'gpt2'],
		[['params'], '--model'],
		[['params', '--config', '/no/such/config.json'], '--config'],
		[['params', '--config', ROOT], '--config'],
		[['params', '--config', resolve(ROOT, 'package.json')], '--config'],
		[['params', '--model', 'gpt2', '--config', 'x.json'], '--config'],
		[['flops', '--model', 'gpt2', '--tokens', 'lots'], '--tokens'],
		[['flops', '--model', 'gpt2', '--tokens', '-3'], '--tokens'],
		[['flops', '--model', 'gpt2', '--tokens=-3'], '--tokens'],
		[['flops', '--model', 'gpt2', '--tokens', '1e9', '--flop-count', '7n'], '--flop-count'],
		[['fit', '--model', 'gpt2'], '--gpu'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-9999'], '--gpu'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--mfu', '40'], '--mfu'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--devices', '0'], '--devices'],
		[['fit', '--model', 'gpt2', '--gpu', 't4', '--precision', 'fp8'], '--precision'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--micro-batch', '2.5'], '--micro-batch'],
		[['memory', '--model', 'gpt2', '--zero', '5'], '--zero'],
		[['time', '--flops', '1e30', '--gpu', 'rtx-4090'], '--flops'],
		[['optimal', '--flops', '1e40'], '--flops'],
		[['optimal', '--flops', '1e21', '--days', '3'], '--days'],
		[['time', '--flops', '1e21', '--tokens', '5', '--gpu', 't4'], '--tokens'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--price=-1'], '--price'],
		[['fit', '--params', '7e9', '--gpu', 'rtx-4090'], '--params'],
		[
			[
				'plan',
				'--micro-batch',
				'12',
				'--context',
				'1024',
				'--grad-accum',
				'7',
				'--iters',
				'1',
				'--devices',
				'2',
			],
			'--grad-accum',
		],
		[['plan', '--context', '1024'], '--micro-batch'],
		[['train'], 'train'],
		[['--list', 'cars'], '--list'],
		[['params', '--model', 'gpt2', '--lang', 'de'], '--lang'],
	];
	for (const [args, option] of ERRORS) {
		it(`${args.join(' ')} → exit 2, one line naming ${option}`, async () => {
			const r = await cli(...args);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			const lines = r.stderr.trimEnd().split('\n');
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(/^can-i-train-it: /);
			expect(lines[0]).toContain(option);
			expect(lines[0]).not.toMatch(/\bat .*:\d+|Error:|NaN|Infinity|undefined/);
		});
	}
});
